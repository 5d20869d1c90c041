import Yams

/// The type YAML 1.1 gives a plain scalar (`12` a number, `yes` a boolean, `~` nothing), decided by the same
/// rules, in the same order, as Yams' default resolver, but without its regular expressions: those ran
/// seven ICU patterns over every key and text of a plan, two thirds of reading a large one. Plans are
/// read with `Resolver.basic` (every scalar text) and typed here, where a field asks.
/// `YAMLScalarTypeTests` holds these rules to Yams' own on every scalar of the example and a list of
/// edge cases.
enum YAMLScalarType {
    /// The tag Yams' `Resolver.default` would give the plain scalar `s`.
    static func tag(of s: String) -> Tag.Name {
        let b = Array(s.utf8)
        if isBool(s) { return .bool }
        if isInt(b) { return .int }
        if isFloat(b) { return .float }
        if s == "<<" { return .merge }
        if s == "~" || s == "null" || s == "Null" || s == "NULL" || s.isEmpty { return .null }
        if isTimestamp(b) { return .timestamp }
        if s == "=" { return .value }
        return .str
    }

    /// `true`/`false` and YAML 1.1's yes/no/on/off, for a scalar typed as a boolean.
    static func bool(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    private static let bools: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                             "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
    private static func isBool(_ s: String) -> Bool { s.utf8.count <= 5 && bools.contains(s) }

    private static func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static let underscore = UInt8(ascii: "_")

    /// Skips an optional sign.
    private static func afterSign(_ b: [UInt8]) -> Int { b.first == UInt8(ascii: "-") || b.first == UInt8(ascii: "+") ? 1 : 0 }

    /// Whether `b[i...]` is one or more bytes that all satisfy `ok`.
    private static func all(_ b: [UInt8], from i: Int, _ ok: (UInt8) -> Bool) -> Bool {
        i < b.count && b[i...].allSatisfy(ok)
    }

    /// `[-+]?0b[01_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
    private static func isInt(_ b: [UInt8]) -> Bool {
        let i = afterSign(b)
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "0") {
            if i + 1 == b.count { return true }                                       // 0
            let next = b[i + 1]
            if next == UInt8(ascii: "b") { return all(b, from: i + 2) { $0 == 0x30 || $0 == 0x31 || $0 == underscore } }
            if next == UInt8(ascii: "x") {
                return all(b, from: i + 2) { digit($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) || $0 == underscore }
            }
            let octal = next == UInt8(ascii: "o") ? i + 2 : i + 1
            return all(b, from: octal) { ($0 >= 0x30 && $0 <= 0x37) || $0 == underscore }
        }
        guard b[i] >= 0x31 && b[i] <= 0x39 else { return false }
        var j = i + 1
        while j < b.count, digit(b[j]) || b[j] == underscore { j += 1 }
        if j == b.count { return true }                                                // [1-9][0-9_]*
        return isSexagesimalTail(b, from: j, end: b.count)                             // …(:[0-5]?[0-9])+
    }

    /// `(:[0-5]?[0-9])+` over `b[i..<end]`.
    private static func isSexagesimalTail(_ b: [UInt8], from i: Int, end: Int) -> Bool {
        var j = i
        guard j < end else { return false }
        while j < end {
            guard b[j] == UInt8(ascii: ":"), j + 1 < end, digit(b[j + 1]) else { return false }
            // One digit, or a first digit 0–5 and a second digit.
            if j + 2 < end, digit(b[j + 2]) {
                guard b[j + 1] <= 0x35 else { return false }
                j += 3
            } else {
                j += 2
            }
        }
        return true
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)?
    ///  | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    private static func isFloat(_ b: [UInt8]) -> Bool {
        let s = String(decoding: b, as: UTF8.self)
        if [".nan", ".NaN", ".NAN"].contains(s) { return true }
        let i = afterSign(b)
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: ".") {
            let rest = String(decoding: b[(i + 1)...], as: UTF8.self)
            if ["inf", "Inf", "INF"].contains(rest) { return true }
            // \.[0-9_]+([eE][-+][0-9]+)? takes no sign.
            guard i == 0 else { return false }
            var j = 1
            while j < b.count, digit(b[j]) || b[j] == underscore { j += 1 }
            guard j > 1 else { return false }
            if j == b.count { return true }
            guard b[j] | 0x20 == UInt8(ascii: "e"), j + 2 < b.count, b[j + 1] == UInt8(ascii: "-") || b[j + 1] == UInt8(ascii: "+") else { return false }
            return all(b, from: j + 2, digit)
        }
        guard digit(b[i]) else { return false }
        var j = i + 1
        while j < b.count, digit(b[j]) || b[j] == underscore { j += 1 }
        if j == b.count { return true }
        if b[j] == UInt8(ascii: ":") {
            // Sexagesimal: the colon groups, then a dot and [0-9_]*.
            guard let dot = b[j...].firstIndex(of: UInt8(ascii: ".")), isSexagesimalTail(b, from: j, end: dot) else { return false }
            return b[(dot + 1)...].allSatisfy { digit($0) || $0 == underscore }
        }
        if b[j] == UInt8(ascii: ".") {
            j += 1
            while j < b.count, digit(b[j]) || b[j] == underscore { j += 1 }
            if j == b.count { return true }
        }
        guard b[j] | 0x20 == UInt8(ascii: "e") else { return false }
        j += 1
        if j < b.count, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") { j += 1 }
        return all(b, from: j, digit)
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2}` or `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?
    /// ([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?`
    private static func isTimestamp(_ b: [UInt8]) -> Bool {
        var j = 0
        func digits(_ min: Int, _ max: Int) -> Bool {
            var n = 0
            while n < max, j < b.count, digit(b[j]) { j += 1; n += 1 }
            return n >= min
        }
        func byte(_ c: Character) -> Bool {
            guard j < b.count, b[j] == c.asciiValue else { return false }
            j += 1
            return true
        }
        guard digits(4, 4), byte("-") else { return false }
        let dateStart = j
        if digits(2, 2), byte("-"), digits(2, 2), j == b.count { return true }
        j = dateStart
        guard digits(1, 2), byte("-"), digits(1, 2) else { return false }
        func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        if j < b.count, b[j] == UInt8(ascii: "T") || b[j] == UInt8(ascii: "t") {
            j += 1
        } else {
            guard j < b.count, blank(b[j]) else { return false }
            while j < b.count, blank(b[j]) { j += 1 }
        }
        guard digits(1, 2), byte(":"), digits(2, 2), byte(":"), digits(2, 2) else { return false }
        if byte(".") { while j < b.count, digit(b[j]) { j += 1 } }
        if j == b.count { return true }
        while j < b.count, blank(b[j]) { j += 1 }
        if byte("Z") { return j == b.count }
        guard j < b.count, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") else { return false }
        j += 1
        guard digits(1, 2) else { return false }
        if j == b.count { return true }
        guard byte(":"), digits(2, 2) else { return false }
        return j == b.count
    }
}
