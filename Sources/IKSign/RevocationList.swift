import Foundation
import SwiftASN1
import X509

/// A certificate revocation list (RFC 5280 §5), read from untrusted DER or PEM.
public struct RevocationList: Sendable {
    /// The DER as read (embedded in a DSS as is).
    public let der: [UInt8]
    /// The issuer Name (DER).
    let issuerDER: [UInt8]
    /// The revoked serial numbers (INTEGER DER) and their revocation times.
    let revoked: [[UInt8]: Date]
    public let thisUpdate: Date
    public let nextUpdate: Date?
    let tbsDER: [UInt8]
    let signatureAlgorithm: ASN1ObjectIdentifier
    let signature: [UInt8]

    public init(der: [UInt8]) throws {
        self.der = der
        let f = try parseASN1(ArraySlice(der), "the CRL").children("the CRL")
        let tbsNode = try element(f, 0, "the CRL body")
        tbsDER = Array(tbsNode.encodedBytes)
        let tbs = try tbsNode.children("the CRL body")
        let offset = tbs.first?.identifier == .integer ? 1 : 0
        issuerDER = Array(try element(tbs, offset + 1, "the CRL issuer").encodedBytes)
        thisUpdate = try asn1Date(try element(tbs, offset + 2, "the CRL's thisUpdate"), "the CRL's thisUpdate")
        var next: Date?
        var index = offset + 3
        if index < tbs.count, let d = try? asn1Date(tbs[index], "the CRL's nextUpdate") { next = d; index += 1 }
        nextUpdate = next
        var revoked: [[UInt8]: Date] = [:]
        if index < tbs.count, tbs[index].identifier == .sequence {
            for entry in try tbs[index].children("the revoked certificates") {
                let e = try entry.children("a revoked certificate")
                revoked[Array(try element(e, 0, "a revoked serial").encodedBytes)] =
                    try asn1Date(try element(e, 1, "a revocation date"), "a revocation date")
            }
        }
        self.revoked = revoked
        signatureAlgorithm = try element(try element(f, 1, "the CRL algorithm").children("the CRL algorithm"), 0, "the CRL algorithm").oid("the CRL algorithm")
        signature = Array(try ASN1BitString(berEncoded: try element(f, 2, "the CRL signature")).bytes)
    }

    /// Reads a CRL file, PEM ("X509 CRL") or DER.
    public static func load(path: String) throws -> RevocationList {
        let data = try PEMFile.contents(at: path)
        if let text = String(data: data, encoding: .utf8), let block = PEMFile.blocks(in: text, label: "X509 CRL").first {
            do { return try RevocationList(der: try PEMDocument(pemString: block).derBytes) } catch {
                throw SignError("\(path): the CRL cannot be read (\(error)).")
            }
        }
        do { return try RevocationList(der: Array(data)) } catch {
            throw SignError("\(path): not a CRL (PEM \"X509 CRL\" or DER) (\(error)).")
        }
    }

    /// Whether this list was issued and signed by `issuer`.
    public func isIssued(by issuer: Certificate) -> Bool {
        guard let subject = try? derBytes({ try $0.serialize(issuer.subject) }), subject == issuerDER,
              let algorithm = Self.algorithm(signatureAlgorithm) else { return false }
        return issuer.publicKey.isValidSignature(signature, for: tbsDER, signatureAlgorithm: algorithm)
    }

    /// When `certificate` (DER) was revoked according to this list, or nil.
    public func revocationDate(ofCertificateDER certificateDER: [UInt8]) -> Date? {
        guard let fields = try? CertificateFields.issuerAndSerial(of: certificateDER), fields.issuer == issuerDER else { return nil }
        return revoked[fields.serial]
    }

    static func algorithm(_ oid: ASN1ObjectIdentifier) -> Certificate.SignatureAlgorithm? {
        switch oid {
        case OID.sha256WithRSA: .sha256WithRSAEncryption
        case OID.sha384WithRSA: .sha384WithRSAEncryption
        case OID.sha512WithRSA: .sha512WithRSAEncryption
        case OID.ecdsaWithSHA256: .ecdsaWithSHA256
        case OID.ecdsaWithSHA384: .ecdsaWithSHA384
        case OID.ecdsaWithSHA512: .ecdsaWithSHA512
        default: nil
        }
    }
}

/// Revocation status of a certificate from the CRLs at hand.
public enum RevocationStatus: Sendable, Equatable {
    case good
    case revoked(Date)
    case unknown
}

extension RevocationList {
    /// The status of `certificateDER`, issued by `issuer`, according to the lists that `issuer` signed.
    public static func status(ofCertificateDER certificateDER: [UInt8], issuer: Certificate, lists: [RevocationList]) -> RevocationStatus {
        let valid = lists.filter { $0.isIssued(by: issuer) }
        guard !valid.isEmpty else { return .unknown }
        for list in valid { if let date = list.revocationDate(ofCertificateDER: certificateDER) { return .revoked(date) } }
        return .good
    }
}
