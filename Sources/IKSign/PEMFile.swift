import Foundation
import SwiftASN1
import X509

/// Reading PEM files (certificates, chains, keys) with messages that name the file.
enum PEMFile {
    /// A certificate as read: its DER bytes.
    struct CertificateBytes { let der: [UInt8] }

    /// Largest PEM or DER file we read (certificates and keys are a few kB; CRLs can be larger).
    static let maximumSize = 16 << 20

    /// The file's text, bounded.
    static func text(at path: String) throws -> String {
        let data = try contents(at: path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw SignError("\(path): not a text (PEM) file.")
        }
        return text
    }

    /// The file's bytes, bounded; a clear error when missing.
    static func contents(at path: String) throws -> Data {
        let url = URL(fileURLWithPath: path)
        guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]),
              values.isRegularFile == true else {
            throw SignError("\(path): file not found (or not a regular file).")
        }
        if let size = values.fileSize, size > maximumSize {
            throw SignError("\(path): the file is too large (\(size) bytes) to be a certificate, key or CRL.")
        }
        do { return try Data(contentsOf: url) } catch {
            throw SignError("\(path): cannot be read (\(error.localizedDescription)).")
        }
    }

    /// The PEM blocks of one kind, in order, from a text.
    static func blocks(in text: String, label: String) -> [String] {
        var result: [String] = []
        let begin = "-----BEGIN \(label)-----", end = "-----END \(label)-----"
        var rest = Substring(text)
        while let b = rest.range(of: begin), let e = rest.range(of: end, range: b.upperBound..<rest.endIndex) {
            result.append(String(rest[b.lowerBound..<e.upperBound]))
            rest = rest[e.upperBound...]
        }
        return result
    }

    /// Every certificate of a PEM file (a chain file holds several), as DER.
    static func certificates(at path: String) throws -> [CertificateBytes] {
        let text = try text(at: path)
        return try blocks(in: text, label: "CERTIFICATE").enumerated().map { index, block in
            guard let doc = try? PEMDocument(pemString: block) else {
                throw SignError("\(path): certificate \(index + 1) is not valid PEM.")
            }
            do {
                _ = try Certificate(derEncoded: doc.derBytes)
                return CertificateBytes(der: doc.derBytes)
            } catch {
                // swift-crypto refuses RSA keys under 2048 bits while parsing: say so plainly.
                if let bits = RSAKeySize.bits(ofCertificateDER: doc.derBytes), bits < 2048 {
                    throw SignError("\(path): the RSA key of certificate \(index + 1) has only \(bits) bits; a signature needs at least 2048. Ask for a new certificate.")
                }
                throw SignError("\(path): certificate \(index + 1) cannot be read (\(error)).")
            }
        }
    }

    /// The private key of a PEM file (PKCS#8, PKCS#1 RSA or SEC1 EC). Encrypted keys are refused with advice.
    static func privateKey(at path: String) throws -> Certificate.PrivateKey {
        let text = try text(at: path)
        if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED") {
            throw SignError("\(path): the key is password-protected, which ikplan cannot read from a PEM file. Decrypt it for the signing (`openssl pkcs8 -in \(path) -out plain-key.pem`) and delete the copy afterwards.")
        }
        for label in ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"] {
            if let block = blocks(in: text, label: label).first {
                do { return try Certificate.PrivateKey(pemEncoded: block) } catch {
                    // Never echo the key or the library's description of it.
                    throw SignError("\(path): the private key cannot be read; ikplan reads RSA and ECDSA P-256 keys in PEM form.")
                }
            }
        }
        throw SignError("\(path): no private key found (expected \"-----BEGIN PRIVATE KEY-----\").")
    }
}
