import Dispatch
import Foundation
import IKDocuments
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress report on standard error for runs longer than about a second (what is drawn,
/// what is being written), redrawn in place; nothing at all when standard error is not a terminal, so
/// logs and pipes see only the final report.
final class ProgressLine {
    private let start: DispatchTime
    private let enabled: Bool
    /// Whether anything was drawn (and must be cleared before the report).
    private var shown = false
    /// Quiet for this long; `IKPLAN_PROGRESS_AFTER_MS` changes it (tests).
    private let after: UInt64

    init(start: DispatchTime, enabled: Bool) {
        self.start = start
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        let ms = ProcessInfo.processInfo.environment["IKPLAN_PROGRESS_AFTER_MS"].flatMap(UInt64.init) ?? 1000
        self.after = ms * 1_000_000
    }

    func report(_ progress: DocumentRun.Progress) {
        guard enabled, DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds >= after else { return }
        let text: String
        switch progress {
        case let .drawn(name, pages, done, total): text = "laid out \(name): \(RenderCommand.pages(pages)) (\(done)/\(total))"
        case let .writing(n): text = "writing \(n) \(n == 1 ? "document" : "documents")…"
        }
        StandardStreams.error("\r\u{1B}[K" + text)
        shown = true
    }

    /// Clears the line, so the report that follows starts at the margin.
    func finish() {
        if shown { StandardStreams.error("\r\u{1B}[K") }
        shown = false
    }
}
