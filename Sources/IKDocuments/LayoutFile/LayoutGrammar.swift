import Foundation
import IKEngine
import IKInput
import Yams

// The one grammar of layout files. Every section (the shared ones in `LayoutFileReader`, the documents'
// own in their `LayoutSection`s) reads its values through `LayoutMap`, so a length, a colour or a rule is
// written the same way everywhere, an unknown key is refused everywhere, and every problem of a file is
// collected in one `LayoutLog` and reported at once, in the shape of the plan's diagnostics.

/// Collects every problem found while one layout file is read, so all are reported at once.
/// Used by one read on one thread; not shared.
final class LayoutLog {
    let url: URL
    private(set) var diagnostics: [Diagnostic] = []
    /// The header's and footer's `{placeholders}`, kept for the document's own check.
    var placeholders: [LayoutFile.PlaceholderUse] = []

    init(url: URL) { self.url = url }

    var hasErrors: Bool { diagnostics.contains { $0.isError } }

    /// Records an error at `node`'s line (the whole file when nil) for `field` (`plan.cover.top`).
    func error(_ node: Node?, _ field: String, _ message: String, hint: String = "") {
        diagnostics.append(Diagnostic(file: url.path, line: node?.mark?.line ?? 0, column: 0, severity: .error,
                                      field: field, message: message, hint: hint))
    }

    /// Throws every problem recorded so far as one `LayoutFileError`.
    func throwIfErrors() throws {
        if hasErrors { throw LayoutFileError(diagnostics) }
    }
}

/// What a length may be: lengths are points, or a number with a unit (`20mm`, `1.5cm`, `12pt`).
public enum LayoutLength {
    /// The largest length a layout may give: a PDF page is at most 14,400 pt (200 inches) on a side.
    public static let maximum = 14_400.0

    /// Points from `12`, `12pt`, `4.2mm`, `1.5cm`; nil when the text is not a length.
    public static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in [("mm", 72.0 / 25.4), ("cm", 720.0 / 25.4), ("pt", 1.0)] where s.hasSuffix(unit) {
            return Double(s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)).map { $0 * factor }
        }
        return Double(s)
    }
}

/// One mapping of a layout file, read key by key. Its keys are checked against the keys the section
/// knows when it is opened (an unknown key is an error with its line and a did-you-mean); every value is
/// checked as it is read. A wrong value is recorded in the log and read as nil, so the caller's default
/// stands in and reading goes on to find the next problem.
struct LayoutMap {
    /// Where the mapping sits: `plan.cover`, `styles.body`; empty for the file's top level.
    let path: String
    let node: Node
    let log: LayoutLog
    /// The file's `colors:`, for colours given by name.
    let palette: [String: Color]
    let pairs: Node.Mapping
    /// The keys this section knows (empty: any key, for maps of names such as `colors:` or `styles:`).
    let known: [String]

    /// Opens `node` as a mapping; nil (and an error) when it is something else.
    init?(_ node: Node, path: String, log: LayoutLog, palette: [String: Color], known: [String]) {
        guard let pairs = node.mapping else {
            log.error(node, path, "expected a mapping of keys and values",
                      hint: known.isEmpty ? "" : "the keys of \(path) are: \(known.joined(separator: ", "))")
            return nil
        }
        self.path = path; self.node = node; self.log = log; self.palette = palette; self.pairs = pairs; self.known = known
        if !known.isEmpty { rejectUnknownKeys() }
    }

    private init(copying m: LayoutMap, palette: [String: Color]) {
        path = m.path; node = m.node; log = m.log; pairs = m.pairs; known = m.known; self.palette = palette
    }

    /// The same mapping, its colours named from `palette` (once `colors:` is read); keys are not checked again.
    func with(palette: [String: Color]) -> LayoutMap { LayoutMap(copying: self, palette: palette) }

    private func rejectUnknownKeys() {
        for (k, _) in pairs {
            let key = k.string ?? ""
            guard !known.contains(key) else { continue }
            let guess = EditDistance.closest(to: key, among: known).map { " (did you mean \($0)?)" } ?? ""
            log.error(k, path, "unknown key \(key)\(guess)", hint: "the keys of \(path.isEmpty ? "a layout file" : path) are: \(known.joined(separator: ", "))")
        }
    }

    /// `path.key`, the name a problem is reported under.
    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value under `key`, if written. Asking for a key the section did not declare is a programming error.
    func node(_ key: String) -> Node? {
        assert(known.isEmpty || known.contains(key), "\(path): \(key) is read but not among the known keys")
        return pairs[key]
    }

    /// The line of `key` (the key's own line reads better than its value's), for checks across values.
    func keyNode(_ key: String) -> Node? { pairs.first { $0.key.string == key }?.key ?? pairs[key] }

    /// The keys written, in file order, with their values (for maps of names).
    var entries: [(key: String, keyNode: Node, value: Node)] {
        pairs.compactMap { k, v in k.string.map { ($0, k, v) } }
    }

    /// Records a problem found by a check across values, at `key`'s line (the mapping's when nil).
    func error(_ key: String?, _ message: String, hint: String = "") {
        log.error(key.flatMap(keyNode) ?? node, key.map(field) ?? path, message, hint: hint)
    }

    // MARK: Values

    func string(_ key: String) -> String? {
        guard let v = node(key) else { return nil }
        return LayoutValue(log: log, palette: palette).string(v, field(key))
    }

