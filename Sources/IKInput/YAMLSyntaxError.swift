import Foundation
import Yams

/// Turns a Yams/libyaml failure into a diagnostic at the place libyaml stopped.
enum YAMLSyntaxError {
    static func report(_ error: Error, text: String, file: String, log: DiagnosticLog) {
        guard let yamlError = error as? YamlError else {
            log.error(file, SourcePosition(line: 1, column: 1), field: "", Messages.text(.yamlUnreadable, "\(error)"))
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let at = SourcePosition(line: mark.line, column: mark.column)
            let opened = context.map { SourcePosition(line: $0.mark.line, column: $0.mark.column) }
            if let plain = YAMLSyntaxAdvice(source: YAMLSource(text)).explain(problem: problem, at: at, contextAt: opened) {
                log.error(file, plain.position, field: "", plain.message, hint: plain.hint)
                return
            }
            var hint = context.map { Messages.text(.yamlContext, $0.text, $0.mark.line, $0.mark.column) } ?? ""
            if lineHasTab(text, mark.line) {
                hint = Messages.text(.yamlTab)
            }
            log.error(file, at, field: "", Messages.text(.yamlSyntax, libyamlWords(problem)), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams gives the first occurrence; the repeat is what the author must remove.
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            let key = duplicates.first ?? ""
            if let repeatAt = repeatedKey(key, after: first, in: text) {
                log.error(file, repeatAt, field: "", Messages.text(.duplicateKey, key, first.line),
                          hint: Messages.text(.duplicateKeyHint))
            } else {
                let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
                log.error(file, first, field: "", Messages.text(.duplicateKeys, keys), hint: Messages.text(.duplicateKeyHint))
            }
        case .reader(let problem, let offset, _, _):
            let at = offset.map { position(ofCharacterOffset: $0, in: text) } ?? SourcePosition(line: 1, column: 1)
            log.error(file, at, field: "", Messages.text(.yamlUnreadable, problem))
        default:
            log.error(file, SourcePosition(line: 1, column: 1), field: "", Messages.text(.yamlUnreadable, "\(yamlError)"))
        }
    }

    /// libyaml's most common problems in the message language; others stay as libyaml says them.
    static func libyamlWords(_ problem: String) -> String {
        let known: [(String, MessageID)] = [
            ("did not find expected key", .libyamlNoKey), ("could not find expected ':'", .libyamlNoColon),
            ("did not find expected '-' indicator", .libyamlNoDash), ("mapping values are not allowed", .libyamlMappingValues),
            ("found character that cannot start any token", .libyamlBadCharacter), ("found unexpected end of stream", .libyamlEndOfFile),
            ("found undefined alias", .libyamlUndefinedAlias), ("found a tab character that violates indentation", .libyamlTab),
        ]
        guard Messages.language == .swedish, let match = known.first(where: { problem.contains($0.0) }) else { return problem }
        return Messages.text(match.1)
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
