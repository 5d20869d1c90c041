import Crypto
import Foundation
import SwiftASN1
import _CryptoExtras

/// Reads a PKCS#12 file (.p12/.pfx) as current tools write it (OpenSSL 3, Windows, macOS Keychain exports):
/// PBES2 encryption (PBKDF2 with HMAC-SHA-256 or -SHA-1, AES-CBC) of the key and certificate bags and an
/// HMAC integrity check. The legacy encryptions (RC2, 3DES: `openssl pkcs12 -legacy`) are refused with how
/// to convert. The cryptography is swift-crypto's; only the container's structure and RFC 7292's key
/// derivation for the integrity check (built on swift-crypto's hashes) are read here.
enum PKCS12File {
    /// What the file holds: certificates (DER) and PKCS#8 private keys (DER).
    struct Contents {
        var certificates: [[UInt8]] = []
        var keys: [[UInt8]] = []
    }

    /// Iteration counts above this are refused: a hostile file must not keep the signer waiting for hours.
    static let maxIterations = 10_000_000

    static func read(_ bytes: [UInt8], password: String) throws -> Contents {
        let pfx = try parse(bytes[...], "the file")
        let top = try pfx.children("the PFX")
        guard top.count >= 2, let version = try? Int(derEncoded: top[0]), version == 3 else {
            throw P12Error("it is not a PKCS#12 file (version 3)")
        }
        let authSafe = try data(ofContentInfo: top[1], "the authenticated safe")
        if top.count >= 3 { try checkMAC(top[2], over: authSafe, password: password) }
        var contents = Contents()
        for info in try parse(authSafe, "the authenticated safe").children("the authenticated safe") {
            let parts = try info.children("a content info")
            let type = try element(parts, 0, "a content type").oid("a content type")
            switch type {
            case OID.data:
                try readBags(try data(ofContentInfo: info, "the safe contents"), password: password, into: &contents)
            case OID.encryptedData:
                let content = try explicit0(parts, "the encrypted data")
                let fields = try content.children("the encrypted data")
                let encrypted = try element(fields, 1, "the encrypted content info").children("the encrypted content info")
                let algorithm = try element(encrypted, 1, "the encryption algorithm")
                let ciphertext = try element(encrypted, 2, "the encrypted content")
                let plain = try decrypt(octets(ciphertext), algorithm: algorithm, password: password)
                try readBags(plain[...], password: password, into: &contents)
            default:
                continue   // enveloped (public-key encrypted) safes are not used for signing keys
            }
        }
        return contents
    }

    // MARK: - Bags

    private static func readBags(_ bytes: ArraySlice<UInt8>, password: String, into contents: inout Contents) throws {
        for bag in try parse(bytes, "the safe contents").children("the safe contents") {
            let parts = try bag.children("a safe bag")
            let kind = try element(parts, 0, "a bag type").oid("a bag type")
            let value = try explicit0(parts, "a bag's value")
            switch kind {
            case OID.keyBag:
                contents.keys.append(Array(DERWriter.encode(value)))
            case OID.shroudedKeyBag:
                let fields = try value.children("an encrypted private key")
                let plain = try decrypt(octets(try element(fields, 1, "the encrypted key")),
                                        algorithm: try element(fields, 0, "the key's encryption"), password: password)
                contents.keys.append(plain)
            case OID.certBag:
                let fields = try value.children("a certificate bag")
                guard try element(fields, 0, "the certificate type").oid("the certificate type") == OID.x509Certificate else { continue }
                contents.certificates.append(Array(try octets(try explicit0(fields, "the certificate"))))
            default:
                continue   // CRL and secret bags, nested safes: nothing a signer needs
            }
        }
    }

    // MARK: - Decryption (PBES2)

