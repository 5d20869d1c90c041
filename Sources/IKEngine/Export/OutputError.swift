#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why output was not written, with what to do about it.
public enum OutputError: Error, CustomStringConvertible, Sendable {
    /// The target exists and is not something ikplan may replace.
    case refused(URL, String)
    /// A system call failed (errno), for a file.
    case system(URL, String, Int32)
    /// A post-processing step failed on a file.
    case step(URL, String, String)
    /// The output folder cannot be made.
    case folder(URL, String)
    /// Two outputs of one run name the same file.
    case duplicate(URL)
    /// A rename failed after others had succeeded: which files are new.
    indirect case partial(OutputError, replaced: [String])

    public var description: String {
        switch self {
        case .refused(let url, let why):
            return "\(url.path): will not replace it: \(why)\n  hint: move it away or choose another output folder with -o"
        case .system(let url, let what, let code):
            return "\(url.path): \(what): \(String(cString: strerror(code)))" + Self.hint(code)
        case .step(let url, let step, let message):
            return "\(url.path): \(step): \(message)"
        case .folder(let url, let message):
            return "\(url.path): cannot make the output folder: \(message)"
        case .duplicate(let url):
            return "\(url.path): two documents of the run would be written to this file"
        case .partial(let error, let replaced):
            return "\(error)\n  note: already replaced by this run: \(replaced.joined(separator: ", ")); the others are as they were"
        }
    }

    private static func hint(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "\n  hint: the disk (or your quota) is full; free some space and run again"
        case EFBIG: return "\n  hint: the file is larger than the file-size limit (ulimit -f) allows"
        case EACCES, EPERM, EROFS: return "\n  hint: the output folder is not writable; choose another with -o"
        default: return ""
        }
    }
}
