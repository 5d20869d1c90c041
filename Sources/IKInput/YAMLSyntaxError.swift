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
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            log.error(file, SourcePosition(line: context.mark.line, column: context.mark.column), field: "",
                      "duplicate key \(keys) in the same mapping", hint: "each key may appear once; remove or rename the repeats")
        case .reader(let problem, let offset, _, _):
            let at = offset.map { position(ofCharacterOffset: $0, in: text) } ?? SourcePosition(line: 1, column: 1)
            log.error(file, at, field: "", "YAML could not be read: \(problem)")
        default:
            log.error(file, SourcePosition(line: 1, column: 1), field: "", "YAML could not be read: \(yamlError)")
        }
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
