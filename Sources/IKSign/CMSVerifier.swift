import Foundation
import SwiftASN1
import X509

/// What checking one CMS signature found. Every field is a finding, not a verdict: `isValid` combines them.
public struct CMSVerification: Sendable {
    /// The signer's certificate, when the SignedData embeds it.
    public let signer: Certificate?
    /// The embedded certificates other than the signer's (chain candidates).
    public let otherCertificates: [Certificate]
    /// The embedded CRLs (DER).
    public let crls: [[UInt8]]
    /// The digest algorithm the signer used.
    public let digestAlgorithm: String
    /// The digest of the signed bytes equals the signed message-digest attribute.
    public let digestMatches: Bool
    /// The signature over the signed attributes verifies with the signer's key.
    public let signatureValid: Bool
    /// The signing-certificate(-v2) attribute names the signer's certificate (nil: attribute absent).
    public let signingCertificateMatches: Bool?
    /// A signing-time attribute is present (PAdES forbids it).
    public let hasSigningTime: Bool
    /// The signature timestamp, if any.
    public let timestamp: TimestampVerification?
    /// Problems in words, for reports.
    public let problems: [String]

    /// Digest, signature and certificate binding all hold (chain and trust are judged separately).
    public var isValid: Bool { digestMatches && signatureValid && signingCertificateMatches != false }
}

/// Checks CMS SignedData signatures (detached or encapsulated) with swift-certificates' key types.
public enum CMSVerifier {
    /// Verifies the first signer of `signedData` over `content` (detached) or over its encapsulated content.
    public static func verify(signedData: ArraySlice<UInt8>, detachedContent: [ArraySlice<UInt8>]?) throws -> CMSVerification {
        let sd = try SignedDataReader(signedData)
        guard let signer = sd.signers.first else { throw SignError("Invalid signature data: no signer.") }
        var problems: [String] = []
        guard let digestAlgorithm = DigestAlgorithm(oid: signer.digestAlgorithm) else {
            throw SignError("The signature uses a digest algorithm ikplan does not know (\(signer.digestAlgorithm)).")
        }
        let pieces = detachedContent ?? [ArraySlice(sd.content ?? [])]
        let digest = digestAlgorithm.hash(pieces: pieces)
        let certEntry = sd.certificate(of: signer)
        let others = sd.certificates.filter { $0.der != certEntry?.der }.map(\.certificate)

        var digestMatches = false
        var signatureValid = false
        var certificateMatches: Bool?
        if let signedDER = signer.signedAttributesDER {
            if let md = signer.signed(OID.messageDigest)?.first, let value = try? md.primitiveOrConstructedOctets() {
                digestMatches = value == digest
            } else {
                problems.append("the signed attributes have no message digest")
            }
            if let cert = certEntry?.certificate, let algorithm = signatureAlgorithm(signer) {
                signatureValid = cert.publicKey.isValidSignature(signer.signature, for: signedDER, signatureAlgorithm: algorithm)
            }
        } else if let cert = certEntry?.certificate, let algorithm = signatureAlgorithm(signer) {
            // No signed attributes: the signature covers the content itself.
            digestMatches = true
            let content = pieces.reduce(into: [UInt8]()) { $0 += $1 }
            signatureValid = cert.publicKey.isValidSignature(signer.signature, for: content, signatureAlgorithm: algorithm)
        }
        if certEntry == nil { problems.append("the signer's certificate is not embedded in the signature") }
        if signatureAlgorithm(signer) == nil { problems.append("the signature algorithm \(signer.signatureAlgorithm) is not supported") }
        if !digestMatches { problems.append("the signed bytes do not match the signature's digest (the document was changed)") }
        if certEntry != nil, !signatureValid, signatureAlgorithm(signer) != nil { problems.append("the signature value does not verify with the signer's key") }

        if let der = certEntry?.der {
            certificateMatches = signingCertificateMatch(signer, certificateDER: der)
            if certificateMatches == false { problems.append("the signing-certificate attribute names another certificate") }
        }
        let hasSigningTime = signer.signed(OID.signingTime) != nil

        var timestamp: TimestampVerification?
        if let token = signer.unsigned(OID.timeStampToken)?.first {
            timestamp = TimestampVerification.check(token: token.encodedBytes, imprintOf: signer.signature)
            if let t = timestamp, !t.isValid { problems.append("the signature timestamp is invalid: \(t.problems.joined(separator: "; "))") }
        }
        return CMSVerification(signer: certEntry?.certificate, otherCertificates: others, crls: sd.crls,
                               digestAlgorithm: digestAlgorithm.rawValue, digestMatches: digestMatches,
                               signatureValid: signatureValid, signingCertificateMatches: certificateMatches,
                               hasSigningTime: hasSigningTime, timestamp: timestamp, problems: problems)
    }

    /// The swift-certificates algorithm for a SignerInfo's signature and digest algorithms.
    static func signatureAlgorithm(_ signer: SignedDataReader.Signer) -> Certificate.SignatureAlgorithm? {
        switch signer.signatureAlgorithm {
        case OID.sha256WithRSA: return .sha256WithRSAEncryption
        case OID.sha384WithRSA: return .sha384WithRSAEncryption
        case OID.sha512WithRSA: return .sha512WithRSAEncryption
        case OID.ecdsaWithSHA256: return .ecdsaWithSHA256
        case OID.ecdsaWithSHA384: return .ecdsaWithSHA384
        case OID.ecdsaWithSHA512: return .ecdsaWithSHA512
        case OID.rsaEncryption:
            switch DigestAlgorithm(oid: signer.digestAlgorithm) {
            case .sha256: return .sha256WithRSAEncryption
            case .sha384: return .sha384WithRSAEncryption
            case .sha512: return .sha512WithRSAEncryption
            case .sha1: return .sha1WithRSAEncryption
            case nil: return nil
            }
        case OID.ecPublicKey:
            switch DigestAlgorithm(oid: signer.digestAlgorithm) {
            case .sha256: return .ecdsaWithSHA256
            case .sha384: return .ecdsaWithSHA384
            case .sha512: return .ecdsaWithSHA512
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether the ESS signing-certificate-v2 (or v1) attribute's first certificate hash is the signer's.
    static func signingCertificateMatch(_ signer: SignedDataReader.Signer, certificateDER: [UInt8]) -> Bool? {
        if let v2 = signer.signed(OID.signingCertificateV2)?.first {
            guard let certs = try? v2.children("SigningCertificateV2").first?.children("certs"),
                  let first = try? certs.first?.children("ESSCertIDv2"), !first.isEmpty else { return false }
            var algorithm = DigestAlgorithm.sha256
            var hashNode = first[0]
            if first[0].identifier == .sequence {
                guard let oid = try? first[0].children("alg").first?.oid("alg"), let a = DigestAlgorithm(oid: oid),
                      first.count > 1 else { return false }
                algorithm = a
                hashNode = first[1]
            }
            guard let hash = try? hashNode.primitive("certHash") else { return false }
            return Array(hash) == algorithm.hash(certificateDER)
        }
        if let v1 = signer.signed(OID.signingCertificate)?.first {
            guard let hash = try? v1.children("SigningCertificate").first?.children("certs").first?.children("ESSCertID").first?.primitive("certHash")
            else { return false }
            return Array(hash) == DigestAlgorithm.sha1.hash(certificateDER)
        }
        return nil
    }
}
