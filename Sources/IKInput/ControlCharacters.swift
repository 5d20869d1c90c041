/// Control characters cannot be printed: the fonts have no glyph for them and Pango draws a box of hex
/// digits. Tabs and line breaks are layout, not characters.
enum ControlCharacters {
    /// Whether `s` is a control character other than tab, line feed and carriage return.
    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        // General category Cc is exactly U+0000–U+001F and U+007F–U+009F; compared directly, since asking
        // for a scalar's properties costs a table lookup each (seconds for a 4 MB file).
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v <= 0x9F)
    }

    /// "U+001B": how a message names a scalar.
    static func name(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first forbidden control character of `text`, with its 1-based line and column (in scalars).
    static func first(in text: String) -> (name: String, line: Int, column: Int)? {
        var line = 1, column = 1
        for s in text.unicodeScalars {
            if isForbidden(s) { return (name(s), line, column) }
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
