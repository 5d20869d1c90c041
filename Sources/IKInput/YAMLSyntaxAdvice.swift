/// libyaml's syntax errors ("mapping values are not allowed in this context") said in words a
/// secretary can act on, at the line that needs the change, with the corrected line as an example.
/// Each rule looks at the lines around the error; when none fits, the caller reports libyaml's words.
struct YAMLSyntaxAdvice {
    let source: YAMLSource

    struct Advice: Equatable {
        let position: SourcePosition
        let message: String
        let hint: String
    }

    func explain(problem: String, at: SourcePosition, contextAt: SourcePosition?) -> Advice? {
        // A quote that never closes runs on to wherever libyaml gives up: the place to fix is where it opened.
        if let quote = unclosedQuote(upTo: max(at.line, contextAt?.line ?? 0)) { return quote }
        let candidates = [at.line, at.line - 1, contextAt?.line].compactMap { $0 }
        for line in candidates { if let advice = missingSpace(line) { return advice } }
        if let advice = leadingCharacter(problem: problem, at: at, contextAt: contextAt) { return advice }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>"),
           let advice = textAfterQuote(at) { return advice }
        if problem.contains("mapping values are not allowed"), let advice = colonInText(at) { return advice }
        if let advice = indentation(at.line) { return advice }
        return nil
    }

    // MARK: - The line split into indentation, key part and value

    /// A line as `indent`, `key` (the `- ` markers and `key: `, as written) and `value` (the rest, trimmed).
    struct Parts {
        let indent: Int
        /// Where the content starts after `- ` markers: the indentation the line's mapping keys have.
        let contentIndent: Int
        let key: String
        let keyName: String?
        let value: String
        /// 1-based column where `value` starts.
        let valueColumn: Int
    }

