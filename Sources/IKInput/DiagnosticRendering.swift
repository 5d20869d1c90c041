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
        var out = "\(position) \(severity.rawValue): "
        if !field.isEmpty { out += "\(field): " }
        out += message
        if !hint.isEmpty { out += "\n  hint: \(hint)" }
        return out
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

    /// "no problems", "2 warnings", "3 errors, 1 warning".
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if errorCount > 0 { parts.append(count(errorCount, "error")) }
        if warningCount > 0 { parts.append(count(warningCount, "warning")) }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
}
