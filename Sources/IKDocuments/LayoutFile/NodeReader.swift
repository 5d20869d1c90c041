import Foundation
import IKEngine
import Yams

/// Reads the layout file's value types from YAML nodes, naming file, line and key on every error.
/// Lengths are numbers in points, or strings with a unit: `20mm`, `1.5cm`, `12pt`.
struct NodeReader {
    let url: URL
    var palette: [String: Color] = [:]

    func fail(_ node: Node?, _ path: String, _ message: String, hint: String? = nil) -> LayoutFileError {
        LayoutFileError(url: url, line: node?.mark?.line, message: "\(path): \(message)", hint: hint)
    }

    func length(_ node: Node, _ path: String) throws -> Double {
        let s = (node.string ?? "").trimmingCharacters(in: .whitespaces)
        guard let v = LayoutLength.parse(s) else {
            throw fail(node, path, "\"\(s)\" is not a length", hint: "write points (12) or a unit: 20mm, 1.5cm, 12pt")
        }
        guard let checked = LayoutLength.checked(v) else { throw fail(node, path, LayoutLength.rangeMessage(v)) }
        return checked
    }

    /// A length within `range` points (font sizes, page sides).
    func length(_ node: Node, _ path: String, in range: ClosedRange<Double>, what: String) throws -> Double {
        let v = try length(node, path)
        guard range.contains(v) else {
            throw fail(node, path, "\(v) pt is not a usable \(what)", hint: "give \(Int(range.lowerBound))–\(Int(range.upperBound)) pt")
        }
        return v
    }

    func number(_ node: Node, _ path: String, in range: ClosedRange<Double>) throws -> Double {
        guard let v = node.string.flatMap(Double.init) else { throw fail(node, path, "expected a number") }
        guard range.contains(v) else { throw fail(node, path, "\(v) is outside \(range.lowerBound)–\(range.upperBound)") }
        return v
    }

