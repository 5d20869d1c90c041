import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// A signer: the certificate, its private key and the chain up to (not necessarily including) the root.
/// The key stays in memory only; nothing here prints or writes it.
public struct SigningIdentity: Sendable {
    /// The signer's certificate.
    public let certificate: Certificate
    /// The certificate exactly as read (DER), embedded and hashed as is.
    public let certificateDER: [UInt8]
    /// Intermediate (and optionally root) certificates to embed, as read (DER), without the signer's own.
    public let chainDER: [[UInt8]]
    /// The private key.
    let privateKey: Certificate.PrivateKey

    /// The signature algorithm the key signs with (always SHA-256).
    var signatureAlgorithm: Certificate.SignatureAlgorithm {
        privateKey.publicKey.keyKind == .p256 ? .ecdsaWithSHA256 : .sha256WithRSAEncryption
    }

    /// Loads a certificate, key and optional chain from PEM files, and checks that they belong together and
    /// may sign now. Throws a `SignError` naming the file and what to do.
    public static func load(certificate certPath: String, key keyPath: String, chain chainPath: String?) throws -> SigningIdentity {
        let certs = try PEMFile.certificates(at: certPath)
        guard let first = certs.first else {
            throw SignError("\(certPath): no certificate found (expected a PEM file with \"-----BEGIN CERTIFICATE-----\").")
        }
        // Judge the certificate's key before reading the private key: swift-crypto refuses to load short RSA
        // keys at all, and "the key is too short" is the more useful message.
        try checkKeyKind(of: try certificate(first.der, source: certPath), source: certPath)
        let key = try PEMFile.privateKey(at: keyPath)
        var chain = certs.dropFirst().map(\.der)
        if let chainPath { chain += try PEMFile.certificates(at: chainPath).map(\.der) }
        return try SigningIdentity(certificateDER: first.der, chainDER: chain, privateKey: key, certificateSource: certPath)
    }