    private static func decrypt(_ ciphertext: ArraySlice<UInt8>, algorithm: ASN1Node, password: String) throws -> [UInt8] {
        let parts = try algorithm.children("an encryption algorithm")
        let oid = try element(parts, 0, "an encryption algorithm").oid("an encryption algorithm")
        guard oid == OID.pbes2 else {
            throw P12Error("it is encrypted with a legacy algorithm (\(oid)) that ikplan does not read. Convert it: "
                + "`openssl pkcs12 -legacy -in OLD.p12 -nodes | openssl pkcs12 -export -out NEW.p12` (AES-256), or export PEM files")
        }
        let params = try element(parts, 1, "the PBES2 parameters").children("the PBES2 parameters")
        let kdf = try element(params, 0, "the key derivation").children("the key derivation")
        guard try element(kdf, 0, "the key derivation").oid("the key derivation") == OID.pbkdf2 else {
            throw P12Error("its key derivation is not PBKDF2")
        }
        let kdfParams = try element(kdf, 1, "the PBKDF2 parameters").children("the PBKDF2 parameters")
        let salt = try octets(try element(kdfParams, 0, "the salt"))
        let iterations = try Int(derEncoded: try element(kdfParams, 1, "the iteration count"))
        var prf = KDF.Insecure.PBKDF2.HashFunction.insecureSHA1          // the default in PKCS#5
        if let last = kdfParams.dropFirst(2).last, case .constructed = last.content {
            let prfOID = try element(try last.children("the PRF"), 0, "the PRF").oid("the PRF")
            switch prfOID {
            case OID.hmacSHA256: prf = .sha256
            case OID.hmacSHA1: prf = .insecureSHA1
            case OID.hmacSHA384: prf = .sha384
            case OID.hmacSHA512: prf = .sha512
            default: throw P12Error("its key derivation uses an unknown hash (\(prfOID))")
            }
        }
        let scheme = try element(params, 1, "the encryption scheme").children("the encryption scheme")
        let cipher = try element(scheme, 0, "the cipher").oid("the cipher")
        let keyLength: Int
        switch cipher {
        case OID.aes128CBC: keyLength = 16
        case OID.aes192CBC: keyLength = 24
        case OID.aes256CBC: keyLength = 32
        default: throw P12Error("it is encrypted with a cipher ikplan does not read (\(cipher)); export it with AES-256")
        }
        let iv = try octets(try element(scheme, 1, "the IV"))
        guard (1...maxIterations).contains(iterations) else { throw P12Error("its iteration count \(iterations) is out of range") }
        do {
            // The file chooses the iteration count (OpenSSL writes 2048): read it as it is.
            let key = try KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: salt, using: prf,
                                                        outputByteCount: keyLength, unsafeUncheckedRounds: iterations)
            return Array(try AES._CBC.decrypt(ciphertext, using: key, iv: try AES._CBC.IV(ivBytes: iv)))
        } catch {
            throw P12Error.wrongPassword
        }
    }

    // MARK: - Integrity (RFC 7292 appendix B)

    private static func checkMAC(_ node: ASN1Node, over content: ArraySlice<UInt8>, password: String) throws {
        let parts = try node.children("the MAC data")
        let digestInfo = try element(parts, 0, "the MAC").children("the MAC")
        let algorithm = try element(try element(digestInfo, 0, "the MAC algorithm").children("the MAC algorithm"), 0, "the MAC algorithm")
            .oid("the MAC algorithm")
        let expected = Array(try octets(try element(digestInfo, 1, "the MAC value")))
        let salt = Array(try octets(try element(parts, 1, "the MAC salt")))
        let iterations = parts.count > 2 ? try Int(derEncoded: parts[2]) : 1
        guard (1...maxIterations).contains(iterations) else { throw P12Error("its MAC iteration count \(iterations) is out of range") }
        // The MAC's password is BMPString: UTF-16 big-endian with two zero bytes at the end.
        var bmp: [UInt8] = password.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        if !password.isEmpty { bmp += [0, 0] }
        let actual: [UInt8]
        switch algorithm {
        case OID.sha256:
            let key = derive(SHA256.self, id: 3, password: bmp, salt: salt, iterations: iterations, length: 32)
            actual = Array(HMAC<SHA256>.authenticationCode(for: content, using: SymmetricKey(data: key)))
        case OID.sha1:
            let key = derive(Insecure.SHA1.self, id: 3, password: bmp, salt: salt, iterations: iterations, length: 20)
            actual = Array(HMAC<Insecure.SHA1>.authenticationCode(for: content, using: SymmetricKey(data: key)))
        default:
            throw P12Error("its integrity check uses a hash ikplan does not read (\(algorithm))")
        }
        guard actual == expected else { throw P12Error.wrongPassword }
    }

    /// RFC 7292 B.2: the PKCS#12 key derivation (a construction on a hash function, for the MAC key).
    static func derive<H: HashFunction>(_: H.Type, id: UInt8, password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        let u = H.Digest.byteCount, v = H.blockByteCount
        func stretched(_ x: [UInt8]) -> [UInt8] {
            guard !x.isEmpty else { return [] }
            let n = v * ((x.count + v - 1) / v)
            return (0..<n).map { x[$0 % x.count] }
        }
        let d = [UInt8](repeating: id, count: v)
        var i = stretched(salt) + stretched(password)
        var out: [UInt8] = []
        while out.count < length {
            var a = Array(H.hash(data: d + i))
            for _ in 1..<max(1, iterations) { a = Array(H.hash(data: a)) }
            out += a
            guard out.count < length else { break }
            let b = (0..<v).map { a[$0 % u] }
            for j in stride(from: 0, to: i.count, by: v) {
                var carry = 1
                for k in (0..<v).reversed() {
                    let sum = Int(i[j + k]) + Int(b[k]) + carry
                    i[j + k] = UInt8(sum & 0xFF)
                    carry = sum >> 8
                }
            }
        }
        return Array(out.prefix(length))
    }

    // MARK: - ASN.1 helpers

    private static func parse(_ bytes: ArraySlice<UInt8>, _ what: String) throws -> ASN1Node {
        do { return try BER.parse(bytes) } catch { throw P12Error("\(what) is not valid ASN.1") }
    }

    /// The `[0] EXPLICIT` content of a ContentInfo or bag: its one child.
    private static func explicit0(_ parts: [ASN1Node], _ what: String) throws -> ASN1Node {
        guard let tagged = parts.dropFirst().first(where: { $0.isContext(0) }),
              let inner = try tagged.children(what).first else { throw P12Error("\(what) is missing") }
        return inner
    }

    /// The OCTET STRING a `data` ContentInfo carries.
    private static func data(ofContentInfo node: ASN1Node, _ what: String) throws -> ArraySlice<UInt8> {
        let parts = try node.children(what)
        guard try element(parts, 0, what).oid(what) == OID.data else { throw P12Error("\(what) is not plain data (a password-less public-key safe?)") }
        return try octets(try explicit0(parts, what))
    }

    /// An OCTET STRING's bytes, primitive or (BER) constructed of pieces.
    private static func octets(_ node: ASN1Node) throws -> ArraySlice<UInt8> {
        switch node.content {
        case .primitive(let bytes): return bytes
        case .constructed(let pieces): return ArraySlice(try pieces.flatMap { Array(try octets($0)) })
        }
    }

    private enum OID {
        static let data: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 1]
        static let encryptedData: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 6]
        static let keyBag: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 12, 10, 1, 1]
        static let shroudedKeyBag: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 12, 10, 1, 2]
        static let certBag: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 12, 10, 1, 3]
        static let x509Certificate: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 22, 1]
        static let pbes2: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 5, 13]
        static let pbkdf2: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 5, 12]
        static let hmacSHA1: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 2, 7]
        static let hmacSHA256: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 2, 9]
        static let hmacSHA384: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 2, 10]
        static let hmacSHA512: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 2, 11]
        static let aes128CBC: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 1, 2]
        static let aes192CBC: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 1, 22]
        static let aes256CBC: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 1, 42]
        static let sha1: ASN1ObjectIdentifier = [1, 3, 14, 3, 2, 26]
        static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
    }
}

/// Why a PKCS#12 file cannot be used, in words for the signer.
struct P12Error: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
    static let wrongPassword = P12Error("the password is wrong (or the file is damaged)")
}

/// DER bytes of a parsed node, re-serialised (a key bag's PrivateKeyInfo).
private enum DERWriter {
    static func encode(_ node: ASN1Node) -> ArraySlice<UInt8> { node.encodedBytes }
}
