import CCmark

/// A CommonMark document parsed by libcmark. Owns the node tree and frees it when released,
/// so no cmark memory outlives the conversion.
final class MarkdownDocument {
    /// `cmark_node *` of the document root.
    let root: OpaquePointer

    /// Nil only when libcmark could not allocate a document.
    init?(_ text: String) {
        var bytes = Array(text.utf8)
        let parsed: OpaquePointer? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit { cmark_node_free(root) }
}
