/// One item of a bullet or numbered list: a marker in a hanging indent, the content beside it.
/// The marker shows only on the item's first part when the content splits.
public struct ListItem: Block {
    public var marker: String
    public var markerStyle: TextStyle
    public var indent: Double
    public var content: Flow
    public var spaceBefore: Double
    public var spaceAfter: Double
    var showMarker = true

    public init(marker: String, markerStyle: TextStyle, indent: Double, content: [any Block],
                spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.marker = marker; self.markerStyle = markerStyle; self.indent = indent; self.content = Flow(content)
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let m = context.shaper.shape(marker, style: markerStyle, width: 0)
        // A marker wider than the indent (a list numbered from 999999999) widens this item's indent, so the
        // marker never overprints the content; the content keeps at least half the width.
        let indent = min(max(self.indent, m.naturalWidth + 2), max(self.indent, region.width / 2))
        let inner = Region(width: max(1, region.width - indent), height: region.height, fullHeight: region.fullHeight, isEmpty: region.isEmpty)
        func wrap(_ f: Frame, marker show: Bool) -> Frame {
            var out = Frame(size: Size(region.width, f.size.height))
            out.add(.tagStart("LI"))
            if show {
                // Align the marker's baseline with the content's first baseline.
                let firstBaseline = f.firstBaseline ?? m.lines.first?.baseline ?? 0
                let dy = firstBaseline - (m.lines.first?.baseline ?? 0)
                out.add(.tagStart("Lbl"))
                out.add(.text(m, lines: 0..<m.lines.count), at: Point(0, dy))
                out.add(.tagEnd("Lbl"))
            }
            out.add(.tagStart("LBody"))
            out.merge(f, at: Point(indent, 0))
            out.add(.tagEnd("LBody"))
            out.add(.tagEnd("LI"))
            return out
        }
        switch content.layout(in: inner, context) {
        case .complete(let f): return .complete(wrap(f, marker: showMarker))
        case .partial(let f, let rest):
            var next = self
            next.content = Flow([rest])
            next.showMarker = false
            return .partial(wrap(f, marker: showMarker), rest: next)
        case .moved: return .moved
        }
    }
}

extension Frame {
    /// The baseline of the first text line in the frame, from its top.
    var firstBaseline: Double? {
        var best: Double?
        for (p, item) in items {
            if case .text(let t, let lines) = item, let first = lines.first, first < t.lines.count {
                let b = p.y + t.lines[first].baseline - t.lines[first].top
                if let current = best, current <= b { continue }
                best = b
            }
        }
        return best
    }
}
