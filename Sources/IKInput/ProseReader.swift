import Foundation
import IKModel
import Yams

/// Reads a prose value: an inline Markdown string, or `{file: name.md}` naming a UTF-8 file in the
/// plan folder. Problems inside a file are reported in that file; a missing or undecodable file is
/// reported where plan.yaml names it.
struct ProseReader {
    let folder: URL

    func read(_ field: YAMLField) -> Prose? {
        switch field.node {
        case .scalar(let scalar):
            guard let text = field.text() else { return nil }
            // Block scalars (| and >) start on the line after the key; others on the key's line.
            let firstLine = scalar.style == .literal || scalar.style == .folded ? field.position.line + 1 : field.position.line
            let blocks = MarkdownConverter { severity, line, column, message, hint in
                let at = SourcePosition(line: firstLine + line - 1, column: line == 1 && firstLine == field.position.line ? field.position.column + column - 1 : 0)
                report(field, severity, at, file: field.file, message, hint)
            }.convert(text)
            return Prose(blocks)
        case .mapping:
            guard let mapping = YAMLMapping(field, keys: ["file"], what: "prose text or {file: name.md}"),
                  let fileField = mapping.required("file"), let name = fileField.text() else { return nil }
            return readFile(name, referencedBy: fileField)
        default:
            field.error("expected prose text or {file: name.md}, found \(field.kindDescription)")
            return nil
        }
    }

    private func readFile(_ name: String, referencedBy field: YAMLField) -> Prose? {
        guard let url = PlanFolder.fileURL(name, in: folder) else {
            field.error("\"\(name)\" must name a file inside the plan folder",
                        hint: "give a relative path without \"..\", e.g. inledning.md")
            return nil
        }
        switch TextFile.read(url) {
        case .failure(.missing):
            field.error("Markdown file \"\(name)\" not found in the plan folder")
            return nil
        case .failure(.notUTF8(let line, let column)):
            field.error("Markdown file \"\(name)\" is not valid UTF-8 (first bad byte at line \(line), column \(column))",
                        hint: "save the file as UTF-8")
            return nil
        case .success(let text):
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
