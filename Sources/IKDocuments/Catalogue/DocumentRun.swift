import Dispatch
import Foundation
import IKEngine
import IKInput
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
    /// documents' PDFs; nil when the plan has nothing for it. Pages laid out only for this are let go
    /// once drawn: a large plan's pages take far more memory than its PDF.
    public func pdf(_ document: Document) throws -> RenderedPDF? {
        if let done = drawn[document.id] { return done }
        let made: RenderedPDF?
        if let assemble = document.assemble {
            made = try assemble(self)
        } else if let pages = laidOut[document.id] {
            made = try pages?.pdf()
        } else {
            made = try document.make?(self, document)?.pdf()
        }
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
    ///
    /// With `alongside` (a second context: fonts and shaper of its own, since Pango serialises each
    /// context), the documents are shared out over two threads: those that reuse each other's pages (the
    /// bundle, the plan, the minutes) stay together, and each thread post-processes what it has drawn.
    /// Every document is made from the plan alone, so the bytes do not depend on which thread made it.
    public func write(_ documents: [Document] = DocumentCatalogue.all, to folder: URL,
                      output: PDFOutput = PDFOutput(), progress: (@Sendable (Progress) -> Void)? = nil,
                      alongside: DocumentContext? = nil) throws -> Report {
        let groups = DocumentLanes.groups(documents)
        let counter = DrawnCount(total: documents.count, progress: progress)
        let queue = DocumentLanes.Queue(groups.count)
        var finished: [(Int, [LaneResult])]
        var missing = missingGlyphs
        if let alongside, groups.count > 1 {
            let (plan, layouts) = (self.plan, self.layouts)
            // Task-local values do not follow work onto a dispatch thread: the messages' language is carried over.
            let language = Messages.language
            let second = BackgroundWork { () throws -> ([(Int, [LaneResult])], [String]) in
                try Messages.$language.withValue(language) {
                    let other = DocumentRun(plan: plan, folder: folder, context: alongside, layouts: layouts)
                    let done = try other.drawLane(groups, queue: queue, folder: folder, output: output, counter: counter)
                    return (done, other.missingGlyphs)
                }
            }
            let mine = Result { try drawLane(groups, queue: queue, folder: folder, output: output, counter: counter) }
            let theirs = Result { try second.value() }     // waited for even when this lane failed
            let own = try mine.get()
            let (done, glyphs) = try theirs.get()
            finished = own + done
            // Sorted: which lane met a text depends on timing, the message must not.
            missing = Array(Set(missingGlyphs + glyphs)).sorted()
        } else {
            finished = try drawLane(groups, queue: queue, folder: folder, output: output, counter: counter)
        }
        let results = finished.sorted { $0.0 < $1.0 }.flatMap(\.1)
        // Back into the order asked for: the report and the files follow it, whoever drew them.
        let byID = Dictionary(results.map { ($0.document.id, $0) }, uniquingKeysWith: { a, _ in a })
        let done = documents.compactMap { byID[$0.id] }
        var outputs: [Output] = []
        var files: [PDFOutput.File] = []
        var stale: [(url: URL, reason: String)] = []
        for r in done {
            if let pdf = r.pdf {
                files.append(PDFOutput.File(url: r.url, pdf: pdf))
                outputs.append(Output(document: r.document, url: r.url, pages: pdf.pageCount, milliseconds: r.milliseconds))
            } else {
                stale.append((r.url, "the plan has nothing for the \(r.document.id) document"))
            }
        }
        progress?(.writing(files.count))
        let present = stale.map(\.url).filter { FileManager.default.fileExists(atPath: $0.path) }
        try output.write(files, removing: stale, processed: true)
        let removed = present.filter { !FileManager.default.fileExists(atPath: $0.path) }
        return Report(outputs: outputs, warnings: Self.missingGlyphWarnings(missing), removed: removed)
    }

    /// One document drawn and post-processed by a lane (nil pdf: the plan has nothing for it).
    private struct LaneResult: Sendable {
        var document: Document
        var url: URL
        var pdf: RenderedPDF?
        var milliseconds: Int
    }

    /// Takes groups off `queue` until none is left: each document laid out, drawn and post-processed.
    /// A failure stops this lane; the queue tells the other lane to stop too.
    private func drawLane(_ groups: [[Document]], queue: DocumentLanes.Queue, folder: URL, output: PDFOutput,
                          counter: DrawnCount) throws -> [(Int, [LaneResult])] {
        var out: [(Int, [LaneResult])] = []
        while let index = queue.next() {
            var results: [LaneResult] = []
            do {
                for document in groups[index] {
                    let t0 = DispatchTime.now()
                    let url = folder.appendingPathComponent(document.fileName(for: plan))
                    guard let pdf = try self.pdf(document) else {
                        results.append(LaneResult(document: document, url: url, pdf: nil, milliseconds: 0))
                        continue
                    }
                    let ms = Self.ms(since: t0)
                    counter.report(url.lastPathComponent, pages: pdf.pageCount)
                    results.append(LaneResult(document: document, url: url, pdf: try output.process(pdf, for: url), milliseconds: ms))
                }
            } catch {
                queue.stop()
                throw error
            }
            out.append((index, results))
        }
        return out
    }
    /// Stages of a run, for a progress line.
    public enum Progress: Sendable {
        /// A document laid out and drawn: its file name, pages, and how far the run is.
        case drawn(String, pages: Int, done: Int, of: Int)
        /// Every document drawn; this many files are being written.
        case writing(Int)
    }

    /// Texts (shortened) this run's shaper found characters without a glyph in.
    private var missingGlyphs: [String] { context.layout.shaper.missingGlyphs }

    private static func missingGlyphWarnings(_ missing: [String]) -> [String] {
        guard !missing.isEmpty else { return [] }
        return ["\(missing.count) text(s) hold characters the bundled fonts cannot draw; they print as boxes:\n"
            + missing.prefix(5).map { "  «\($0)»\n" }.joined()
            + "  hint: write them with letters the fonts have, or add a font with those glyphs to Fonts/"]
    }

    static func ms(since t: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1_000_000) }
}