    func bool(_ node: Node, _ path: String) throws -> Bool {
        switch node.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, path, "expected true or false")
        }
    }

    /// `#rrggbb`, or the name of a colour under `colors:`.
    func color(_ node: Node, _ path: String, palette: [String: Color] = [:]) throws -> Color {
        let s = node.string ?? ""
        if let c = palette[s] ?? Color(hex: s) { return c }
        throw fail(node, path, "\"\(s)\" is not a colour", hint: "write #rrggbb or a name from colors:")
    }

    func insets(_ node: Node, _ path: String) throws -> Insets {
        if node.mapping == nil { return Insets(all: try length(node, path)) }
        let m = node.mapping ?? [:]
        func side(_ k: String) throws -> Double { try m[k].map { try length($0, "\(path).\(k)") } ?? 0 }
        let v = try m["vertical"].map { try length($0, "\(path).vertical") }
        let h = try m["horizontal"].map { try length($0, "\(path).horizontal") }
        return Insets(top: try v ?? side("top"), right: try h ?? side("right"), bottom: try v ?? side("bottom"), left: try h ?? side("left"))
    }

    /// `{color, width, dash}` or `none`.
    func stroke(_ node: Node, _ path: String, palette: [String: Color]) throws -> Stroke? {
        if node.string == "none" { return nil }
        guard let m = node.mapping else { throw fail(node, path, "expected {color, width} or none") }
        try checkKeys(m, ["color", "width", "dash"], path)
        var s = Stroke()
        if let c = m["color"] { s.color = try color(c, "\(path).color", palette: palette) }
        if let w = m["width"] { s.width = try length(w, "\(path).width") }
        if let d = m["dash"]?.sequence { s.dash = try d.map { try length($0, "\(path).dash") } }
        return s
    }

    func checkKeys(_ m: Node.Mapping, _ allowed: [String], _ path: String) throws {
        for (k, _) in m {
            guard let key = k.string, !allowed.contains(key) else { continue }
            let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
            throw fail(k, path, "unknown key \(key)", hint: suggestion.map { "did you mean \($0)? Known keys: \(allowed.joined(separator: ", "))" })
        }
    }

    func textStyle(_ node: Node, base: TextStyle, palette: [String: Color], path: String) throws -> TextStyle {
        guard let m = node.mapping else { throw fail(node, path, "expected a mapping of font, size, weight…") }
        try checkKeys(m, ["inherit", "family", "size", "bold", "italic", "color", "line_height", "align", "hyphenate"], path)
        var s = base
        if let v = m["family"] { s.family = v.string ?? s.family }
        if let v = m["size"] { s.size = try length(v, "\(path).size", in: 2...144, what: "font size") }
        if let v = m["bold"] { s.bold = try bool(v, "\(path).bold") }
        if let v = m["italic"] { s.italic = try bool(v, "\(path).italic") }
        if let v = m["color"] { s.color = try color(v, "\(path).color", palette: palette) }
        if let v = m["line_height"] { s.lineHeight = try number(v, "\(path).line_height", in: 0.5...5) }
        if let v = m["hyphenate"] { s.hyphenate = try bool(v, "\(path).hyphenate") }
        if let v = m["align"] {
            guard let a = v.string.flatMap(TextStyle.Alignment.init(rawValue:)) else {
                throw fail(v, "\(path).align", "expected left, center, right or justify")
            }
            s.alignment = a
        }
        return s
    }

    func tableStyle(_ node: Node, palette: [String: Color], path: String) throws -> TableStyle {
        guard let m = node.mapping else { throw fail(node, path, "expected a mapping") }
        try checkKeys(m, ["padding", "row_rule", "header_rule", "column_rule", "border", "header_fill"], path)
        var t = TableStyle()
        if let v = m["padding"] {
            t.padding = try insets(v, "\(path).padding")
            // Cell padding eats the column: more than this leaves narrow columns no room for a letter.
            if max(t.padding.left, t.padding.right, t.padding.top, t.padding.bottom) > 20 {
                throw fail(v, "\(path).padding", "cell padding over 20 pt leaves narrow columns no room for text", hint: "give 0–20 pt, e.g. {vertical: 3pt, horizontal: 4pt}")
            }
        }
        if let v = m["row_rule"] { t.rowRule = try stroke(v, "\(path).row_rule", palette: palette) }
        if let v = m["header_rule"] { t.headerRule = try stroke(v, "\(path).header_rule", palette: palette) }
        if let v = m["column_rule"] { t.columnRule = try stroke(v, "\(path).column_rule", palette: palette) }
        if let v = m["border"] { t.border = try stroke(v, "\(path).border", palette: palette) }
        if let v = m["header_fill"] { t.headerFill = v.string == "none" ? nil : try color(v, "\(path).header_fill", palette: palette) }
        return t
    }

    func pageStyle(_ node: Node, styles: [String: TextStyle], layoutDir: URL) throws -> PageStyle {
        guard let m = node.mapping else { throw fail(node, "page", "expected a mapping") }
        try checkKeys(m, ["size", "margins", "header", "footer", "first_page"], "page")
        var size = Size.a4
        if let s = m["size"] {
            if s.string?.uppercased() == "A4" { size = .a4 }
            else if let seq = s.sequence, seq.count == 2 {
                size = Size(try length(seq[0], "page.size", in: 72...LayoutLength.maximum, what: "page width"),
                            try length(seq[1], "page.size", in: 72...LayoutLength.maximum, what: "page height"))
            }
            else { throw fail(s, "page.size", "expected A4 or [width, height]") }
        }
        guard let marginNode = m["margins"] else { throw fail(node, "page.margins", "is missing") }
        var style = PageStyle(size: size, margins: try insets(marginNode, "page.margins"))
        // The margins must leave room for text: at least two inches each way.
        guard style.body.width >= 144, style.body.height >= 144 else {
            throw fail(marginNode, "page.margins", "leave \(Int(max(0, style.body.width))) × \(Int(max(0, style.body.height))) pt of the "
                       + "\(Int(size.width)) × \(Int(size.height)) pt page for the text", hint: "leave at least 144 pt (2 inches) each way")
        }
        if let h = m["header"] { style.header = try decoration(h, "page.header", styles: styles, layoutDir: layoutDir) }
        if let f = m["footer"] { style.footer = try decoration(f, "page.footer", styles: styles, layoutDir: layoutDir) }
        if let fp = m["first_page"]?.mapping {
            try checkKeys(fp, ["header", "footer"], "page.first_page")
            if let v = fp["header"] { style.firstPageHeader = try bool(v, "page.first_page.header") }
            if let v = fp["footer"] { style.firstPageFooter = try bool(v, "page.first_page.footer") }
        }
        return style
    }

    /// `{left, center, right, style, offset, rule}`; a slot is text (a string or a list of lines,
    /// with `{page}`, `{pages}` and the document's fields) or `{image: file.svg, height: 12mm}`.
    func decoration(_ node: Node, _ path: String, styles: [String: TextStyle], layoutDir: URL) throws -> PageDecoration? {
        if node.string == "none" { return nil }
        guard let m = node.mapping else { throw fail(node, path, "expected a mapping or none") }
        try checkKeys(m, ["left", "center", "right", "style", "offset", "rule"], path)
        let styleName = m["style"]?.string ?? "header"
        guard let style = styles[styleName] else { throw fail(m["style"] ?? node, "\(path).style", "no style named \(styleName)", hint: "define it under styles:") }
        guard let offsetNode = m["offset"] else { throw fail(node, "\(path).offset", "is missing", hint: "the distance from the page edge, e.g. 12mm") }
        func slot(_ key: String) throws -> PageDecoration.Slot? {
            guard let s = m[key] else { return nil }
            if let str = s.string { return .text(str.components(separatedBy: "\n")) }
            if let seq = s.sequence { return .text(seq.compactMap(\.string)) }
            if let sm = s.mapping, let file = sm["image"]?.string {
                let h = try sm["height"].map { try length($0, "\(path).\(key).height") } ?? 24
                do { return .image(try ImageSource(contentsOf: layoutDir.appendingPathComponent(file)), height: h) } catch {
                    throw fail(s, "\(path).\(key).image", "\(error)")
                }
            }
            throw fail(s, "\(path).\(key)", "expected text, a list of lines or {image, height}")
        }
        return PageDecoration(left: try slot("left"), center: try slot("center"), right: try slot("right"), style: style,
                              offset: try length(offsetNode, "\(path).offset"),
                              rule: try m["rule"].flatMap { try stroke($0, "\(path).rule", palette: palette) })
    }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
        var prev = row[0]
        row[0] = i
        for j in 1...b.count {
            let cur = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
            prev = cur
        }
    }
    return row[b.count]
}
