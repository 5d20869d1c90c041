import Dispatch
import Foundation
import IKEngine
import IKModel

/// One run over a plan: what every document is made from, each document laid out at most once and
/// shared by those that reuse its pages, and the rule that everything is laid out (and drawn) before
/// any file is written, so a bad layout for one document cannot leave a new file beside old ones.
public final class DocumentRun {
    public let plan: Plan
    /// The plan folder, for the logo and prose files.
    public let folder: URL
    /// The run's context, in the plan's language; its warnings are for the user.
    public let context: DocumentContext
    /// Layout files chosen for this run by document id ("plan", "minutes"); others use their default.
    public let layouts: [String: URL]
    private var laidOut: [String: RenderedDocument?] = [:]
    private var drawn: [String: RenderedPDF?] = [:]

    public init(plan: Plan, folder: URL, context: DocumentContext, layouts: [String: URL] = [:]) {
        self.plan = plan; self.folder = folder; self.layouts = layouts
        // Hyphenation follows the plan's language.
        self.context = context.forLanguage(plan.info.language)
    }

    /// The layout file `document` is drawn with in this run.
    public func layoutFile(for document: Document) throws -> LayoutFile {
        if let url = layouts[document.id] { return try context.layoutFile(url) }
        guard let name = document.defaultLayout else {
            throw EngineError.layout("\(document.id) has no layout file of its own")
        }
        return try context.layoutFile(LayoutFile.bundled(name))
    }

    /// `document` laid out (once per run); nil when the plan has nothing for it, or when the document is
    /// assembled from others' PDFs (see `pdf(_:)`).
    public func document(_ document: Document) throws -> RenderedDocument? {
        if let done = laidOut[document.id] { return done }
        let made = try document.make?(self, document)
        laidOut[document.id] = .some(made)
        return made
    }

    /// `document` drawn (once per run): its pages through the PDF writer, or assembled from other
    /// documents' PDFs; nil when the plan has nothing for it.
    public func pdf(_ document: Document) throws -> RenderedPDF? {
        if let done = drawn[document.id] { return done }
        let made: RenderedPDF?
        if let assemble = document.assemble { made = try assemble(self) } else { made = try self.document(document)?.pdf() }
        drawn[document.id] = .some(made)
        return made
    }

    /// One file of the run, drawn and ready to write.
    public struct Output {
        public var document: Document
        public var url: URL
        public var pages: Int
        /// Layout and drawing, in milliseconds.
        public var milliseconds: Int
    }

    /// What a run wrote and what the user should know.
    public struct Report {
        public var outputs: [Output]
        /// Problems that did not stop the run (characters the fonts lack), each a message for the user.
        public var warnings: [String]
        /// Outputs of an earlier run that this run removed because it no longer produces them.
        public var removed: [URL] = []
    }

    /// Lays out and draws every document of `documents` this plan yields, then writes them all through
    /// `output` into `folder`: all files or none. A document of `documents` the plan no longer yields (the
    /// minutes after `meeting:` was removed) has its old file removed in the same run when ikplan wrote
    /// it, so no stale document lies beside the new ones; any other file of that name stops the run.
    /// `progress` hears of each document when it is drawn (its pages) and once before the files are written.
    public func write(_ documents: [Document] = DocumentCatalogue.all, to folder: URL,
                      output: PDFOutput = PDFOutput(), progress: ((Progress) -> Void)? = nil) throws -> Report {
        var outputs: [Output] = []
        var files: [PDFOutput.File] = []
        var stale: [(url: URL, reason: String)] = []
        for (index, document) in documents.enumerated() {
            let t0 = DispatchTime.now()
            let url = folder.appendingPathComponent(document.fileName(for: plan))
            guard let pdf = try self.pdf(document) else {
                stale.append((url, "the plan has nothing for the \(document.id) document"))
                continue
            }
            files.append(PDFOutput.File(url: url, pdf: pdf))
            outputs.append(Output(document: document, url: url, pages: pdf.pageCount, milliseconds: Self.ms(since: t0)))
            progress?(.drawn(url.lastPathComponent, pages: pdf.pageCount, done: index + 1, of: documents.count))
        }
        progress?(.writing(files.count))
        let present = stale.map(\.url).filter { FileManager.default.fileExists(atPath: $0.path) }
        try output.write(files, removing: stale)
        let removed = present.filter { !FileManager.default.fileExists(atPath: $0.path) }
        return Report(outputs: outputs, warnings: missingGlyphWarnings(), removed: removed)
    }

    /// Stages of a run, for a progress line.
    public enum Progress {
        /// A document laid out and drawn: its file name, pages, and how far the run is.
        case drawn(String, pages: Int, done: Int, of: Int)
        /// Every document drawn; this many files are being written.
        case writing(Int)
    }

    private func missingGlyphWarnings() -> [String] {
        let missing = context.layout.shaper.missingGlyphs
        guard !missing.isEmpty else { return [] }
        return ["\(missing.count) text(s) hold characters the bundled fonts cannot draw; they print as boxes:\n"
            + missing.prefix(5).map { "  «\($0)»\n" }.joined()
            + "  hint: write them with letters the fonts have, or add a font with those glyphs to Fonts/"]
    }

    static func ms(since t: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1_000_000) }
}
