/// The lines of a YAML file as written, for what the parsed nodes no longer show: text YAML dropped
/// from a plain scalar's line (a ` #` comment, a leading `&anchor` or `!tag`), and the lines around a
/// syntax error.
final class YAMLSource {
    /// Each line, without its line break; turned into Unicode scalars (the unit libyaml counts columns in)
    /// only when one is looked at, so a large file costs no second copy.
    let lines: [Substring]
    private let text: String

    init(_ text: String) {
        self.text = text
        // "\r\n" is one Character in Swift: split on both, so files saved on Windows line up too.
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// Line `number` (1-based) as a string; "" past the end.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        return String(lines[number - 1])
    }

    private func scalars(_ number: Int) -> [Unicode.Scalar] { Array(lines[number - 1].unicodeScalars) }

    /// What YAML left out of a one-line plain scalar `scalar` that starts at `at`.
    struct Loss: Equatable {
        enum Kind: Equatable {
            /// ` #…` after the text: a comment.
            case comment
            /// `&name` or `!tag` before the text, read as an anchor or a tag.
            case anchor, tag
        }
        let kind: Kind
        /// The words that do not reach the plan: `#3`, `!viktigt`.
        let lost: String
        /// The line with the whole text in quotes, as it should be written (without its indentation).
        let fixedLine: String
    }

    func loss(of scalar: String, at: SourcePosition) -> Loss? {
        guard at.line >= 1, at.line <= lines.count, at.column >= 1, !scalar.isEmpty, !scalar.contains("\n") else { return nil }
        let line = scalars(at.line)
        let start = at.column - 1
        guard start < line.count else { return nil }
        var i = start
        var properties: [String] = []
        // An anchor or a tag written before the text: `title: &och text`, `title: !viktigt text`.
        while i < line.count, line[i] == "&" || line[i] == "!" {
            var token = ""
            while i < line.count, !Self.isBlank(line[i]) { token.unicodeScalars.append(line[i]); i += 1 }
            properties.append(token)
            while i < line.count, Self.isBlank(line[i]) { i += 1 }
        }
        let value = Array(scalar.unicodeScalars)
        guard i + value.count <= line.count, Array(line[i..<(i + value.count)]) == value else { return nil }
        let end = i + value.count
        let indentation = line.prefix { Self.isBlank($0) }.count
        var whole = ""
        whole.unicodeScalars.append(contentsOf: line[indentation...])
        let keyPart = String(whole.unicodeScalars.prefix(max(0, start - indentation)).map(Character.init))
        var restOfLine = ""
        restOfLine.unicodeScalars.append(contentsOf: line[start...])
        let quotedLine = keyPart + YAMLQuoting.doubleQuoted(restOfLine.trimmingTrailingBlanks())

        // A deliberate tag or anchor keeps its meaning: `!!str 2`, or an anchor some alias uses.
        for token in properties {
            if token.hasPrefix("!") && !token.hasPrefix("!!") {
                return Loss(kind: .tag, lost: token, fixedLine: quotedLine)
            }
            if token.hasPrefix("&"), !text.contains("*" + token.dropFirst()) || token == "&" {
                return Loss(kind: .anchor, lost: token, fixedLine: quotedLine)
            }
        }

        // ` #` after the text. Kept silent only in the usual comment style: two spaces or more before `#`
        // and a space after it (`value  # note`); `rutin #3` or `text # 3` look like text that was cut.
        var gapEnd = end
        while gapEnd < line.count, Self.isBlank(line[gapEnd]) { gapEnd += 1 }
        guard gapEnd > end, gapEnd < line.count, line[gapEnd] == "#" else { return nil }
        var comment = ""
        comment.unicodeScalars.append(contentsOf: line[gapEnd...])
        comment = comment.trimmingTrailingBlanks()
        let gap = gapEnd - end
        let afterHash = gapEnd + 1 < line.count ? line[gapEnd + 1] : " "
        if gap >= 2, Self.isBlank(afterHash) { return nil }
        return Loss(kind: .comment, lost: comment, fixedLine: quotedLine)
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
}

/// Writing a text as a YAML double-quoted scalar, for the corrected lines the messages show.
enum YAMLQuoting {
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
