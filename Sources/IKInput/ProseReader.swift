import Foundation
import IKModel
import Yams

/// Reads a prose value: an inline Markdown string, or `{file: name.md}` naming a UTF-8 file in the
/// plan folder. Problems inside a file are reported in that file; a missing or undecodable file is
/// reported where plan.yaml names it.
struct ProseReader {
    let folder: URL
    /// The plan's text so far, against `InputLimits.totalTextBytes`.
    let tally: TextTally

    func read(_ field: YAMLField) -> Prose? {
        switch field.node {
        case .scalar(let scalar):
            guard let text = field.text() else { return nil }
            // field.text() refuses control characters; its length was checked with plan.yaml (TextBudget).
            // Block scalars (| and >) start on the line after the key; others on the key's line.
            let firstLine = scalar.style == .literal || scalar.style == .folded ? field.position.line + 1 : field.position.line
            let blocks = MarkdownConverter { severity, line, column, message, hint in
                let at = SourcePosition(line: firstLine + line - 1, column: line == 1 && firstLine == field.position.line ? field.position.column + column - 1 : 0)
                report(field, severity, at, file: field.file, message, hint)
            }.convert(text)
            return Prose(blocks)
        case .mapping:
            guard let mapping = YAMLMapping(field, keys: ["file"], what: Messages.text(.proseOrFile)),
                  let fileField = mapping.required("file"), let name = fileField.text() else { return nil }
            return readFile(name, referencedBy: fileField)
        default:
            field.error(Messages.text(.expectedWhat, Messages.text(.proseOrFile), field.kindDescription))
            return nil
        }
    }

    private func readFile(_ name: String, referencedBy field: YAMLField) -> Prose? {
        guard PlanFolder.fileURL(name, in: folder) != nil else {
            field.error("\"\(name)\" must name a file inside the plan folder",
                        hint: "give a relative path without \"..\", e.g. inledning.md")
            return nil
        }
        // Past the plan's text limit (said once, at the file that passed it) nothing more is read.
        if tally.passed { return nil }
        switch TextFile.read(name, in: folder, limit: InputLimits.markdownFileBytes) {
        case .failure(.file(.missing)):
            let (message, hint) = MissingFileAdvice.describe(name, in: folder, what: Messages.text(.whatMarkdownFile))
            field.error(message, hint: hint)
            return nil
        case .failure(.file(let failure)):
            let (message, hint) = failure.describe(name, what: Messages.text(.whatMarkdownFile))
            field.error(message, hint: hint)
            return nil
        case .failure(.notUTF8(let line, let column)):
            field.error("Markdown file \"\(name)\" is not valid UTF-8 (first bad byte at line \(line), column \(column))",
                        hint: "save the file as UTF-8")
            return nil
        case .success(let text):
            guard tally.add(text.utf8.count) else {
                field.error(Messages.text(.limitWithFile, "\(Messages.text(.whatMarkdownFile)) \"\(name)\"", InputLimits.describe(bytes: InputLimits.totalTextBytes)),
                            hint: Messages.text(.limitShortenTexts))
                return nil
            }
            if let bad = ControlCharacters.first(in: text) {
                report(field, .error, SourcePosition(line: bad.line, column: bad.column), file: name,
                       "contains the control character \(bad.name), which cannot be printed",
                       "remove it; it often comes with text copied from another program")
                return nil
            }
            let blocks = MarkdownConverter { severity, line, column, message, hint in
                report(field, severity, SourcePosition(line: line, column: column), file: name, message, hint)
            }.convert(text)
            return Prose(blocks)
        }
    }

    private func report(_ field: YAMLField, _ severity: Diagnostic.Severity, _ at: SourcePosition, file: String,
                        _ message: String, _ hint: String) {
        switch severity {
        case .error: field.log.error(file, at, field: field.path, message, hint: hint)
        case .warning: field.log.warning(file, at, field: field.path, message, hint: hint)
        }
    }
}
