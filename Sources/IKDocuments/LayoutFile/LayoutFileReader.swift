import Foundation
import IKEngine
import IKInput
import Yams

/// Reads a layout file with the one grammar: the shared sections here, the documents' sections through
/// `LayoutSections.all`. Every problem of the file is collected and thrown at once as a `LayoutFileError`.
/// Styles may `inherit` another style and change only what differs.
extension LayoutFile {
    /// - Parameter fonts: when given, every `family:` must be one of its (the bundled) fonts.
    public init(contentsOf url: URL, fonts: FontLibrary? = nil) throws {
        self.url = url
        let log = LayoutLog(url: url)
        let data: [UInt8]
        switch InputFile.read(path: url.path, limit: InputLimits.layoutFileBytes) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutUnreadable, failure.reason),
                                  hint: Messages.text(.layoutUnreadableHint))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutNotUTF8), hint: Messages.text(.layoutSaveAsUTF8))
        }
        let root: Node
        do {
            guard let r = try Yams.compose(yaml: text) else { throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutEmpty), hint: Messages.text(.layoutEmptyHint)) }
            root = r
        } catch let e as YamlError {
            throw LayoutFileError(url: url, line: LayoutFile.line(of: e), message: "YAML: \(e)", hint: nil)
        }
        guard var top = LayoutMap(root, path: "", log: log, palette: [:], known: LayoutSections.topLevelKeys) else { try log.throwIfErrors(); throw LayoutFileError([]) }

        name = top.string("name") ?? url.deletingPathExtension().lastPathComponent
        var colors: [String: Color] = [:]
        if let m = top.map("colors", known: []) {
            for (key, _, value) in m.entries { colors[key] = LayoutValue(log: log, palette: [:]).color(value, "colors.\(key)") }
        }
        self.colors = colors
        top = top.with(palette: colors)
        let value = LayoutValue(log: log, palette: colors)
        styles = LayoutFile.readStyles(top.map("styles", known: []), value: value, fonts: fonts)
        var tables: [String: TableStyle] = [:]
        if let m = top.map("tables", known: []) {
            for (key, _, node) in m.entries {
                if let t = LayoutFile.tableStyle(node, "tables.\(key)", value: value) { tables[key] = t }
            }
        }
        self.tables = tables
        if let pageNode = top.node("page") {
            page = LayoutFile.pageStyle(pageNode, styles: styles, value: value, layoutDir: url.deletingLastPathComponent())
                ?? PageStyle(margins: Insets(all: 72))
        } else {
            log.error(nil, "page", Messages.text(.layoutNoPage), hint: Messages.text(.layoutNoPageHint))
            page = PageStyle(margins: Insets(all: 72))
        }
        var sections: [String: any LayoutSection] = [:]
        for type in LayoutSections.all {
            guard let map = top.map(type.key, known: type.keys) else { continue }
            sections[type.key] = type.init(reading: map)
        }
        self.sections = sections
        placeholderUses = log.placeholders
        try log.throwIfErrors()
    }

    static func line(of e: YamlError) -> Int? {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    // MARK: styles:

    static let styleKeys = ["inherit", "family", "size", "bold", "italic", "color", "line_height", "align", "hyphenate"]

    /// The styles with `inherit` resolved in dependency order; a missing parent or a cycle is an error.
    static func readStyles(_ map: LayoutMap?, value: LayoutValue, fonts: FontLibrary?) -> [String: TextStyle] {
        guard let map else { return [:] }
        let nodes = Dictionary(map.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let families = fonts?.families
        var resolved: [String: TextStyle] = [:]
        var failed: Set<String> = []
        func resolve(_ name: String, _ seen: [String]) -> TextStyle? {
            if let s = resolved[name] { return s }
            if failed.contains(name) { return nil }
            guard let node = nodes[name] else { return nil }
            let path = "styles.\(name)"
            guard let m = LayoutMap(node, path: path, log: value.log, palette: value.palette, known: styleKeys) else {
                failed.insert(name); return nil
            }
            var base = TextStyle()
            if let parent = m.string("inherit") {
                if seen.contains(parent) || parent == name {
                    m.error("inherit", Messages.text(.layoutInheritsItself, name, (seen + [name, parent]).joined(separator: " → ")),
                            hint: Messages.text(.layoutInheritsItselfHint))
                } else if nodes[parent] == nil {
                    let guess = EditDistance.closest(to: parent, among: Array(nodes.keys)).map { " (" + Messages.text(.didYouMeanCode, $0) + ")" } ?? ""
                    m.error("inherit", Messages.text(.layoutNoSuchStyle, parent) + guess, hint: Messages.text(.layoutNoSuchStyleHint, parent))
                } else if let p = resolve(parent, seen + [name]) {
                    base = p
                }
            }
            let s = textStyle(m, base: base)
            if let families, m.node("family") != nil, !families.contains(s.family) {
                m.error("family", Messages.text(.layoutNotBundledFont, s.family), hint: Messages.text(.layoutBundledFamilies, families.sorted().joined(separator: ", ")))
            }
            resolved[name] = s
            return s
        }
        for (name, _, _) in map.entries { _ = resolve(name, []) }
        return resolved
    }

    static func textStyle(_ m: LayoutMap, base: TextStyle) -> TextStyle {
        var s = base
        if let v = m.string("family") { s.family = v }
        if let v = m.length("size", in: 2...144, what: "font size") { s.size = v }
        if let v = m.bool("bold") { s.bold = v }
        if let v = m.bool("italic") { s.italic = v }
        if let v = m.color("color") { s.color = v }
        if let v = m.number("line_height", in: 0.5...5) { s.lineHeight = v }
        if let v = m.bool("hyphenate") { s.hyphenate = v }
        if let v = m.string("align") {
            if let a = TextStyle.Alignment(rawValue: v) { s.alignment = a } else {
                m.error("align", Messages.text(.layoutNotAlignment, v), hint: Messages.text(.layoutAlignmentHint))
            }
        }
        return s
    }

    // MARK: tables:

    static func tableStyle(_ node: Node, _ path: String, value: LayoutValue) -> TableStyle? {
        guard let m = LayoutMap(node, path: path, log: value.log, palette: value.palette,
                                known: ["padding", "row_rule", "header_rule", "column_rule", "border", "header_fill"]) else { return nil }
        var t = TableStyle()
        if let p = m.insets("padding") {
            // Cell padding eats the column: more than this leaves narrow columns no room for a letter.
            if max(p.left, p.right, p.top, p.bottom) > 20 {
                m.error("padding", Messages.text(.layoutPadding), hint: Messages.text(.layoutPaddingHint))
            } else {
                t.padding = p
            }
        }
        if let v = m.stroke("row_rule") { t.rowRule = v }
        if let v = m.stroke("header_rule") { t.headerRule = v }
        if let v = m.stroke("column_rule") { t.columnRule = v }
        if let v = m.stroke("border") { t.border = v }
        if let v = m.colorOrNone("header_fill") { t.headerFill = v }
        return t
    }

    // MARK: page:

    static func pageStyle(_ node: Node, styles: [String: TextStyle], value: LayoutValue, layoutDir: URL) -> PageStyle? {
        guard let m = LayoutMap(node, path: "page", log: value.log, palette: value.palette,
                                known: ["size", "margins", "header", "footer", "first_page"]) else { return nil }
        var size = Size.a4
        if let s = m.node("size") {
            if s.string?.uppercased() == "A4" { size = .a4 }
            else if let seq = s.sequence, seq.count == 2 {
                let w = value.length(seq[0], "page.size", in: 72...LayoutLength.maximum, what: "page width")
                let h = value.length(seq[1], "page.size", in: 72...LayoutLength.maximum, what: "page height")
                if let w, let h { size = Size(w, h) }
            }
            else { m.error("size", Messages.text(.layoutSize), hint: Messages.text(.layoutSizeHint)) }
        }
        var style = PageStyle(size: size, margins: Insets(all: 72))
        if let marginNode = m.node("margins") {
            if let margins = value.insets(marginNode, "page.margins") {
                style.margins = margins
                // The margins must leave room for text: at least two inches each way.
                if style.body.width < 144 || style.body.height < 144 {
                    m.error("margins", Messages.text(.layoutMarginsLeave, Int(max(0, style.body.width)), Int(max(0, style.body.height)), Int(size.width), Int(size.height)),
                            hint: Messages.text(.layoutMarginsLeaveHint))
                }
            }
        } else {
            m.error(nil, Messages.text(.layoutMarginsMissing), hint: Messages.text(.layoutMarginsMissingHint))
        }
        if let h = m.node("header") { style.header = decoration(h, "page.header", styles: styles, value: value, layoutDir: layoutDir) }
        if let f = m.node("footer") { style.footer = decoration(f, "page.footer", styles: styles, value: value, layoutDir: layoutDir) }
        if let fp = m.map("first_page", known: ["header", "footer"]) {
            if let v = fp.bool("header") { style.firstPageHeader = v }
            if let v = fp.bool("footer") { style.firstPageFooter = v }
        }
        return style
    }

    /// The placeholders a header or footer slot may use: `{page}`, `{pages}` and every document's fields.
    public static let placeholders = ["page", "pages"] + PlanDocument.fieldNames
        + MinutesDocument.fieldNames.filter { !PlanDocument.fieldNames.contains($0) }
        + ChecklistDocument.fieldNames.filter { !PlanDocument.fieldNames.contains($0) }

    /// `{left, center, right, style, offset, rule}` or `none`; a slot is text (a string or a list of lines,
    /// with `{page}`, `{pages}` and the document's fields) or `{image: file.svg, height: 12mm}`.
    static func decoration(_ node: Node, _ path: String, styles: [String: TextStyle], value: LayoutValue, layoutDir: URL) -> PageDecoration? {
        if node.string == "none" { return nil }
        guard let m = LayoutMap(node, path: path, log: value.log, palette: value.palette,
                                known: ["left", "center", "right", "style", "offset", "rule"]) else { return nil }
        let styleName = m.string("style") ?? "header"
        let style = styles[styleName]
        if style == nil {
            m.error(m.node("style") == nil ? nil : "style", Messages.text(.layoutNoSuchStyle, styleName),
                    hint: Messages.text(m.node("style") == nil ? .layoutHeaderStyleHint : .layoutDefineUnderStyles))
        }
        let offset = m.length("offset")
        if m.node("offset") == nil { m.error(nil, Messages.text(.layoutOffsetMissing), hint: Messages.text(.layoutOffsetHint)) }
        func slot(_ key: String) -> PageDecoration.Slot? {
            guard let s = m.node(key) else { return nil }
            if s.mapping == nil {
                let lines = s.sequence?.compactMap { value.string($0, m.field(key)) } ?? s.string.map { $0.components(separatedBy: "\n") } ?? []
                checkPlaceholders(lines, s, m.field(key), value.log)
                return .text(lines)
            }
            guard let sm = LayoutMap(s, path: m.field(key), log: value.log, palette: value.palette, known: ["image", "height"]) else { return nil }
            let height = sm.length("height") ?? 24
            guard let file = sm.string("image") else {
                sm.error(nil, Messages.text(.layoutSlotKind), hint: Messages.text(.forExample, "{image: logo.svg, height: 12mm}")); return nil
            }
            return image(file, in: layoutDir, sm).map { .image($0, height: height) }
        }
        let slots = (slot("left"), slot("center"), slot("right"))
        let rule = m.stroke("rule")
        guard let style, let offset else { return nil }
        return PageDecoration(left: slots.0, center: slots.1, right: slots.2, style: style, offset: offset, rule: rule ?? nil)
    }

    /// An image a header or footer names: a PNG or SVG in the layout file's folder (links out of it are
    /// refused as plan folders refuse them), read without blocking and checked as a plan's logo is.
    static func image(_ file: String, in layoutDir: URL, _ m: LayoutMap) -> ImageSource? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard !file.hasPrefix("/"), !parts.contains(".."), !parts.contains("") else {
            m.error("image", Messages.text(.layoutImageOutside, file), hint: Messages.text(.layoutImageOutsideHint))
            return nil
        }
        switch InputFile.read(file, confinedTo: layoutDir, limit: InputLimits.logoBytes) {
        case .failure(let failure):
            let (message, hint) = failure.describe(file, what: Messages.text(.layoutWhatImage))
            // The file messages name the plan folder; here the folder is the layout file's, in either language.
            func here(_ s: String) -> String {
                s.replacingOccurrences(of: "the plan folder", with: "the layout file's folder")
                    .replacingOccurrences(of: "planmappen", with: "layoutfilens mapp")
            }
            m.error("image", here(message), hint: here(hint))
            return nil
        case .success(let bytes):
            if let problem = LogoFile.problem(in: bytes, name: file) {
                m.error("image", "the image \"\(file)\" \(problem.message)", hint: problem.hint); return nil
            }
            do { return try ImageSource(bytes: bytes, name: file) } catch {
                m.error("image", "\(error)", hint: Messages.text(.layoutImageBeside)); return nil
            }
        }
    }

    /// An unknown `{name}` would print as written on every page: refuse it with the names there are.
    static func checkPlaceholders(_ lines: [String], _ node: Node, _ field: String, _ log: LayoutLog) {
        for line in lines {
            var rest = Substring(line)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let name = String(rest[rest.index(after: open)..<close])
                log.placeholders.append(PlaceholderUse(name: name, line: node.mark?.line ?? 0, field: field))
                if !placeholders.contains(name) {
                    let guess = EditDistance.closest(to: name, among: placeholders).map { " (" + Messages.text(.didYouMeanCode, "{\($0)}") + ")" } ?? ""
                    log.error(node, field, Messages.text(.layoutUnknownPlaceholder, "{\(name)}") + guess,
                              hint: Messages.text(.layoutPlaceholdersAre, placeholders.map { "{\($0)}" }.joined(separator: ", ")))
                }
                rest = rest[rest.index(after: close)...]
            }
        }
    }
}
