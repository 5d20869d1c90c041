import Foundation

/// Text and JSON renderings of diagnostics, for `ikplan validate`.
extension Diagnostic {
    /// `plan.yaml:42:18: error: risks[3].probability: 5 is outside 1–4`, then `  hint: …` on its own line.
    /// The position is shortened to `file:line:` or `file:` when column or line is unknown (0),
    /// so editors and `grep` read it the same way as compiler output.
    public var text: String {
        var position = file + ":"
        if line > 0 {
            position += "\(line):"
            if column > 0 { position += "\(column):" }
        }
        let severityWord = Messages.text(severity == .error ? .severityError : .severityWarning)
        var out = "\(position) \(severityWord): "
        // "risk 1 has no value" needs no "risk 1:" before it.
        if !shownField.isEmpty, !message.hasPrefix(shownField + " ") { out += "\(shownField): " }
        out += message
        if !hint.isEmpty { out += "\n  \(Messages.text(.hintLabel)): \(hint)" }
        return out
    }
}

extension Diagnostic {
    /// `file` (relative to `folder`) as a path from `currentDirectory`; see `located(in:)`.
    static func displayPath(_ file: String, in folder: String, currentDirectory: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let joined = folder.isEmpty ? file : (folder.hasSuffix("/") ? folder + file : folder + "/" + file)
        let standard = normalized(joined)
        if joined.hasPrefix("/") {
            let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
            return standard.hasPrefix(base) ? String(standard.dropFirst(base.count)) : standard
        }
        return standard
    }

    /// Without "." and empty components, and with "x/.." taken out where x is a name: lexical only,
    /// no link is followed (the user's spelling of the folder stays as typed).
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + body : (body.isEmpty ? "." : body)
    }
}

extension Array where Element == Diagnostic {
    /// One diagnostic per entry, sorted by file then line, each followed by its hint line.
    public func renderedText() -> String {
        sorted().map { $0.text + "\n" }.joined()
    }

    /// A JSON array of objects with file, line, column, severity, field, message, hint (keys sorted,
    /// so the output is stable).
    public func renderedJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(sorted()), let s = String(data: data, encoding: .utf8) else { return "[]" }
        return s + "\n"
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// "no problems", "2 warnings", "3 errors, 1 warning" (Swedish: "inga problem", "3 fel, 1 varning").
    public var summary: String {
        var parts: [String] = []
        if errorCount > 0 { parts.append(Messages.count(errorCount, one: .summaryErrorOne, many: .summaryErrorMany)) }
        if warningCount > 0 { parts.append(Messages.count(warningCount, one: .summaryWarningOne, many: .summaryWarningMany)) }
        return parts.isEmpty ? Messages.text(.summaryNoProblems) : parts.joined(separator: ", ")
    }

    /// The same diagnostics with each file named as seen from the current directory, so an editor or a
    /// terminal can open `examples/ange-2026/plan.yaml:42:18` as printed. `folder` is the plan folder as
    /// the user gave it: a relative folder stays relative, an absolute one under the current directory
    /// becomes relative, any other stays absolute. Files already absolute are left alone.
    public func located(in folder: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> [Diagnostic] {
        map { d in
            var d = d
            d.file = Diagnostic.displayPath(d.file, in: folder, currentDirectory: currentDirectory)
            return d
        }
    }
}
