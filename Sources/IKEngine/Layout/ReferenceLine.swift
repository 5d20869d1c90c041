/// A line of text with a dotted leader and, at the right, the number of the page that holds a destination
/// (table of contents entries). The number is filled in when pages are finalised, in a slot of fixed width,
/// so the table of contents never needs a second layout pass.
public struct ReferenceLine: Block {
    /// The entry's text.
    public var spans: [TextSpan]
    /// How the text and the page number are set.
    public var style: TextStyle
    /// The destination whose page number is printed, and where the line links to.
    public var destination: String
    /// How far the line starts in (deeper levels further).
    public var indent: Double
    /// The width of the page-number slot at the right.
    public var numberWidth: Double
    /// Draws a dotted leader from the text to the number.
    public var leader: Bool
    /// Wrapped lines start this far in (the width of a leading number), so they align with the title.
    public var hangingIndent: Double
    /// Space above the line.
    public var spaceBefore: Double
    /// Space below the line.
    public var spaceAfter: Double

    public init(_ spans: [TextSpan], style: TextStyle, destination: String, indent: Double = 0, numberWidth: Double = 28,
                leader: Bool = true, hangingIndent: Double = 0, spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.spans = spans; self.style = style; self.destination = destination; self.indent = indent
        self.numberWidth = numberWidth; self.leader = leader; self.hangingIndent = hangingIndent
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }

    /// What the entry's link says: its words.
    var description: String { spans.map(\.text).joined().replacingOccurrences(of: "\u{00AD}", with: "") }

    /// The first line still to place: an entry taller than a page continues on the next one.
    var fromLine = 0

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let textWidth = max(1, region.width - indent - numberWidth - 8)
        let hang = min(hangingIndent, textWidth / 2)
        let text = context.shaper.shape(spans, style: style.with { $0.firstLineIndent = -hang }, width: textWidth)
        let n = text.lines.count
        let from = min(fromLine, max(0, n - 1))
        let top = from < n ? text.lines[from].top : 0
        let h = text.height(of: from..<n)
        if h > region.height + 0.01 {
            // Moving helps only when the rest fits a fresh region; otherwise it splits between lines, so an
            // entry taller than a page never runs over the page's foot.
            if !region.isEmpty && h <= region.fullHeight + 0.01 { return .moved }
            var fit = 0
            while from + fit < n, text.lines[from + fit].top + text.lines[from + fit].height - top <= region.height + 0.01 { fit += 1 }
            if fit == 0 && !region.isEmpty { return .moved }
            fit = max(1, fit)
            if from + fit < n {
                var f = Frame(size: Size(region.width, text.height(of: from..<(from + fit))))
                let link = StructureTag.link(target: "#" + destination, area: f.size, description: description)
                f.add(.tagStart(.contentsEntry))
                f.add(.tagStart(link))
                f.add(.text(text, lines: from..<(from + fit)), at: Point(indent, 0))
                f.add(.tagEnd(link))
                f.add(.tagEnd(.contentsEntry))
                var rest = self
                rest.fromLine = from + fit
                return .partial(f, rest: rest)
            }
        }
        var f = Frame(size: Size(region.width, h))
        // The entry's link holds its text, leader and page number, so they are the link's content.
        let link = StructureTag.link(target: "#" + destination, area: Size(region.width, h), description: description)
        f.add(.tagStart(.contentsEntry))
        f.add(.tagStart(link))
        f.add(.text(text, lines: from..<n), at: Point(indent, 0))
        if leader, let last = text.lines.last {
            let y = last.baseline - top - 0.5
            let x0 = indent + last.x + last.width + 4
            let x1 = region.width - numberWidth - 2
            if x1 > x0 {
                f.add(.line(to: Point(x1 - x0, 0), stroke: Stroke(color: style.color, width: 0.6, dash: [0.6, 2.4])), at: Point(x0, y))
            }
        }
        let baseline = (text.lines.last?.baseline ?? 0) - top
        f.add(.pageReference(destination: destination, style: style.with { $0.alignment = .right; $0.hyphenate = false },
                             width: numberWidth, baseline: baseline),
              at: Point(region.width - numberWidth, 0))
        f.add(.tagEnd(link))
        f.add(.tagEnd(.contentsEntry))
        return .complete(f)
    }
}
