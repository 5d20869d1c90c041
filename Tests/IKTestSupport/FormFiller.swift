import Foundation

/// Fills form fields of a PDF with real tools, as a PDF reader would (test tooling only): pikepdf (qpdf)
/// saving the whole file with object streams and its own appearance streams, or pyHanko's incremental
/// writer appending an update. Both live in the cached pyHanko venv (~/.cache/ikplan-tools/pyhanko, or
/// $IKPLAN_TOOL_CACHE), pikepdf added to it on first use; Tests/Tools/fill_form.py does the filling.
public enum FormFiller {
    public enum Mode: String { case pikepdf, incremental }

    public static let versions = ["pyhanko==0.38.0", "pyhanko-cli==0.6.0", "pikepdf==10.18.0"]

    static var cache: URL {
        if let dir = ProcessInfo.processInfo.environment["IKPLAN_TOOL_CACHE"] { return URL(fileURLWithPath: dir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/ikplan-tools")
    }

    static var python: String { cache.appendingPathComponent("pyhanko/bin/python").path }

    private static let installed: Result<String, Error> = {
        let fm = FileManager.default
        do {
            if (try? PDFTool.execute(python, ["-c", "import pikepdf, pyhanko"]).status) == 0 { return .success(python) }
            try fm.createDirectory(at: cache, withIntermediateDirectories: true)
            let venv = cache.appendingPathComponent("pyhanko").path
            if !fm.isExecutableFile(atPath: python) {
                let r = try PDFTool.execute("python3", ["-m", "venv", venv])
                guard r.status == 0 else { throw MissingPrerequisite(description: "python3 -m venv failed: \(r.stderr)") }
            }
            let r = try PDFTool.execute(venv + "/bin/pip", ["install", "-q"] + versions)
            guard r.status == 0 else { throw MissingPrerequisite(description: "pip install \(versions.joined(separator: " ")) failed: \(r.stderr)") }
            return .success(python)
        } catch {
            return .failure(error)
        }
    }()

    /// Writes `output`: `input` with `values` (field name → text, or true/false for a check box) filled in.
    public static func fill(_ input: URL, to output: URL, values: [String: Any], mode: Mode) throws {
        let python: String
        switch installed {
        case .success(let p): python = p
        case .failure(let e): throw missingPrerequisite("pikepdf/pyHanko cannot be installed here: \(e)")
        }
        let json = output.deletingPathExtension().appendingPathExtension("json")
        try JSONSerialization.data(withJSONObject: values, options: [.sortedKeys]).write(to: json)
        let script = packageRoot.appendingPathComponent("Tests/Tools/fill_form.py").path
        let r = try PDFTool.execute(python, [script, mode.rawValue, input.path, output.path, json.path])
        guard r.status == 0 else { throw PDFToolError(command: r.command, status: r.status, stderr: r.stderr) }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
