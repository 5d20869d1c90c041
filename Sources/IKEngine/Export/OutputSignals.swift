#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The run's temporary files, known to a signal handler so SIGINT, SIGTERM and SIGHUP never leave one
/// behind. A signal that arrives while files are being renamed into place waits until the last rename,
/// so a run replaces all of its files or none.
///
/// The handler may only call async-signal-safe functions (unlink, signal, raise), so the paths live in
/// a fixed table of C strings, never freed: a run writes a handful of files.
public enum OutputSignals {
    static let capacity = 256
    /// The table: a slot is nil or a NUL-terminated path. Allocated once, before any handler runs.
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    /// Non-zero while files are being renamed into place.
    nonisolated(unsafe) static var committing: Int32 = 0
    /// The signal that arrived during the renames, re-raised after the last one.
    nonisolated(unsafe) static var pending: Int32 = 0
    private static let lock = NSLock()

    /// Installs the handlers: SIGINT, SIGTERM and SIGHUP remove the run's temporary files, then end the
    /// process as the signal would have; SIGXFSZ (over the file-size limit) is ignored, so the write
    /// fails with EFBIG and the run reports it instead of being killed. Call once, early, from a program.
    public static func install() {
        _ = slots
        signal(SIGXFSZ, SIG_IGN)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, { sig in
                if OutputSignals.committing != 0 { OutputSignals.pending = sig; return }
                OutputSignals.removeAllAndRaise(sig)
            })
        }
    }

    /// Async-signal-safe: unlinks every registered file, then dies of `sig` with the default action.
    static func removeAllAndRaise(_ sig: Int32) {
        for i in 0..<capacity { if let path = slots[i] { unlink(path) } }
        signal(sig, SIG_DFL)
        raise(sig)
    }

    /// Remembers `path` for the handler; returns the slot to `forget` once the file is gone or renamed.
    static func register(_ path: String) -> Int? {
        lock.lock(); defer { lock.unlock() }
        for i in 0..<capacity where slots[i] == nil {
            slots[i] = strdup(path)      // never freed: the handler may be reading it on another thread
            return i
        }
        return nil                       // table full: the file is still removed on errors, not on signals
    }

    static func forget(_ slot: Int?) {
        guard let slot else { return }
        lock.lock(); defer { lock.unlock() }
        slots[slot] = nil
    }

    /// Runs `body` (the renames) with signals held back, then acts on one that arrived meanwhile.
    static func holdingSignals<T>(_ body: () throws -> T) rethrows -> T {
        committing = 1
        defer {
            committing = 0
            if pending != 0 { removeAllAndRaise(pending) }
        }
        return try body()
    }
}