    /// Loads the signer from a PKCS#12 file (.p12/.pfx, as OpenSSL 3 and current systems export it; see
    /// `PKCS12File`): the key, the certificate that belongs to it, the other certificates as the chain.
    public static func loadPKCS12(path: String, password: String) throws -> SigningIdentity {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw SignError("\(path): the PKCS#12 file cannot be read (\(error.localizedDescription)).")
        }
        let contents: PKCS12File.Contents
        do { contents = try PKCS12File.read(bytes, password: password) } catch let e as P12Error {
            throw SignError("\(path): \(e.reason).")
        } catch {
            throw SignError("\(path): not a PKCS#12 file ikplan can read (\(error)). Export the certificate and the key as PEM and sign with --cert and --key.")
        }
        guard contents.keys.count == 1, let keyDER = contents.keys.first else {
            throw SignError(contents.keys.isEmpty
                ? "\(path): the PKCS#12 file holds no private key, only certificates: export it again with the key."
                : "\(path): the PKCS#12 file holds \(contents.keys.count) private keys; export only the signer's.")
        }
        let pem = "-----BEGIN PRIVATE KEY-----\n" + Data(keyDER).base64EncodedString(options: .lineLength64Characters)
            + "\n-----END PRIVATE KEY-----\n"
        let key: Certificate.PrivateKey
        do { key = try Certificate.PrivateKey(pemEncoded: pem) } catch {
            throw SignError("\(path): the private key cannot be read; ikplan signs with RSA (2048 bits or more) and ECDSA P-256 keys.")
        }
        let certificates = contents.certificates.compactMap { der in (try? Certificate(derEncoded: der)).map { (der, $0) } }
        guard let own = certificates.first(where: { $0.1.publicKey == key.publicKey }) else {
            throw SignError("\(path): the PKCS#12 file holds no certificate for its key: export it again with the signer's certificate.")
        }
        try checkKeyKind(of: own.1, source: path)
        return try SigningIdentity(certificateDER: own.0, chainDER: certificates.map(\.0).filter { $0 != own.0 },
                                   privateKey: key, certificateSource: path)
    }

    /// Builds and checks an identity from DER parts.
    init(certificateDER: [UInt8], chainDER: [[UInt8]], privateKey: Certificate.PrivateKey, certificateSource: String) throws {
        self.certificate = try Self.certificate(certificateDER, source: certificateSource)
        self.certificateDER = certificateDER
        self.chainDER = chainDER.filter { $0 != certificateDER }
        self.privateKey = privateKey
        try check(source: certificateSource)
    }

    /// The checks that make signing meaningful: key matches certificate, supported key, certificate valid now,
    /// key usage allows signing.
    private func check(source: String, now: Date = Date()) throws {
        guard privateKey.publicKey == certificate.publicKey else {
            throw SignError("The key does not belong to the certificate \(source) (\(certificate.subject)): choose the key file that was made together with this certificate.")
        }
        try Self.checkKeyKind(of: certificate, source: source)
        if now < certificate.notValidBefore {
            throw SignError("The certificate \(source) (\(certificate.subject)) is not valid until \(CertificateText.date(certificate.notValidBefore)): sign later or use a current certificate.")
        }
        if now > certificate.notValidAfter {
            throw SignError("The certificate \(source) (\(certificate.subject)) expired on \(CertificateText.date(certificate.notValidAfter)): a signature made with it is not valid. Renew the certificate.")
        }
        if let usage = try? certificate.extensions.keyUsage, !usage.digitalSignature, !usage.nonRepudiation {
            throw SignError("The certificate \(source) (\(certificate.subject)) may not be used for signatures (its key usage lacks digitalSignature and nonRepudiation): ask for a signing certificate.")
        }
    }

    private static func certificate(_ der: [UInt8], source: String) throws -> Certificate {
        do { return try Certificate(derEncoded: der) } catch {
            // swift-crypto refuses RSA keys under 2048 bits while parsing: say so plainly.
            if let bits = RSAKeySize.bits(ofCertificateDER: der), bits < 2048 {
                throw SignError("\(source): the RSA key has only \(bits) bits; a signature needs at least 2048. Ask for a new certificate.")
            }
            throw SignError("\(source): the certificate cannot be read (\(error)).")
        }
    }

    /// RSA of 2048 bits or more, or ECDSA P-256.
    private static func checkKeyKind(of certificate: Certificate, source: String) throws {
        switch certificate.publicKey.keyKind {
        case .rsa(let bits) where bits < 2048:
            throw SignError("\(source): the RSA key has only \(bits) bits; a signature needs at least 2048. Ask for a new certificate.")
        case .rsa, .p256: break
        case nil:
            throw SignError("\(source): the key type is not supported; ikplan signs with RSA (2048 bits or more) or ECDSA P-256 keys.")
        }
    }

    /// Signs bytes (the DER of the signed attributes) with SHA-256.
    func sign(_ bytes: [UInt8]) throws -> [UInt8] {
        do {
            return try privateKey.sign(bytes: bytes, signatureAlgorithm: signatureAlgorithm).rawRepresentation
        } catch {
            throw SignError("Signing failed: \(error)")
        }
    }
}

/// The kinds of public key we sign with.
enum KeyKind: Equatable {
    case rsa(bits: Int)
    case p256
}

extension Certificate.PublicKey {
    /// The kind of key, or nil for one we do not sign with.
    var keyKind: KeyKind? {
        if let rsa = _RSA.Signing.PublicKey(self) { return .rsa(bits: rsa.keySizeInBits) }
        if P256.Signing.PublicKey(self) != nil { return .p256 }
        return nil
    }
}

/// Human-readable renderings of certificate facts.
enum CertificateText {
    /// A date as `2026-12-01 23:59 UTC`.
    static func date(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return f.string(from: date)
    }
}

/// The RSA modulus size of a certificate, read from its DER (for messages about keys swift-crypto refuses).
enum RSAKeySize {
    static func bits(ofCertificateDER der: [UInt8]) -> Int? {
        guard let tbs = try? CertificateFields.tbsFields(of: der) else { return nil }
        let offset = tbs.first?.isContext(0) == true ? 1 : 0
        guard tbs.count > offset + 5, let spki = try? tbs[offset + 5].children("key"), spki.count == 2,
              (try? spki[0].children("alg").first?.oid("alg")) == OID.rsaEncryption,
              let bitString = try? ASN1BitString(berEncoded: spki[1]),
              let key = try? parseASN1(bitString.bytes, "key").children("key"),
              let modulus = try? key.first?.primitive("modulus") else { return nil }
        let significant = modulus.drop { $0 == 0 }
        guard let top = significant.first else { return 0 }
        return (significant.count - 1) * 8 + (8 - top.leadingZeroBitCount)
    }
}
