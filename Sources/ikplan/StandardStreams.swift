import Foundation
import IKInput
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error written with write(2), never with `FileHandle.write`, which traps when the
/// stream is closed (`2>&-`) or full (`>/dev/full`): a lost diagnostic is never a crash, and a report that
/// could not be written is an error the caller turns into an exit status.
enum StandardStreams {
    /// Before anything is opened: a closed descriptor 0, 1 or 2 is reopened on /dev/null, so no file this
    /// run opens (a temporary PDF) can take its number and receive diagnostics meant for the terminal.
    static func secure() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0, null != fd { dup2(null, fd); close(null) }
        }
    }

    /// The open files a run needs at most at once: the standard streams, fonts, the plan's files one at a
    /// time, every PDF of the run and its folder, and libdispatch's event descriptors (which it cannot do
    /// without: it traps).
    static let neededDescriptors: rlim_t = 32

    /// Raises the soft limit of open files to what a run needs when the hard limit allows; otherwise says
    /// so and exits 1 before anything is read or written.
    static func ensureDescriptors() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < neededDescriptors else { return }
        if limit.rlim_max >= neededDescriptors {      // RLIM_INFINITY is the largest value
            limit.rlim_cur = neededDescriptors
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 { return }
        }
        error("ikplan: error: this process may open only \(limit.rlim_cur) files at once (ulimit -n); ikplan needs \(neededDescriptors)\n  hint: raise the limit (ulimit -n 1024) and run again\n")
        exit(ExitStatus.failure.rawValue)
    }

    /// Writes all of `text` to standard error; a failure is ignored, since there is nowhere left to say it.
    static func error(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to standard output; throws when it could not (the report would be lost).
    static func output(_ text: String) throws {
        if let failure = write(text, to: STDOUT_FILENO) {
            error("ikplan: error: cannot write to standard output: \(failure)\n")
            throw WriteFailure(reason: failure)
        }
    }

    struct WriteFailure: Error { var reason: String }

    /// Nil when every byte was written, else the system's reason.
    private static func write(_ text: String, to fd: Int32) -> String? {
        var bytes = Array(text.utf8)   // var: write(2) takes the buffer's address
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + done, buffer.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if n == 0 { return "nothing could be written" }
            done += n
        }
        return nil
    }
}
