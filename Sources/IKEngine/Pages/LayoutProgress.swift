import Foundation

/// Counts pages as the paginator fills them, for a progress line on a long run. The command line sets a
/// listener; the engine only reports ("one more page") and knows nothing of terminals. Thread-safe:
/// documents may be laid out on several threads.
public final class LayoutProgress: @unchecked Sendable {
    public static let shared = LayoutProgress()
    private let lock = NSLock()
    private var listener: (@Sendable (Int) -> Void)?
    private var pages = 0

    /// `listener` hears the running total of pages laid out in this process; nil stops it.
    public func listen(_ listener: (@Sendable (Int) -> Void)?) {
        lock.lock(); defer { lock.unlock() }
        self.listener = listener
    }

    func pageLaidOut() {
        lock.lock()
        pages += 1
        let (n, l) = (pages, listener)
        lock.unlock()
        l?(n)
    }
}
