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
        // Split on the bytes (fast on megabytes); a "\r" before the "\n" (files saved on Windows) is dropped.
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
        }
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
        // Most texts: one line with no `#`, `&` or `!` on it, so nothing can have been dropped.
        // (On the bytes: the key and indentation before the value are ASCII, one byte a column.)
        let raw = lines[at.line - 1].utf8
        if !raw.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "!") }),
           scalar.utf8.count <= raw.count - (at.column - 1), raw.prefix(at.column - 1).allSatisfy({ $0 < 0x80 }) {
            return nil
        }
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
        let firstLine = line
        let indentation = firstLine.prefix { Self.isBlank($0) }.count
        // A text written over several lines (YAML joins them with spaces) can lose its end on its last line.
        guard let (lastLine, end) = lastLine(of: value, from: at.line, column: i) else { return nil }
        if lastLine != at.line {
            let keyPart = keyText(firstLine, indentation: indentation, start: start)
            return commentLoss(after: end, in: scalars(lastLine)) { comment in
                keyPart + YAMLQuoting.doubleQuoted(scalar + " " + comment)
            }
        }
        let keyPart = keyText(line, indentation: indentation, start: start)
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

        return commentLoss(after: end, in: line) { _ in quotedLine }
    }

    /// ` #` after the text. Kept silent only in the usual comment style: two spaces or more before `#`
    /// and a space after it (`value  # note`); `rutin #3` or `text # 3` look like text that was cut.
    private func commentLoss(after end: Int, in line: [Unicode.Scalar], fixed: (String) -> String) -> Loss? {
        var gapEnd = end
        while gapEnd < line.count, Self.isBlank(line[gapEnd]) { gapEnd += 1 }
        guard gapEnd > end, gapEnd < line.count, line[gapEnd] == "#" else { return nil }
        var comment = ""
        comment.unicodeScalars.append(contentsOf: line[gapEnd...])
        comment = comment.trimmingTrailingBlanks()
        let gap = gapEnd - end
        let afterHash = gapEnd + 1 < line.count ? line[gapEnd + 1] : " "
        if gap >= 2, Self.isBlank(afterHash) { return nil }
        return Loss(kind: .comment, lost: comment, fixedLine: fixed(comment))
    }

    /// `key: ` (or `- `) as written before the value, without the indentation.
    private func keyText(_ line: [Unicode.Scalar], indentation: Int, start: Int) -> String {
        guard start > indentation, start <= line.count else { return "" }
        var s = ""
        s.unicodeScalars.append(contentsOf: line[indentation..<start])
        return s
    }

    /// The line (1-based) and the column index just past the text `value` that starts at index `column` of
    /// line `first` and may go on over the following lines, each joined to the one before by one space.
    /// Nil when the lines do not spell the value (a folded or escaped form this does not follow).
    private func lastLine(of value: [Unicode.Scalar], from first: Int, column: Int) -> (Int, Int)? {
        var number = first
        var position = column
        var consumed = 0
        // A plain text in plan.yaml runs over a few lines at most; the bound keeps a hostile file linear.
        while number <= lines.count, number < first + 200 {
            let line = scalars(number)
            guard position <= line.count else { return nil }
            let remaining = value.count - consumed
            if line.count - position >= remaining, Array(line[position..<(position + remaining)]) == Array(value[consumed...]) {
                return (number, position + remaining)
            }
            // This line holds only a part: all of it (trailing blanks aside) must match, then one space joins.
            var lineEnd = line.count
            while lineEnd > position, Self.isBlank(line[lineEnd - 1]) { lineEnd -= 1 }
            let part = lineEnd - position
            guard part > 0, consumed + part < value.count, Array(line[position..<lineEnd]) == Array(value[consumed..<(consumed + part)]),
                  value[consumed + part] == " " else { return nil }
            consumed += part + 1
            number += 1
            guard number <= lines.count else { return nil }
            let next = scalars(number)
            position = next.prefix { Self.isBlank($0) }.count
        }
        return nil
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
