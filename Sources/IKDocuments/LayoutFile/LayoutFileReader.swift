import Foundation
import IKEngine
import Yams

/// Reads a layout file. Styles may `inherit` another style and change only what differs.
extension LayoutFile {
    public init(contentsOf url: URL, fonts: FontLibrary? = nil) throws {
        self.url = url
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LayoutFileError(url: url, line: nil, message: "cannot read the layout file", hint: "check the path given to --layout")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LayoutFileError(url: url, line: nil, message: "the layout file is not UTF-8", hint: "save it as UTF-8")
        }
        let root: Node
        do {
            guard let r = try Yams.compose(yaml: text) else { throw LayoutFileError(url: url, line: nil, message: "the layout file is empty", hint: nil) }
            root = r
        } catch let e as YamlError {
            throw LayoutFileError(url: url, line: LayoutFile.line(of: e), message: "YAML: \(e)", hint: nil)
        }
        guard let map = root.mapping else { throw LayoutFileError(url: url, line: 1, message: "the layout file must be a mapping of sections", hint: nil) }
        var reader = NodeReader(url: url)

        name = map["name"]?.string ?? url.deletingPathExtension().lastPathComponent
        colors = [:]
        for (k, v) in map["colors"]?.mapping ?? [:] {
            guard let key = k.string else { continue }
            colors[key] = try reader.color(v, "colors.\(key)")
        }
        let palette = colors
        reader.palette = palette
        // Styles, resolving `inherit` in dependency order.
        var resolved: [String: TextStyle] = [:]
        let styleNodes = map["styles"]?.mapping ?? [:]
        func resolve(_ name: String, _ seen: Set<String>) throws -> TextStyle {
            if let s = resolved[name] { return s }
            guard let node = styleNodes[Node(name)] else {
                throw LayoutFileError(url: url, line: nil, message: "styles.\(name) is not defined", hint: "define it under styles:")
            }
            guard !seen.contains(name) else { throw LayoutFileError(url: url, line: node.mark?.line, message: "styles.\(name) inherits itself", hint: nil) }
            var base = TextStyle()
            if let parent = node.mapping?["inherit"]?.string { base = try resolve(parent, seen.union([name])) }
            let s = try reader.textStyle(node, base: base, palette: palette, path: "styles.\(name)")
            resolved[name] = s
            return s
        }
        for (k, _) in styleNodes { if let key = k.string { _ = try resolve(key, []) } }
        styles = resolved
        if let fonts {
            let known = fonts.families
            for (n, s) in styles where !known.contains(s.family) {
                throw LayoutFileError(url: url, line: styleNodes[Node(n)]?.mark?.line, message: "styles.\(n).family: \(s.family) is not a bundled font",
                                      hint: "bundled families: \(known.sorted().joined(separator: ", "))")
            }
        }
        tables = [:]
        for (k, v) in map["tables"]?.mapping ?? [:] {
            guard let key = k.string else { continue }
            tables[key] = try reader.tableStyle(v, palette: palette, path: "tables.\(key)")
        }
        guard let pageNode = map["page"] else {
            throw LayoutFileError(url: url, line: nil, message: "the section page: is missing", hint: "give page: size, margins, header, footer")
        }
        page = try reader.pageStyle(pageNode, styles: resolved, layoutDir: url.deletingLastPathComponent())
        var rest: [String: Node] = [:]
        for (k, v) in map { if let key = k.string, !["name", "colors", "styles", "tables", "page"].contains(key) { rest[key] = v } }
        sections = rest
    }

    static func line(of e: YamlError) -> Int? {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
