import Dispatch

/// Work started on another core and collected later: `render` sets up fonts and hyphenation while the
/// plan is read, since neither needs the other (the machines here have two cores).
final class Background<Value>: @unchecked Sendable {
    private var result: Result<Value, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work; the semaphore orders the write of `result` before this read.
    func value() throws -> Value {
        done.wait()
        done.signal()          // later calls return at once
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
