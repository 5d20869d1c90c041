#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one way PDFs reach the disk: each document of a run goes through the post-processing steps in
/// memory, then all files are written beside their targets, flushed, and only when every one of them is
/// complete renamed into place. A failure anywhere leaves every previous file exactly as it was and no
/// temporary file behind.
public struct PDFOutput: Sendable {
    /// One file of the run.
    public struct File: Sendable {
        /// Where the file goes.
        public var url: URL
        /// Its bytes, after every post-processing step.
        public var pdf: RenderedPDF
        public init(url: URL, pdf: RenderedPDF) { self.url = url; self.pdf = pdf }
    }

    /// What was written, for the report.
    public struct Written: Sendable {
        /// Where the file was written.
        public var url: URL
        /// Its number of pages.
        public var pageCount: Int
        /// Its size in bytes.
        public var byteCount: Int
    }

    /// Run in order on every file: archive metadata, structure, signatures.
    public var steps: [any PDFPostProcessor]

    public init(steps: [any PDFPostProcessor] = []) { self.steps = steps }

    /// The PDF after every step; a step's error names the step.
    public func process(_ pdf: RenderedPDF, for url: URL) throws -> RenderedPDF {
        var pdf = pdf
        for step in steps {
            do { pdf = try step.process(pdf) } catch let e as OutputError { throw e } catch {
                throw OutputError.step(url, step.name, "\(error)")
            }
        }
        return pdf
    }

    /// Post-processes and writes all files, all or nothing. `removing` are outputs of an earlier run that
    /// this run no longer produces: each must be a PDF ikplan wrote (else nothing is written and the
    /// reason is given), and is removed only once every new file is in place. `processed`: the files have
    /// been through `process(_:for:)` already (a run post-processes each document as soon as it is drawn).
    @discardableResult
    public func write(_ files: [File], removing stale: [(url: URL, reason: String)] = [], processed: Bool = false) throws -> [Written] {
        var seen = Set<String>()
        for f in files where !seen.insert(f.url.standardizedFileURL.path).inserted { throw OutputError.duplicate(f.url) }
        let ready = processed ? files : try files.map { File(url: $0.url, pdf: try process($0.pdf, for: $0.url)) }
        for f in ready {
            let folder = f.url.deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw OutputError.folder(folder, (error as NSError).localizedDescription)
            }
            OutputFile.removeStaleTemporaries(in: folder)
            try OutputFile.checkReplaceable(f.url)
        }
        let obsolete = try stale.filter { try OutputFile.checkRemovable($0.url, reason: $0.reason) }.map(\.url)
        var temporaries: [(path: String, slot: Int?)] = []
        do {
            for f in ready {
                let temp = OutputFile.temporary(for: f.url).path
                temporaries.append((temp, OutputSignals.register(temp)))
                try OutputFile.writeDurably(f.pdf.bytes, to: temp, for: f.url)
            }
        } catch {
            for t in temporaries { unlink(t.path); OutputSignals.forget(t.slot) }
            throw error
        }
        Self.holdForTests()
        try OutputSignals.holdingSignals {
            for (index, f) in ready.enumerated() {
                do {
                    try OutputFile.commit(temporaries[index].path, to: f.url)
                    OutputSignals.forget(temporaries[index].slot)
                } catch {
                    for t in temporaries[index...] { unlink(t.path); OutputSignals.forget(t.slot) }
                    let replaced = ready[..<index].map(\.url.lastPathComponent)
                    guard !replaced.isEmpty, let e = error as? OutputError else { throw error }
                    throw OutputError.partial(e, replaced: replaced)
                }
            }
            // After the new files: a failure before this point leaves the old set whole.
            for url in obsolete where unlink(url.path) == 0 { try? OutputFile.syncFolder(of: url) }
        }
        return ready.map { Written(url: $0.url, pageCount: $0.pdf.pageCount, byteCount: $0.pdf.bytes.count) }
    }

    /// `IKPLAN_TEST_HOLD_BEFORE_RENAME_MS`: waits that long with every temporary written and none renamed,
    /// so a test can send a signal (or SIGKILL) to a real run at its most delicate moment. Tests only.
    private static func holdForTests() {
        guard let ms = ProcessInfo.processInfo.environment["IKPLAN_TEST_HOLD_BEFORE_RENAME_MS"].flatMap(Int.init), ms > 0 else { return }
        usleep(UInt32(min(ms, 30_000)) * 1000)
    }
}
