import Foundation

/// One document's PDF, held in memory between the Cairo writer and the files on disk: what the writer
/// made and every post-processing step (archive metadata, structure fixes, signatures) passes on.
/// More fields come with the steps that need them (what Cairo cannot carry: alt texts, header scopes,
/// the language, which content is page furniture); a step copies what it does not change.
public struct RenderedPDF: Sendable {
    /// The whole file, from `%PDF-` to the last `%%EOF` line.
    public var bytes: Data
    /// What the document information says; a step that changes the file's metadata updates this too.
    public var metadata: PDFMetadata
    /// How many pages the file holds.
    public var pageCount: Int
    /// What the structure elements carry beyond what Cairo wrote (alternative texts, header scopes, spans,
    /// link descriptions, which content is page furniture), in the order of the file's structure tree.
    /// Steps that do not touch the structure pass it on unchanged.
    public var structure: StructureLog

    /// The form fields the pages hold, where they lie (for the form step; the file has none yet).
    public var formFields: [PlacedFormField]

    public init(bytes: Data, metadata: PDFMetadata, pageCount: Int, structure: StructureLog = StructureLog(),
                formFields: [PlacedFormField] = []) {
        self.bytes = bytes; self.metadata = metadata; self.pageCount = pageCount; self.structure = structure
        self.formFields = formFields
    }
}

/// A step on a finished PDF before it is written: PDF/A metadata, PDF/UA structure, a signature.
/// Steps run in order on the bytes in memory; a step that throws stops the run before any file is
/// replaced. A step must be deterministic (same input, same bytes) unless its purpose forbids it (a
/// signing time).
public protocol PDFPostProcessor: Sendable {
    /// A short name for messages: "PDF/A-2b", "signature".
    var name: String { get }
    /// The PDF after this step.
    func process(_ pdf: RenderedPDF) throws -> RenderedPDF
}

extension PDFPostProcessor {
    public var name: String { String(describing: Self.self) }
}
