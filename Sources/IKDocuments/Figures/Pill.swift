import IKEngine

/// How a pill (status badge, value chip) is drawn: its text, padding and corner radius.
public struct PillStyle: Sendable {
    public var text: TextStyle
    public var padding: Insets
    /// Corner radius; nil rounds the ends fully.
    public var radius: Double?
    /// The narrowest pill (value chips keep one width for 1 and 16).
    public var minWidth: Double
    public var border: Stroke?

    public init(text: TextStyle, padding: Insets = Insets(vertical: 1, horizontal: 5), radius: Double? = nil,
                minWidth: Double = 0, border: Stroke? = nil) {
        self.text = text; self.padding = padding; self.radius = radius; self.minWidth = minWidth; self.border = border
    }
}

/// A word on a rounded fill whose first baseline sits where the first baseline of a line of `line` text
/// would, so it lines up with the text of neighbouring table cells. Shrinks to its text; wraps rather than
/// overflow a narrow cell.
struct Pill {
    var text: String
    var fill: Color
    var textColor: Color
    var style: PillStyle

    func frame(maxWidth: Double, line: TextStyle, shaper: TextShaper) -> Frame {
        var pad = style.padding
        let ts = style.text.with { $0.color = textColor; $0.hyphenate = false; $0.lineHeight = 1; $0.alignment = .center }
        let natural = shaper.shape(text, style: ts, width: 0)
        let wraps = natural.naturalWidth > maxWidth - pad.horizontal + 0.01
        // A wrapped pill gives its words more room: the round ends need less padding than one line's.
        if wraps { pad.left = min(pad.left, 3); pad.right = min(pad.right, 3) }
        let innerMax = max(1, maxWidth - pad.horizontal)
        // Too narrow: wrap between words, shrinking the words (to 75 %) before hyphenating one.
        let shaped = wraps ? shaper.shapeKeepingWords(text, style: ts, width: innerMax, minSize: ts.size * 0.75, hyphenateLast: true) : natural
        let pillWidth = wraps ? maxWidth : min(maxWidth, max(style.minWidth, natural.naturalWidth + pad.horizontal))
        let pillHeight = shaped.height + pad.vertical
        let firstLine = shaped.lines.first?.height ?? shaped.height

        // The pill's top follows from putting its text baseline on the body line's baseline.
        let reference = shaper.shape("Ag", style: line.with { $0.hyphenate = false }, width: 0)
        let lineBaseline = reference.lines.first?.baseline ?? 0
        let textBaseline = shaped.lines.first?.baseline ?? 0
        let top = max(0, lineBaseline - pad.top - textBaseline)

        var f = Frame(size: Size(pillWidth, max(top + pillHeight, reference.height)))
        let radius = min(style.radius ?? .greatestFiniteMagnitude, (firstLine + pad.vertical) / 2)
        f.add(.rect(Size(pillWidth, pillHeight), fill: fill, stroke: style.border, radius: radius), at: Point(0, top))
        let x = wraps ? pad.left : (pillWidth - natural.naturalWidth) / 2
        f.add(.text(shaped, lines: 0..<shaped.lines.count), at: Point(x, top + pad.top))
        return f
    }
}

/// A pill as a block in a flow or table cell: never splits; its width is the region's at most. Tagged as a
/// paragraph, so it reads as its words.
struct PillBlock: Block {
    var pill: Pill
    var line: TextStyle
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let drawn = pill.frame(maxWidth: region.width, line: line, shaper: context.shaper)
        if drawn.size.height > region.height + 0.01, !region.isEmpty { return .moved }
        var f = Frame(size: drawn.size)
        f.add(.tagStart(.paragraph))
        f.merge(drawn, at: .zero)
        f.add(.tagEnd(.paragraph))
        return .complete(f)
    }
}
