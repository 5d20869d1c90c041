/// Why a PDF could not be read or written. Each case says where (a byte offset or an object) and what,
/// in words a person reading a test failure or an error message can act on.
public enum PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a PDF at all (no `%PDF-` header near the start).
    case notPDF
    /// A syntax error at a byte offset.
    case syntax(offset: Int, String)
    /// The cross-reference data is broken or points outside the file.
    case xref(String)
    /// An object the file refers to could not be found or read.
    case missingObject(PDFReference, String)
    /// A limit that protects against hostile files was hit (nesting, sizes, chain lengths).
    case limit(String)
    /// A stream filter failed or is not supported.
    case filter(String)
    /// The file is encrypted; this layer reads and writes unencrypted files only.
    case encrypted
    /// The caller asked for something the file or the write cannot give (a placeholder too small, …).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .notPDF: return "not a PDF file: no %PDF- header in its first 1024 bytes"
        case .syntax(let at, let what): return "PDF syntax error at byte \(at): \(what)"
        case .xref(let what): return "PDF cross-reference error: \(what)"
        case .missingObject(let ref, let what): return "PDF object \(ref): \(what)"
        case .limit(let what): return "PDF refused (limit): \(what)"
        case .filter(let what): return "PDF stream filter: \(what)"
        case .encrypted: return "the PDF is encrypted; only unencrypted PDFs can be processed"
        case .invalidArgument(let what): return "PDF write: \(what)"
        }
    }
}

/// Bounds that keep a hostile file from exhausting the stack, memory or time.
public struct PDFLimits: Sendable {
    /// Deepest nesting of arrays and dictionaries, and of references followed while resolving.
    public var maxDepth = 100
    /// Most cross-reference sections followed along /Prev.
    public var maxXrefSections = 4096
    /// Largest decoded stream, in bytes.
    public var maxDecodedStreamBytes = 512 << 20
    /// Highest object number accepted in cross-reference data.
    public var maxObjectNumber = 8_388_607

    public init() {}
}
