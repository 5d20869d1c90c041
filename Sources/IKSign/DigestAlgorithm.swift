import Crypto
import Foundation
import SwiftASN1

/// A hash function a CMS structure may name. We sign with SHA-256 only; the others are read for verifying
/// signatures made elsewhere.
public enum DigestAlgorithm: String, Sendable {
    case sha1 = "SHA-1", sha256 = "SHA-256", sha384 = "SHA-384", sha512 = "SHA-512"

    /// The algorithm an object identifier names, if we know it.
    init?(oid: ASN1ObjectIdentifier) {
        switch oid {
        case OID.sha1: self = .sha1
        case OID.sha256: self = .sha256
        case OID.sha384: self = .sha384
        case OID.sha512: self = .sha512
        default: return nil
        }
    }

    /// Its object identifier.
    var oid: ASN1ObjectIdentifier {
        switch self {
        case .sha1: OID.sha1
        case .sha256: OID.sha256
        case .sha384: OID.sha384
        case .sha512: OID.sha512
        }
    }

    /// The digest of some bytes.
    func hash<Bytes: DataProtocol>(_ bytes: Bytes) -> [UInt8] {
        switch self {
        case .sha1: Array(Insecure.SHA1.hash(data: bytes))
        case .sha256: Array(SHA256.hash(data: bytes))
        case .sha384: Array(SHA384.hash(data: bytes))
        case .sha512: Array(SHA512.hash(data: bytes))
        }
    }

    /// A running hash over several pieces (a PDF's byte ranges), without joining them first.
    func hash(pieces: [ArraySlice<UInt8>]) -> [UInt8] {
        switch self {
        case .sha1: var h = Insecure.SHA1(); pieces.forEach { h.update(data: $0) }; return Array(h.finalize())
        case .sha256: var h = SHA256(); pieces.forEach { h.update(data: $0) }; return Array(h.finalize())
        case .sha384: var h = SHA384(); pieces.forEach { h.update(data: $0) }; return Array(h.finalize())
        case .sha512: var h = SHA512(); pieces.forEach { h.update(data: $0) }; return Array(h.finalize())
        }
    }

    /// Serialises `AlgorithmIdentifier { algorithm, parameters absent }` (RFC 5754: absent for SHA-2).
    func serialize(into coder: inout DER.Serializer) throws {
        try coder.appendConstructedNode(identifier: .sequence) { try $0.serialize(oid) }
    }
}
