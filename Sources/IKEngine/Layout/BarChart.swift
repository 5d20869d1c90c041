/// A horizontal bar chart drawn as vectors: one row per category, each with one or more bars made of
/// segments laid end to end on a shared scale, the value in words at each bar's end, and a legend of
/// swatches. Knows nothing of what it counts. A block that never splits, tagged as a figure with the
/// alternative text its maker gives (the chart's numbers in words).
public struct BarChart: Block {
    /// One stretch of a bar: its length on the scale and how it is drawn.
    public struct Segment: Sendable {
        public var value: Double
        /// The fill; nil leaves the stretch open (drawn by `stroke` only), for "planned but not done".
        public var fill: Color?
        public var stroke: Stroke?
        public init(_ value: Double, fill: Color?, stroke: Stroke? = nil) { self.value = value; self.fill = fill; self.stroke = stroke }
    }

    /// One bar: its segments from the axis outwards, and the words printed after it ("13 av 16").
    public struct Bar: Sendable {
        public var segments: [Segment]
        public var text: String
        public init(_ segments: [Segment], text: String) { self.segments = segments; self.text = text }
        var total: Double { segments.reduce(0) { $0 + max(0, $1.value) } }
    }

    /// One category: its label at the left and its bars, stacked.
    public struct Row: Sendable {
        public var label: String
        public var bars: [Bar]
        public init(label: String, bars: [Bar]) { self.label = label; self.bars = bars }
    }

    /// How the chart is drawn.
    public struct Style: Sendable {
        /// Category labels and the legend.
        public var label: TextStyle
        /// The words after each bar.
        public var value: TextStyle
        public var barHeight: Double = 9
        /// Between the bars of one row, and between rows.
        public var barGap: Double = 2.5, rowGap: Double = 7
        /// The label column, as a share of the width.
        public var labelShare: Double = 0.28
        /// The least room for the words at the right of the bars, in points (more when they need it).
        public var valueWidth: Double = 60
        /// The axis line at the bars' start.
        public var axis: Stroke? = Stroke(color: .black, width: 0.6)
        public init(label: TextStyle, value: TextStyle) { self.label = label; self.value = value }
    }

    public var rows: [Row]
    /// Swatches and their words under the chart.
    public var legend: [(text: String, segment: Segment)]
    public var style: Style
    /// The chart in words, for someone who cannot see it.
    public var altText: String
    /// The value the full bar length stands for; nil: the largest bar.
    public var scale: Double?
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var keepWithNext: Bool

    public init(rows: [Row], legend: [(text: String, segment: Segment)] = [], style: Style, altText: String, scale: Double? = nil,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.rows = rows; self.legend = legend; self.style = style; self.altText = altText; self.scale = scale
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        Canvas(frame(width: region.width, shaper: context.shaper), tag: .figure(alt: altText), spaceBefore: 0)
            .layout(in: region, context)
    }

    /// The drawing at `width`.
    public func frame(width: Double, shaper: TextShaper) -> Frame {
        let labelStyle = style.label.with { $0.hyphenate = false }
        let valueStyle = style.value.with { $0.hyphenate = false }
        let labelWidth = max(30, width * style.labelShare)
        let barLeft = labelWidth + 6
        // The words after the bars get the room their longest needs (at least `valueWidth`, at most 40 %).
        let longest = rows.flatMap(\.bars).map { shaper.shape($0.text, style: valueStyle, width: 0).naturalWidth }.max() ?? 0
        let valueWidth = min(width * 0.4, max(style.valueWidth, longest + 2))
        let barSpace = max(20, width - barLeft - valueWidth - 6)
        let largest = rows.flatMap(\.bars).map(\.total).max() ?? 0
        let full = max(scale ?? largest, 1)
        var f = Frame(size: Size(width, 0))
        var y = 0.0
        for (r, row) in rows.enumerated() {
            if r > 0 { y += style.rowGap }
            let top = y
            let barsHeight = Double(row.bars.count) * style.barHeight + Double(max(0, row.bars.count - 1)) * style.barGap
            let label = shaper.shape(row.label, style: labelStyle, width: labelWidth)
            let rowHeight = max(barsHeight, label.height)
            f.add(.tagStart(.paragraph))
            f.add(.text(label, lines: 0..<label.lines.count), at: Point(0, top + (rowHeight - label.height) / 2))
            f.add(.tagEnd(.paragraph))
            var by = top + (rowHeight - barsHeight) / 2
            for bar in row.bars {
                var x = barLeft
                for s in bar.segments where s.value > 0 {
                    let w = barSpace * s.value / full
                    f.add(.rect(Size(w, style.barHeight), fill: s.fill, stroke: s.stroke, radius: 0), at: Point(x, by))
                    x += w
                }
                let text = shaper.shape(bar.text, style: valueStyle, width: valueWidth + 6 + barSpace - (x - barLeft))
                f.add(.tagStart(.paragraph))
                f.add(.text(text, lines: 0..<text.lines.count), at: Point(x + 4, by + (style.barHeight - (text.lines.first?.height ?? 0)) / 2))
                f.add(.tagEnd(.paragraph))
                by += style.barHeight + style.barGap
            }
            y = top + rowHeight
        }
        if let axis = style.axis, !rows.isEmpty {
            f.add(.line(to: Point(0, y + 2), stroke: axis), at: Point(barLeft, -2))
        }
        if !legend.isEmpty {
            y += 10
            var x = barLeft
            let line = shaper.shape("Ag", style: labelStyle, width: 0).height
            let swatch = (line * 0.75).rounded()
            for item in legend {
                let t = shaper.shape(item.text, style: labelStyle, width: 0)
                let itemWidth = swatch + 4 + t.naturalWidth
                if x > barLeft, x + itemWidth > width { x = barLeft; y += line + 3 }
                f.add(.rect(Size(swatch, swatch), fill: item.segment.fill, stroke: item.segment.stroke, radius: 0),
                      at: Point(x, y + (line - swatch) / 2))
                f.add(.tagStart(.paragraph))
                f.add(.text(t, lines: 0..<t.lines.count), at: Point(x + swatch + 4, y))
                f.add(.tagEnd(.paragraph))
                x += itemWidth + 12
            }
            y += line
        }
        f.size = Size(width, y + 2)
        return f
    }
}
