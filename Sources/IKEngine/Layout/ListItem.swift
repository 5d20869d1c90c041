/// One item of a bullet or numbered list: a marker in a hanging indent, the content beside it.
/// The marker shows only on the item's first part when the content splits.
public struct ListItem: Block {
    /// The bullet or number: "•", "1.".
    public var marker: String
    /// How the marker is set.
    public var markerStyle: TextStyle
    /// The hanging indent: the content starts this far in, the marker in the space before it.
    public var indent: Double
    /// The item's blocks.
    public var content: Flow
    /// Space above the item.
    public var spaceBefore: Double
    /// Space below.
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
            out.add(.tagStart(.listItem))
            if show {
                // Align the marker's baseline with the content's first baseline.
                let firstBaseline = f.firstBaseline ?? m.lines.first?.baseline ?? 0
                let dy = firstBaseline - (m.lines.first?.baseline ?? 0)
                out.add(.tagStart(.label))
                out.add(.text(m, lines: 0..<m.lines.count), at: Point(0, dy))
                out.add(.tagEnd(.label))
            }
            out.add(.tagStart(.listBody))
            out.merge(f, at: Point(indent, 0))
            out.add(.tagEnd(.listBody))
            out.add(.tagEnd(.listItem))
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

/// A list: its items inside one list element (`L`) on every page it reaches, so each item sits in a list.
/// Splits where its items split.
public struct ItemList: Block {
    /// The list's items (`ListItem`s), in order.
    public var items: Flow
    /// Space above, dropped at the top of a page.
    public var spaceBefore: Double
    /// Space below.
    public var spaceAfter: Double

    /// The list's spacing outside is its first item's before and its last item's after.
    public init(_ items: [ListItem]) {
        self.items = Flow(items)
        spaceBefore = items.first?.spaceBefore ?? 0
        spaceAfter = items.last?.spaceAfter ?? 0
    }

    private init(rest: Flow, spaceAfter: Double) { items = rest; spaceBefore = 0; self.spaceAfter = spaceAfter }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        func wrap(_ f: Frame) -> Frame {
            var out = Frame(size: f.size)
            out.add(.tagStart(.list))
            out.merge(f, at: .zero)
            out.add(.tagEnd(.list))
            return out
        }
        switch items.layout(in: region, context) {
        case .complete(let f): return .complete(wrap(f))
        case .partial(let f, let rest): return .partial(wrap(f), rest: ItemList(rest: Flow([rest]), spaceAfter: spaceAfter))
        case .moved: return .moved
        }
    }
}
