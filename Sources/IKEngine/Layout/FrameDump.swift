// A readable dump of laid-out frames, for snapshot tests of layout decisions (where a line breaks, what
// moved to the next page, where a table repeats its header) and for looking at a page without a PDF viewer.
// Structure tags nest what they enclose; every other item is a leaf with its position and size in points,
// drawn as a tree in the manner of swift-markdown's `debugDescription`:
//
//     Page 2 595.3×841.9
//     └─ Body (60, 70) 475.3×701.9
//        ├─ H1
//        │  └─ Text (0, 0) 475.3 wide
//        │     └─ Line (0, 0) 120.4×19.5 "3 Åtgärder"
//        └─ Rect (0, 30) 475.3×1 fill #9aa7b4

extension Frame {
    /// The frame's items as an indented tree, one line each; positions relative to the frame's top-left.
    public var dump: String { FrameDump.render(FrameDump.tree(self, at: .zero), root: "Frame \(FrameDump.size(size))") }
}

extension LaidOutPage {
    /// The page as an indented tree: header, body and footer, each with its items.
    public var dump: String {
        var children: [FrameDump.Node] = []
        let m = style.margins
        if let header { children.append(.init("Header", FrameDump.tree(header, at: .zero))) }
        children.append(.init("Body \(FrameDump.point(Point(m.left, m.top))) \(FrameDump.size(body.size))", FrameDump.tree(body, at: .zero)))
        if let footer { children.append(.init("Footer", FrameDump.tree(footer, at: .zero))) }
        let label = self.label.map { " \"\($0)\"" } ?? ""
        return FrameDump.render(children, root: "Page \(number)\(label) \(FrameDump.size(style.size))")
    }
}

extension ShapedText {
    /// The text of line `index`; a line broken at a hyphenation point ends in "-".
    public func lineText(_ index: Int) -> String {
        guard index >= 0, index < lines.count else { return "" }
        var s = lineTexts[index]
        s.removeAll { $0 == "\u{00AD}" }
        while s.last == "\n" || s.last == "\u{2028}" { s.removeLast() }
        return hyphenated[index] ? s + "-" : s
    }
}

enum FrameDump {
    struct Node {
        var title: String
        var children: [Node]
        init(_ title: String, _ children: [Node] = []) { self.title = title; self.children = children }
    }

    /// The items of `frame` as nodes, shifted by `offset`; a tag start opens a node that its end closes.
    static func tree(_ frame: Frame, at offset: Point) -> [Node] {
        var stack: [Node] = [Node("")]
        func append(_ n: Node) { stack[stack.count - 1].children.append(n) }
        for (p, item) in frame.items {
            let at = p.offset(by: offset)
            switch item {
            case .tagStart(let tag): stack.append(Node(title(tag)))
            case .tagEnd:
                // An unbalanced end is shown, not hidden: balance is a rule of the frames.
                if stack.count > 1, let open = stack.popLast() { append(open) } else { append(Node("unbalanced tag end")) }
            case .text(let shaped, let lines):
                let top = shaped.lines.indices.contains(lines.lowerBound) ? shaped.lines[lines.lowerBound].top : 0
                let children = lines.filter { shaped.lines.indices.contains($0) }.map { i -> Node in
                    let l = shaped.lines[i]
                    return Node("Line \(point(Point(at.x + l.x, at.y + l.top - top))) \(size(Size(l.width, l.height))) \"\(shaped.lineText(i))\"")
                }
                append(Node("Text \(point(at)) \(number(shaped.width)) wide, \(shaped.style.family) \(number(shaped.style.size))"
                            + (shaped.style.bold ? " bold" : "") + (shaped.style.italic ? " italic" : ""), children))
            case .group(let f): append(Node("Group \(point(at)) \(size(f.size))", tree(f, at: at)))
            case .turnedUp(let f): append(Node("TurnedUp \(point(at)) \(size(f.size))", tree(f, at: .zero)))
            case .rect(let s, let fill, let stroke, let radius):
                append(Node("Rect \(point(at)) \(size(s))" + paint(fill, stroke) + (radius > 0 ? " radius \(number(radius))" : "")))
            case .line(let to, let stroke): append(Node("Rule \(point(at)) → \(point(to.offset(by: at)))" + paint(nil, stroke)))
            case .polygon(let points, let fill, let stroke): append(Node("Polygon \(point(at)) \(points.count) points" + paint(fill, stroke)))
            case .image(_, let s): append(Node("Image \(point(at)) \(size(s))"))
            case .link(let s, let target): append(Node("Link \(point(at)) \(size(s)) → \(target)"))
            case .formField(let field, let s): append(Node("Field \(point(at)) \(size(s)) \(field.kind) \"\(field.name)\""))
            case .destination(let name): append(Node("Destination \(name) \(point(at))"))
            case .outline(let title, let level, let destination): append(Node("Outline \(level) \"\(title)\" → \(destination)"))
            case .pageReference(let destination, _, let width, _): append(Node("PageReference \(destination) \(point(at)) \(number(width)) wide"))
            }
        }
        while stack.count > 1, let open = stack.popLast() { append(Node("unclosed \(open.title)", open.children)) }
        return stack[0].children
    }

    /// The structure type as Cairo writes it, with what the post-processing adds.
    static func title(_ tag: StructureTag) -> String {
        let name = tag.cairoName
        switch tag {
        case .headerCell(let scope, let columns, let rows): return "\(name) scope \(scope.rawValue)" + spans(columns, rows)
        case .dataCell(let columns, let rows): return name + spans(columns, rows)
        case .figure(let alt): return "\(name) alt \"\(alt)\""
        case .link(let target, let area, let description): return "\(name) \(size(area)) → \(target) \"\(description)\""
        case .decoration(let kind): return "\(name) decoration \(kind.rawValue)"
        default: return name
        }
    }

    static func spans(_ columns: Int, _ rows: Int) -> String {
        (columns > 1 ? " columns \(columns)" : "") + (rows > 1 ? " rows \(rows)" : "")
    }

    static func render(_ children: [Node], root: String) -> String {
        var out = root + "\n"
        func walk(_ nodes: [Node], _ prefix: String) {
            for (i, n) in nodes.enumerated() {
                let last = i == nodes.count - 1
                out += prefix + (last ? "└─ " : "├─ ") + n.title + "\n"
                walk(n.children, prefix + (last ? "   " : "│  "))
            }
        }
        walk(children, "")
        return out
    }

    /// Points with at most one decimal: `12`, `12.5`.
    static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func point(_ p: Point) -> String { "(\(number(p.x)), \(number(p.y)))" }
    static func size(_ s: Size) -> String { "\(number(s.width))×\(number(s.height))" }

    static func hex(_ c: Color) -> String {
        let parts = [c.r, c.g, c.b].map { v -> String in
            let h = String(Int((max(0, min(1, v)) * 255).rounded()), radix: 16)
            return h.count == 1 ? "0" + h : h
        }
        return "#" + parts.joined()
    }

    static func paint(_ fill: Color?, _ stroke: Stroke?) -> String {
        var s = ""
        if let fill { s += " fill \(hex(fill))" }
        if let stroke { s += " stroke \(hex(stroke.color)) \(number(stroke.width))" + (stroke.dash.isEmpty ? "" : " dashed") }
        return s
    }
}
