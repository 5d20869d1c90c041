import Dispatch
import Foundation
import IKDocuments
import IKEngine
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress report on standard error for runs longer than about a second (what is drawn,
/// what is being written), redrawn in place; nothing at all when standard error is not a terminal, so
/// logs and pipes see only the final report.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    /// When the line was last redrawn for a page count (at most ten times a second).
    private var lastPageLine: UInt64 = 0
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
        if self.enabled { LayoutProgress.shared.listen { [weak self] n in self?.pagesLaidOut(n) } }
    }

    private func pagesLaidOut(_ n: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock(); defer { lock.unlock() }
        guard now - start.uptimeNanoseconds >= after, now - lastPageLine >= 100_000_000 else { return }
        lastPageLine = now
        draw("laying out: \(RenderCommand.pages(n)) so far")
    }

    /// Redraws the line; the caller holds the lock.
    private func draw(_ text: String) {
        StandardStreams.error("\r\u{1B}[K" + text)
        shown = true
    }

    func report(_ progress: DocumentRun.Progress) {
        lock.lock(); defer { lock.unlock() }
        guard enabled, DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds >= after else { return }
        let text: String
        switch progress {
        case let .drawn(name, pages, done, total): text = "laid out \(name): \(RenderCommand.pages(pages)) (\(done)/\(total))"
        case let .writing(n): text = "writing \(n) \(n == 1 ? "document" : "documents")…"
        }
        draw(text)
    }

    /// Clears the line, so the report that follows starts at the margin.
    func finish() {
        LayoutProgress.shared.listen(nil)
        lock.lock(); defer { lock.unlock() }
        if shown { StandardStreams.error("\r\u{1B}[K") }
        shown = false
    }
}
