import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading one input file as a hostile folder may present it: the path is resolved (every symbolic link
/// followed) and must stay inside the folder it is confined to; the file is opened without blocking (a named
/// pipe never hangs the run), must be a regular file and is read up to a size limit. Each failure says what
/// the file actually is, so the message can tell a secretary what to do.
public enum InputFile {
    /// Why a file could not be used.
    public enum Failure: Error, Equatable, Sendable {
        /// Nothing at that path.
        case missing
        /// A symbolic link whose target does not exist.
        case danglingLink(target: String)
        /// The path resolves (through a link) to `resolved`, outside the folder.
        case outside(resolved: String)
        /// Not a regular file: `kind` says what it is ("a folder", "a named pipe (FIFO)", "a device").
        case notRegular(kind: String)
        /// Larger than the limit for this kind of file.
        case tooLarge(limit: Int)
        /// The process has no file descriptor left (`ulimit -n`).
        case tooManyOpenFiles
        /// Any other reason the system gives (permission denied, an I/O error).
        case unreadable(reason: String)
    }

    /// The bytes of `name` (a path relative to `folder`, already checked not to be absolute or climb with
    /// ".."), refused when it resolves outside `folder`. `limit` bounds the bytes read.
    public static func read(_ name: String, confinedTo folder: URL, limit: Int) -> Result<[UInt8], Failure> {
        let candidate = folder.appendingPathComponent(name).path
        switch resolve(candidate, confinedTo: folder.path) {
        case .failure(let f): return .failure(f)
        case .success(let resolved): return read(path: resolved, limit: limit)
        }
    }

    /// The bytes of the file at `path`, not confined (a file named on the command line), but still opened
    /// without blocking, regular files only, up to `limit` bytes.
    public static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(failure(errno: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(failure(errno: errno, path: path)) }
        if let kind = nonRegularKind(info.st_mode) { return .failure(.notRegular(kind: kind)) }
        if info.st_size > limit { return .failure(.tooLarge(limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno: errno, path: path))
            }
            if n == 0 { break }
            // The file may grow while it is read: the limit holds for what is read, not only for fstat.
            if bytes.count + n > limit { return .failure(.tooLarge(limit: limit)) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    /// Whether `name` in `folder` could be opened as a regular file inside it (for the exit status).
    public static func isUsable(_ name: String, confinedTo folder: URL) -> Bool {
        switch read(name, confinedTo: folder, limit: Int.max) {
        case .success, .failure(.tooLarge): return true
        case .failure: return false
        }
    }

    /// The real path of `path` (every link resolved), or why it cannot be used.
    static func resolve(_ path: String, confinedTo folder: String) -> Result<String, Failure> {
        guard let realFolder = realPath(folder) else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : failure(errno: errno, path: folder))
        }
        guard let resolved = realPath(path) else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                // A link to nothing is worth naming: the file seems to be there in a listing.
                var info = stat()
                if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                    return .failure(.danglingLink(target: linkTarget(path) ?? "?"))
                }
                return .failure(.missing)
            }
            return .failure(failure(errno: reason, path: path))
        }
        let inside = realFolder == "/" ? resolved.hasPrefix("/") : resolved.hasPrefix(realFolder + "/")
        guard inside else { return .failure(.outside(resolved: resolved)) }
        return .success(resolved)
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// What a non-regular file is, in words; nil for a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    private static func failure(errno code: Int32, path: String) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: return .missing
        case EMFILE, ENFILE: return .tooManyOpenFiles
        default: return .unreadable(reason: String(cString: strerror(code)))
        }
    }
}

extension InputFile.Failure {
    /// "inledning.md is a named pipe (FIFO)": what is wrong with the file called `name`, in words.
    public func describe(_ name: String, what: String) -> (message: String, hint: String) {
        switch self {
        case .missing:
            return (Messages.text(.fileNotFound, what, name), Messages.text(.fileNotFoundHint))
        case .danglingLink(let target):
            return (Messages.text(.danglingLink, what, name, target), Messages.text(.danglingLinkHint))
        case .outside(let resolved):
            return (Messages.text(.leadsOutside, what, name, resolved), Messages.text(.leadsOutsideHint))
        case .notRegular(let kind):
            return (Messages.text(.notAFile, what, name, Self.shown(kind: kind)), Messages.text(.notAFileHint))
        case .tooLarge(let limit):
            return (Messages.text(.limitFileTooLarge, what, name, InputLimits.describe(bytes: limit)),
                    Messages.text(.limitFileTooLargeHint))
        case .tooManyOpenFiles:
            return (Messages.text(.limitTooManyOpen, what, name),
                    Messages.text(.limitTooManyOpenHint))
        case .unreadable(let reason):
            return (Messages.text(.fileCannotBeRead, what, name, reason.prefix(1).lowercased() + reason.dropFirst()),
                    Messages.text(.fileCannotBeReadHint))
        }
    }

    /// The kind of a non-regular file in the message language (the English words stay the failure's value).
    static func shown(kind: String) -> String {
        switch kind {
        case "a folder": return Messages.text(.kindFolder)
        case "a named pipe (FIFO)": return Messages.text(.kindPipe)
        case "a device": return Messages.text(.kindDevice)
        case "a socket": return Messages.text(.kindSocket)
        case "not a regular file": return Messages.text(.kindOther)
        default: return kind
        }
    }

    /// "it is a named pipe (FIFO), not a file": the failure as a clause, for files named on the command line.
    public var reason: String {
        switch self {
        case .missing: return "it does not exist"
        case .danglingLink(let target): return "it is a symbolic link to \(target), which does not exist"
        case .outside(let resolved): return "it leads to \(resolved)"
        case .notRegular(let kind): return "it is \(kind), not a file"
        case .tooLarge(let limit): return "it is larger than \(InputLimits.describe(bytes: limit)), the limit for it"
        case .tooManyOpenFiles: return "the process may not open more files (ulimit -n is too low)"
        case .unreadable(let why): return why.prefix(1).lowercased() + why.dropFirst()
        }
    }
}
