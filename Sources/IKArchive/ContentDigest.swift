import Crypto

/// SHA-256, for the trailer /ID: derived from the file's content so output stays byte-identical across
/// runs. swift-crypto's (BoringSSL's) implementation: the hash over a whole document is most of the PDF/A
/// step's cost, and a hand-written one was several times slower.
enum ContentDigest {
    /// The 32-byte SHA-256 digest of `data`.
    static func sha256(_ data: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: data)) }
}