    func bool(_ key: String) -> Bool? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).bool($0, field(key)) }
    }

    func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).number($0, field(key), in: range) }
    }

    func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).int($0, field(key), in: range) }
    }

    /// A length in points; with `range`, one of a usable size for `what` (a font size, a badge size).
    func length(_ key: String, in range: ClosedRange<Double>? = nil, what: String = "") -> Double? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).length($0, field(key), in: range, what: what) }
    }

    func color(_ key: String) -> Color? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).color($0, field(key)) }
    }

    /// A colour, or `none`: `.some(nil)`.
    func colorOrNone(_ key: String) -> Color?? {
        guard let v = node(key) else { return nil }
        if v.string == "none" { return .some(nil) }
        return LayoutValue(log: log, palette: palette).color(v, field(key)).map { .some($0) }
    }

    /// A rule `{color, width, dash}`, or `none`: `.some(nil)`.
    func stroke(_ key: String) -> Stroke?? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).stroke($0, field(key)) }
    }

    func insets(_ key: String) -> Insets? {
        node(key).flatMap { LayoutValue(log: log, palette: palette).insets($0, field(key)) }
    }

    /// A nested mapping with its own known keys (`plan.cover`).
    func map(_ key: String, known: [String]) -> LayoutMap? {
        node(key).flatMap { LayoutMap($0, path: field(key), log: log, palette: palette, known: known) }
    }

    /// A list; nil (and an error) when `key` holds something else.
    func list(_ key: String) -> [Node]? {
        guard let v = node(key) else { return nil }
        guard let s = v.sequence else { log.error(v, field(key), "expected a list, e.g. [a, b]"); return nil }
        return Array(s)
    }
}

/// How each kind of value is written, for one file's log and palette.
struct LayoutValue {
    let log: LayoutLog
    let palette: [String: Color]

    func string(_ node: Node, _ field: String) -> String? {
        guard node.mapping == nil, node.sequence == nil, let s = node.string else {
            log.error(node, field, "expected text"); return nil
        }
        return s
    }

    func bool(_ node: Node, _ field: String) -> Bool? {
        switch node.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: log.error(node, field, "expected true or false"); return nil
        }
    }

    func number(_ node: Node, _ field: String, in range: ClosedRange<Double>) -> Double? {
        guard let v = node.string.flatMap(Double.init), v.isFinite else {
            log.error(node, field, "expected a number", hint: "give a number from \(range.lowerBound) to \(range.upperBound)"); return nil
        }
        guard range.contains(v) else { log.error(node, field, "\(v) is outside \(range.lowerBound)–\(range.upperBound)"); return nil }
        return v
    }

    func int(_ node: Node, _ field: String, in range: ClosedRange<Int>) -> Int? {
        guard let v = node.string.flatMap({ Int($0) }) else {
            log.error(node, field, "expected a whole number", hint: "give a whole number from \(range.lowerBound) to \(range.upperBound)"); return nil
        }
        guard range.contains(v) else { log.error(node, field, "\(v) is outside \(range.lowerBound)–\(range.upperBound)"); return nil }
        return v
    }

    /// Points, or a number with a unit; finite, not negative, at most `LayoutLength.maximum`.
    func length(_ node: Node, _ field: String, in range: ClosedRange<Double>? = nil, what: String = "") -> Double? {
        let s = (node.mapping == nil && node.sequence == nil ? node.string ?? "" : "").trimmingCharacters(in: .whitespaces)
        guard let v = LayoutLength.parse(s) else {
            log.error(node, field, "\"\(s)\" is not a length", hint: "write points (12) or a unit: 20mm, 1.5cm, 12pt"); return nil
        }
        guard v.isFinite, v >= 0, v <= LayoutLength.maximum else {
            log.error(node, field, "\(v) is not a usable length: lengths lie between 0 and \(Int(LayoutLength.maximum)) pt"); return nil
        }
        if let range, !range.contains(v) {
            log.error(node, field, "\(v) pt is not a usable \(what)", hint: "give \(Int(range.lowerBound))–\(Int(range.upperBound)) pt"); return nil
        }
        return v
    }

    /// `#rrggbb` (or `#rgb`), or the name of a colour under `colors:`: the one palette lookup.
    func color(_ node: Node, _ field: String) -> Color? {
        let s = node.mapping == nil && node.sequence == nil ? node.string ?? "" : ""
        if let c = palette[s] ?? Color(hex: s) { return c }
        let names = palette.keys.sorted()
        let guess = EditDistance.closest(to: s, among: names).map { " (did you mean \($0)?)" } ?? ""
        log.error(node, field, "\"\(s)\" is not a colour\(guess)",
                  hint: "write \"#rrggbb\"" + (names.isEmpty ? "" : " or a name from colors: \(names.joined(separator: ", "))"))
        return nil
    }

    /// `{color, width, dash}` or `none` (`.some(nil)`); nil when wrong.
    func stroke(_ node: Node, _ field: String) -> Stroke?? {
        if node.string == "none" { return .some(nil) }
        guard let m = LayoutMap(node, path: field, log: log, palette: palette, known: ["color", "width", "dash"]) else { return nil }
        var s = Stroke()
        if let c = m.color("color") { s.color = c }
        if let w = m.length("width") { s.width = w }
        if let d = m.list("dash") { s.dash = d.compactMap { length($0, m.field("dash")) } }
        return .some(s)
    }

    /// One length for every side, or `{top, right, bottom, left}` / `{vertical, horizontal}`; sides left out are 0.
    func insets(_ node: Node, _ field: String) -> Insets? {
        if node.mapping == nil { return length(node, field).map { Insets(all: $0) } }
        guard let m = LayoutMap(node, path: field, log: log, palette: palette,
                                known: ["top", "right", "bottom", "left", "vertical", "horizontal"]) else { return nil }
        let v = m.length("vertical"), h = m.length("horizontal")
        return Insets(top: v ?? m.length("top") ?? 0, right: h ?? m.length("right") ?? 0,
                      bottom: v ?? m.length("bottom") ?? 0, left: h ?? m.length("left") ?? 0)
    }
}