    func parts(_ number: Int) -> Parts? {
        let line = source.line(number)
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " { i += 1 }
        let indent = i
        guard i < scalars.count, scalars[i] != "#" else { return nil }
        while i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == " " {
            i += 2
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        let contentIndent = i
        // `key: ` — a plain key, up to the first colon followed by a space (or at the end of the line).
        var keyName: String?
        var j = i
        if j < scalars.count, scalars[j] != "\"", scalars[j] != "'" {
            while j < scalars.count {
                if scalars[j] == ":", j + 1 == scalars.count || scalars[j + 1] == " " {
                    keyName = String(String.UnicodeScalarView(scalars[i..<j]))
                    j += 1
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    break
                }
                j += 1
            }
        }
        let valueStart = keyName == nil ? i : j
        let key = String(String.UnicodeScalarView(scalars[indent..<valueStart]))
        let value = String(String.UnicodeScalarView(scalars[valueStart...])).trimmingTrailingBlanks()
        return Parts(indent: indent, contentIndent: contentIndent, key: key, keyName: keyName, value: value,
                     valueColumn: valueStart + 1)
    }

    /// The corrected line, `key: "value"`: single quotes when the text holds a double quote and no single one.
    static func quoted(_ parts: Parts, value: String? = nil) -> String {
        let text = value ?? parts.value
        if text.contains("\""), !text.contains("'") { return parts.key + "'" + text + "'" }
        return parts.key + YAMLQuoting.doubleQuoted(text)
    }

    // MARK: - The rules

    /// `title: "Risk fel` with no closing quote on the line.
    func unclosedQuote(upTo last: Int) -> Advice? {
        guard last >= 1 else { return nil }
        // The lines of a block scalar (`body: |`) are text, whatever they start with.
        var blockIndent: Int?
        for number in 1...min(last, source.lines.count) {
            let line = source.line(number)
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == " " }) || indent > block { continue }
                blockIndent = nil
            }
            guard let p = parts(number) else { continue }
            if let first = p.value.first, first == "|" || first == ">" { blockIndent = p.indent; continue }
            guard let quote = p.value.unicodeScalars.first, quote == "\"" || quote == "'" else { continue }
            if Self.closingQuote(in: p.value) != nil { continue }
            let example = p.key + p.value + String(quote)
            return Advice(position: SourcePosition(line: number, column: p.valueColumn),
                          message: Messages.text(.yamlUnclosedQuote, String(quote)),
                          hint: Messages.text(.yamlUnclosedQuoteHint, String(quote), example))
        }
        return nil
    }

    /// The index (in scalars) of the quote that closes the one `value` starts with, nil when none does.
    static func closingQuote(in value: String) -> Int? {
        let s = Array(value.unicodeScalars)
        guard let quote = s.first else { return nil }
        var i = 1
        while i < s.count {
            if quote == "\"", s[i] == "\\" { i += 2; continue }
            if s[i] == quote {
                if quote == "'", i + 1 < s.count, s[i + 1] == "'" { i += 2; continue }   // '' is a quote inside
                return i
            }
            i += 1
        }
        return nil
    }

    /// `title:Risk` — a key directly followed by its value, read as one word.
    func missingSpace(_ number: Int) -> Advice? {
        guard number >= 1, let p = parts(number), p.keyName == nil else { return nil }
        let s = Array(p.value.unicodeScalars)
        var i = 0
        while i < s.count, s[i].properties.isLowercase || s[i] == "_" || (i > 0 && s[i].properties.numericType != nil) { i += 1 }
        guard i > 0, i + 1 < s.count, s[i] == ":", s[i + 1] != " ", s[i + 1] != "/", s[i + 1] != ":" else { return nil }
        let word = String(String.UnicodeScalarView(s[..<i]))
        let rest = String(String.UnicodeScalarView(s[(i + 1)...]))
        let fixed = p.key + word + ": " + rest
        return Advice(position: SourcePosition(line: number, column: p.valueColumn + i),
                      message: Messages.text(.yamlMissingSpace, p.value),
                      hint: Messages.text(.yamlMissingSpaceHint, fixed))
    }

    /// A text starting with `*`, `&`, `!`, `@`, `%` or a backtick, which YAML reads as something else.
    func leadingCharacter(problem: String, at: SourcePosition, contextAt: SourcePosition?) -> Advice? {
        let candidates = [contextAt, at].compactMap { $0 }
        for place in candidates {
            guard let p = parts(place.line), let first = p.value.unicodeScalars.first, place.column == p.valueColumn else { continue }
            let meaning: MessageID
            switch first {
            case "*": meaning = .meaningAlias
            case "&": meaning = .meaningAnchor
            case "!": meaning = .meaningTag
            case "%": meaning = .meaningDirective
            case "@", "`": meaning = .meaningReserved
            default: continue
            }
            return Advice(position: SourcePosition(line: place.line, column: p.valueColumn),
                          message: Messages.text(.yamlLeadingCharacter, String(first), Messages.text(meaning)),
                          hint: Messages.text(.putInQuotes, Self.quoted(p)))
        }
        // The same characters elsewhere, where libyaml stopped on them: ` - code:`, `@end_date:`.
        let scalars = Array(source.line(at.line).unicodeScalars)
        guard problem.contains("cannot start any token") || problem.contains("undefined alias"),
              at.column >= 1, at.column <= scalars.count else { return nil }
        let character = scalars[at.column - 1]
        let meaning: MessageID
        switch character {
        case "*": meaning = .meaningAlias
        case "%": meaning = .meaningDirective
        case "@", "`": meaning = .meaningReserved
        default: return nil
        }
        return Advice(position: at, message: Messages.text(.yamlCharacterHere, String(character), Messages.text(meaning)),
                      hint: Messages.text(.yamlRemoveOrQuote, String(character)))
    }

    /// `title: "Risk" fel` — words after the closing quote.
    func textAfterQuote(_ at: SourcePosition) -> Advice? {
        guard let p = parts(at.line), let quote = p.value.unicodeScalars.first, quote == "\"" || quote == "'",
              let close = Self.closingQuote(in: p.value), close + 1 < p.value.unicodeScalars.count else { return nil }
        return Advice(position: at, message: Messages.text(.yamlTextAfterQuote), hint: Messages.text(.putInQuotes, Self.quoted(p)))
    }

    /// `title: Risk: fel i fakturor` — a colon and a space inside an unquoted text.
    func colonInText(_ at: SourcePosition) -> Advice? {
        guard let p = parts(at.line), let key = p.keyName, at.column > p.valueColumn,
              let first = p.value.unicodeScalars.first, first != "\"", first != "'" else { return nil }
        return Advice(position: at, message: Messages.text(.yamlColonInText, key), hint: Messages.text(.putInQuotes, Self.quoted(p)))
    }

    /// A line one space further in or out than the line above it.
    func indentation(_ number: Int) -> Advice? {
        guard let p = parts(number) else { return nil }
        var above = number - 1
        while above >= 1, parts(above) == nil { above -= 1 }
        guard above >= 1, let q = parts(above) else { return nil }
        // A line ending in `key:` opens a block: any deeper indentation is allowed below it.
        let opensBlock = q.keyName != nil && q.value.isEmpty
        let expected: Int
        let message: String
        if p.indent == q.contentIndent + 1, !opensBlock {
            expected = q.contentIndent
            message = Messages.text(.yamlIndentMore, p.indent, q.contentIndent)
        } else if p.indent + 1 == q.contentIndent {
            expected = q.contentIndent
            message = Messages.text(.yamlIndentLess, p.indent, q.contentIndent)
        } else {
            return nil
        }
        let fixed = String(repeating: " ", count: expected) + source.line(number).drop { $0 == " " }
        return Advice(position: SourcePosition(line: number, column: p.indent + 1), message: message,
                      hint: Messages.text(.yamlIndentHint, expected, fixed.trimmingTrailingBlanks()))
    }
}
