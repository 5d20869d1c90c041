import IKEngine

/// Chapter 1's figure: the steps from goal to result as arrow shapes pointing right, and beneath them a
/// wide return arrow "Uppföljning och analys" from the result back to the goal. Width given, height derived.
public struct ProcessFigure: Block {
    public var style: ProcessFigureStyle
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var keepWithNext: Bool

    public init(style: ProcessFigureStyle, spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.style = style; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext
    }

    /// Where the shapes go, and their shaped texts.
    public struct Geometry {
        public var size: Size
        /// The outline of each step (a chevron; the first has a straight back).
        public var shapes: [[Point]]
        /// The area each step's texts are centred in.
        public var textAreas: [Rect]
        /// The return arrow's outline and the area of its label.
        public var returnArrow: [Point]
        public var returnLabelArea: Rect
        var titles: [ShapedText]
        var subtitles: [ShapedText]
        var label: ShapedText
    }

    public func geometry(width: Double, shaper: TextShaper) -> Geometry {
        let n = max(1, style.steps.count)
        let gap = 3.0, depth = min(12, width / Double(n) * 0.14), pad = 4.0
        // Each shape's point tucks into the next one's notch, so shapes overlap by depth − gap.
        let w = (width + Double(n - 1) * (depth - gap)) / Double(n)
        var areas: [Rect] = [], titles: [ShapedText] = [], subtitles: [ShapedText] = []
        for (i, step) in style.steps.enumerated() {
            let x = Double(i) * (w - depth + gap)
            let left = x + (i == 0 ? 0 : depth) + pad
            let textWidth = max(8, x + w - depth - pad - left)
            let ink = style.fill(i).readableText
            // Titles never hyphenate: they shrink until their longest word fits. Subtitles may hyphenate last.
            titles.append(shaper.shapeKeepingWords(step.title, style: style.title.with { $0.color = ink }, width: textWidth,
                                                   minSize: 5, hyphenateLast: false))
            subtitles.append(shaper.shapeKeepingWords(step.subtitle, style: style.subtitle.with { $0.color = ink }, width: textWidth,
                                                      minSize: max(5, style.subtitle.size * 0.8), hyphenateLast: style.subtitle.hyphenate))
            areas.append(Rect(left, 0, textWidth, 0))
        }
        let textHeights = zip(titles, subtitles).map { $0.height + ($1.lines.isEmpty || $1.text.isEmpty ? 0 : 3 + $1.height) }
        let h = max(2.4 * depth, (textHeights.max() ?? 0) + 2 * (pad + 3))
        for i in areas.indices { areas[i].origin.y = pad + 3; areas[i].size.height = h - 2 * (pad + 3) }
        let shapes = style.steps.indices.map { i -> [Point] in
            let x = Double(i) * (w - depth + gap)
            let back = i == 0 ? [Point(x, h)] : [Point(x, h), Point(x + depth, h / 2)]
            return [Point(x, 0), Point(x + w - depth, 0), Point(x + w, h / 2), Point(x + w - depth, h)] + back
        }

        // The return arrow: down from the last step, left under the row, up into the first step.
        let first = areas.first.map { $0.minX + $0.width / 2 } ?? 0
        let last = areas.last.map { $0.minX + $0.width / 2 } ?? width
        let stem = 10.0, head = 9.0, headHalf = stem / 2 + 5
        let label = shaper.shape(style.returnLabel, style: style.title.with { $0.color = style.returnFill.readableText },
                                 width: max(8, last - first - 8))
        let apex = h + 2, headBase = apex + head, barTop = headBase + 8, barBottom = barTop + label.height + 8
        let arrow = [Point(last - stem / 2, h), Point(last + stem / 2, h), Point(last + stem / 2, barBottom),
                     Point(first - stem / 2, barBottom), Point(first - stem / 2, headBase), Point(first - headHalf, headBase),
                     Point(first, apex), Point(first + headHalf, headBase), Point(first + stem / 2, headBase),
                     Point(first + stem / 2, barTop), Point(last - stem / 2, barTop)]
        let labelArea = Rect(first + 4, barTop + 4, max(8, last - first - 8), label.height)
        return Geometry(size: Size(width, barBottom), shapes: shapes, textAreas: areas, returnArrow: arrow,
                        returnLabelArea: labelArea, titles: titles, subtitles: subtitles, label: label)
    }

    /// The drawing, without a structure tag.
    public func frame(width: Double, shaper: TextShaper) -> Frame {
        let g = geometry(width: width, shaper: shaper)
        var f = Frame(size: g.size)
        f.add(.polygon(g.returnArrow, fill: style.returnFill, stroke: nil))
        f.add(.text(g.label, lines: 0..<g.label.lines.count), at: g.returnLabelArea.origin)
        for i in g.shapes.indices {
            f.add(.polygon(g.shapes[i], fill: style.fill(i), stroke: nil))
            let area = g.textAreas[i], title = g.titles[i], sub = g.subtitles[i]
            let subHeight = sub.text.isEmpty ? 0 : 3 + sub.height
            let top = area.minY + max(0, (area.height - title.height - subHeight) / 2)
            f.add(.text(title, lines: 0..<title.lines.count), at: Point(area.minX, top))
            if !sub.text.isEmpty { f.add(.text(sub, lines: 0..<sub.lines.count), at: Point(area.minX, top + title.height + 3)) }
        }
        return f
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        Canvas(frame(width: region.width, shaper: context.shaper), tag: .figure(alt: altText)).layout(in: region, context)
    }

    /// The flow in words: each step with its subtitle, in order, and the return arrow back to the start.
    public var altText: String {
        let steps = style.steps.map { $0.subtitle.isEmpty ? $0.title : "\($0.title) (\($0.subtitle))" }
        let first = style.steps.first?.title ?? ""
        var text = "Processfigur i \(steps.count) steg: \(steps.joined(separator: ", därefter "))."
        if !style.returnLabel.isEmpty, steps.count > 1 {
            text += " En pil tillbaka från sista steget till \(first): \(style.returnLabel)."
        }
        return text
    }
}
