import Foundation
import Yams

/// Turns a Yams/libyaml failure into a diagnostic at the place libyaml stopped.
enum YAMLSyntaxError {
    static func report(_ error: Error, text: String, file: String, log: DiagnosticLog) {
        guard let yamlError = error as? YamlError else {
            log.error(file, SourcePosition(line: 1, column: 1), field: "", "YAML could not be read: \(error)")
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var hint = context.map { "\($0.text) at line \($0.mark.line), column \($0.mark.column)" } ?? ""
            if lineHasTab(text, mark.line) {
                hint = "indent with spaces: YAML does not allow tabs for indentation"
            }
            log.error(file, SourcePosition(line: mark.line, column: mark.column), field: "",
                      "YAML syntax error: \(problem)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams gives the first occurrence; the repeat is what the author must remove.
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            let key = duplicates.first ?? ""
            if let repeatAt = repeatedKey(key, after: first, in: text) {
                log.error(file, repeatAt, field: "", "duplicate key \"\(key)\"; first at line \(first.line)",
                          hint: "each key may appear once in a mapping; remove or rename the repeat")
            } else {
                let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
                log.error(file, first, field: "", "duplicate key \(keys) in the same mapping",
                          hint: "each key may appear once in a mapping; remove or rename the repeat")
            }
        case .reader(let problem, let offset, _, _):
            let at = offset.map { position(ofCharacterOffset: $0, in: text) } ?? SourcePosition(line: 1, column: 1)
            log.error(file, at, field: "", "YAML could not be read: \(problem)")
        default:
            log.error(file, SourcePosition(line: 1, column: 1), field: "", "YAML could not be read: \(yamlError)")
        }
    }

    /// The next line in the same block mapping that starts with `key:` at the first one's column.
    /// Stops at a line indented less than the mapping, where the mapping ends.
    private static func repeatedKey(_ key: String, after first: SourcePosition, in text: String) -> SourcePosition? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.column >= 1, first.line < lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            let leading = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading)
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            if leading < indent { return nil }
            if leading == indent, rest.hasPrefix(key + ":") { return SourcePosition(line: index + 1, column: first.column) }
        }
        return nil
    }

    private static func lineHasTab(_ text: String, _ line: Int) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    private static func position(ofCharacterOffset offset: Int, in text: String) -> SourcePosition {
        var line = 1, column = 1
        for ch in text.prefix(offset) {
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }
}
