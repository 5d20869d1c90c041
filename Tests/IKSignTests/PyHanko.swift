import Foundation
import IKTestSupport
import XCTest

/// pyHanko (PyPI pyhanko + pyhanko-cli), test tooling only: installed on demand into a cached virtual
/// environment. Without network or Python it skips locally and fails under CI=true.
enum PyHanko {
    static let versions = ["pyhanko==0.38.0", "pyhanko-cli==0.6.0"]

    /// The cache folder: $IKPLAN_TOOL_CACHE or ~/.cache/ikplan-tools.
    static var cache: URL {
        if let dir = ProcessInfo.processInfo.environment["IKPLAN_TOOL_CACHE"] { return URL(fileURLWithPath: dir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/ikplan-tools")
    }

    static var binary: URL { cache.appendingPathComponent("pyhanko/bin/pyhanko") }

    private static let installed: Result<URL, Error> = {
        let fm = FileManager.default
        if fm.isExecutableFile(atPath: binary.path) { return .success(binary) }
        do {
            try fm.createDirectory(at: cache, withIntermediateDirectories: true)
            let venv = cache.appendingPathComponent("pyhanko").path
            var r = try PDFTool.execute("python3", ["-m", "venv", venv])
            guard r.status == 0 else { throw NSError(domain: "pyhanko-install", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.command.joined(separator: " ") + ": " + r.stderr]) }
            r = try PDFTool.execute(venv + "/bin/pip", ["install", "-q"] + versions)
            guard r.status == 0 else { throw NSError(domain: "pyhanko-install", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.command.joined(separator: " ") + ": " + r.stderr]) }
            return .success(binary)
        } catch {
            return .failure(error)
        }
    }()

    /// The pyhanko executable, installing it on first use.
    static func executable() throws -> String {
        switch installed {
        case .success(let url): return url.path
        case .failure(let error):
            throw missingPrerequisite("pyHanko cannot be installed here: \(error)")
        }
    }

    /// Runs pyhanko with arguments; returns status and combined output.
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let r = try PDFTool.execute(try executable(), args)
        return (r.status, r.text + r.stderr)
    }
}
