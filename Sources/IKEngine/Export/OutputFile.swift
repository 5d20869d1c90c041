#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The file-system side of writing one output file safely: a temporary file beside the target, every
/// write checked and flushed to disk (the file and its folder), and a target that may be replaced only
/// when it is a regular file ikplan wrote.
///
/// Temporary files are named `.<name>.<pid>.partial`; a later run removes those of processes that no
/// longer exist (left by SIGKILL or a power cut).
enum OutputFile {
    /// The temporary file for `target` in this process.
    static func temporary(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial")
    }

    /// The pid in a temporary file's name, when the name is of our making.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".partial") else { return nil }
        let parts = name.dropFirst().dropLast(".partial".count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, !last.isEmpty, last.allSatisfy(\.isASCII),
              let pid = pid_t(last), pid > 0, !parts.dropLast().joined().isEmpty else { return nil }
        return pid
    }

    /// Removes temporaries of our naming in `folder` whose process is gone. Our own pid counts as gone:
    /// this run has not made its temporaries yet, and a pid is reused across runs in containers.
    static func removeStaleTemporaries(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = temporaryOwner(name) else { continue }
            let alive = pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
            guard !alive else { continue }
            let path = folder.appendingPathComponent(name).path
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// Refuses a target that exists and is not a regular file that ikplan wrote: a folder, a link, a
    /// device, or someone else's file of that name is never replaced.
    static func checkReplaceable(_ target: URL) throws {
        var st = stat()
        guard lstat(target.path, &st) == 0 else {
            if errno == ENOENT { return }
            throw OutputError.refused(target, "cannot look at it (\(String(cString: strerror(errno))))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            guard isOurPDF(target) else {
                throw OutputError.refused(target, "it exists and is not a PDF that ikplan wrote")
            }
        case S_IFDIR: throw OutputError.refused(target, "it is a folder")
        case S_IFLNK: throw OutputError.refused(target, "it is a symbolic link")
        default: throw OutputError.refused(target, "it is not a regular file")
        }
    }

    /// Whether an output of an earlier run that this run no longer produces is there to remove: false when
    /// nothing is there; throws when something is there that ikplan did not write (it stays, and so does
    /// everything else), saying `reason` (why this run does not write it) so the user can act.
    static func checkRemovable(_ url: URL, reason: String) throws -> Bool {
        var st = stat()
        guard lstat(url.path, &st) == 0 else { return false }
        guard (st.st_mode & S_IFMT) == S_IFREG, isOurPDF(url) else {
            throw OutputError.refused(url, "this run does not write it (\(reason)), so an old copy would lie beside the new files, "
                + "and it is not a PDF that ikplan wrote, so ikplan will not remove it")
        }
        return true
    }

    /// A PDF whose creator (document information `/Creator (ikplan …)` or XMP `xmp:CreatorTool`) names
    /// ikplan: the word "ikplan" in a page's text or in another program's metadata does not count.
    static func isOurPDF(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe), data.starts(with: Array("%PDF-".utf8)) else {
            return false
        }
        return data.withUnsafeBytes { bytes in
            creatorMarks.contains { contains($0, in: bytes) }
        }
    }

    /// How our writer names itself: Cairo's info dictionary and the XMP packet of the archive step.
    static let creatorMarks = ["/Creator (ikplan ", "<xmp:CreatorTool>ikplan "].map { Array($0.utf8) }

    /// Whether `needle` (not empty) occurs in `haystack`: memchr finds candidates for its first byte.
    static func contains(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
        var at = 0
        let last = haystack.count - needle.count
        while at <= last {
            guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return false }
            let i = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + i, needle, needle.count) == 0 { return true }
            at = i + 1
        }
        return false
    }

    /// Writes `bytes` to a new file at `path` (which must not exist) and makes them durable: every write
    /// checked, the size checked, fsync before close. Removes the file on failure.
    static func writeDurably(_ bytes: Data, to path: String, for target: URL) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        if fd < 0, errno == EEXIST {
            // A leftover of an earlier process with our pid that no other process can own now.
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        }
        guard fd >= 0 else { throw OutputError.system(target, "cannot create a file beside it", errno) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + done }, raw.count - done)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { failure = EIO; return }
                done += n
            }
        }
        if failure == 0 {
            var st = stat()
            if fstat(fd, &st) != 0 { failure = errno } else if Int(st.st_size) != bytes.count { failure = EIO }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw OutputError.system(target, "cannot write it", failure)
        }
    }

    /// Renames the finished temporary into place and flushes the folder, so the new name survives a crash.
    static func commit(_ temporary: String, to target: URL) throws {
        guard rename(temporary, target.path) == 0 else { throw OutputError.system(target, "cannot move it into place", errno) }
        try syncFolder(of: target)
    }

    static func syncFolder(of target: URL) throws {
        let fd = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError.system(target, "cannot open its folder to flush it", errno) }
        defer { close(fd) }
        // Some file systems cannot flush a folder (EINVAL); the rename is as durable as they allow.
        if fsync(fd) != 0, errno != EINVAL { throw OutputError.system(target, "cannot flush its folder", errno) }
    }
}
