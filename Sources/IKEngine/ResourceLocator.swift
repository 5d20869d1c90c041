import Foundation

/// Finds the repository's resource folders (`Fonts`, `Layouts`) wherever ikplan runs from:
/// the working directory, or walking up from the executable (which lives in `.build/<config>/`).
public enum ResourceLocator {
    public static func find(_ name: String) -> URL {
        let fm = FileManager.default
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent(name)
        if fm.fileExists(atPath: cwd.path) { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent(name)
            if fm.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        // Tests: walk up from this source file to the package root.
        var src = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = src.appendingPathComponent(name)
            if fm.fileExists(atPath: candidate.path) { return candidate }
            src = src.deletingLastPathComponent()
        }
        return cwd
    }
}
