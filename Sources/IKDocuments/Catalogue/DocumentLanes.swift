import Dispatch
import Foundation

/// How a run shares its documents out over two threads: documents that reuse each other's pages form one
/// group (the bundle with the plan and the minutes), and each thread takes the next group off a queue.
enum DocumentLanes {
    /// `documents` in groups (the documents joined by `uses`, directly or through others), each group in
    /// the order given, the groups in the order of their first member.
    static func groups(_ documents: [Document]) -> [[Document]] {
        // Union–find over the positions in `documents`.
        var parent = Array(documents.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (i, document) in documents.enumerated() {
            for (j, other) in documents.enumerated() where document.uses.contains(other.id) {
                let (a, b) = (root(i), root(j))
                parent[max(a, b)] = min(a, b)         // the earlier document names the group
            }
        }
        var order: [Int] = []
        var members: [Int: [Document]] = [:]
        for (i, document) in documents.enumerated() {
            let r = root(i)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(document)
        }
        return order.map { members[$0] ?? [] }
    }

    /// The groups not yet taken, handed out in order; after `stop()` (a lane failed) none is handed out.
    final class Queue: Sendable {
        private let state: Locked<(next: Int, stopped: Bool)>
        private let count: Int

        init(_ count: Int) { self.count = count; state = Locked((0, false)) }

        /// The index of the next group to draw, or nil when none is left.
        func next() -> Int? {
            state.withLock { s in
                guard !s.stopped, s.next < count else { return nil }
                defer { s.next += 1 }
                return s.next
            }
        }

        func stop() { state.withLock { $0.stopped = true } }
    }
}

/// The documents drawn so far, for the progress line: lanes report as they finish a document.
final class DrawnCount: Sendable {
    private let done = Locked(0)
    private let total: Int
    private let progress: (@Sendable (DocumentRun.Progress) -> Void)?

    init(total: Int, progress: (@Sendable (DocumentRun.Progress) -> Void)?) { self.total = total; self.progress = progress }

    /// A document drawn: its file name and pages.
    func report(_ name: String, pages: Int) {
        // Under the lock, so the line counts up in order whichever lane reports.
        done.withLock { n in
            n += 1
            progress?(.drawn(name, pages: pages, done: n, of: total))
        }
    }

}

/// Work started on another core and collected later: a command sets up fonts and hyphenation while the
/// plan is read, and a run's second thread draws its share of the documents (the machines have two cores).
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Locked<Result<Value, Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [result, done] in
            let r = Result { try work() }
            result.withLock { $0 = r }
            done.signal()
        }
    }

    /// Waits for the work, then gives its value or throws its error; later calls return at once.
    public func value() throws -> Value {
        done.wait()
        done.signal()
        guard let r = result.withLock({ $0 }) else { throw CancellationError() }
        return try r.get()
    }
}

/// A value behind a lock: `Synchronization.Mutex` in small, since that one needs macOS 15 and the
/// package still builds for macOS 13.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value to itself; the lock makes the unchecked Sendable true.
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body(&value)
    }
}
