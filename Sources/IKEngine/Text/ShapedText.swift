import CGraphics

/// A paragraph shaped by Pango at a fixed width: the one PangoLayout that is measured is also the one drawn.
/// Immutable after creation; owned by the frames that show its lines.
public final class ShapedText: @unchecked Sendable {
    /// One line: its box relative to the top of the paragraph, in points.
    public struct Line: Hashable, Sendable {
        public var top: Double
        public var height: Double
        public var baseline: Double      // from the paragraph's top
        public var x: Double             // left edge of the line's logical box (alignment)
        public var width: Double
    }

    let layout: OpaquePointer
    public let width: Double
    public let lines: [Line]
    public let style: TextStyle
    /// Links: byte ranges in the layout's text and their targets, resolved to rectangles on demand.
    let linkRanges: [(start: Int, end: Int, target: String)]

    init(layout: OpaquePointer, width: Double, style: TextStyle, linkRanges: [(Int, Int, String)]) {
        self.layout = layout
        self.width = width
        self.style = style
        self.linkRanges = linkRanges.map { (start: $0.0, end: $0.1, target: $0.2) }
        var result: [Line] = []
        if let iter = pango_layout_get_iter(layout) {
            repeat {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = pango_layout_iter_get_baseline(iter)
                result.append(Line(top: Double(logical.y) / Double(PANGO_SCALE), height: Double(logical.height) / Double(PANGO_SCALE),
                                   baseline: Double(baseline) / Double(PANGO_SCALE),
                                   x: Double(logical.x) / Double(PANGO_SCALE), width: Double(logical.width) / Double(PANGO_SCALE)))
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
        }
        self.lines = result
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Height of lines `range`, from the top of the first to the bottom of the last.
    public func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last, last < lines.count else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }

    public var height: Double { height(of: 0..<lines.count) }

    /// The widest line, for shrink-to-fit boxes (badges).
    public var naturalWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }

    /// The text the layout holds (with soft hyphens), for tests and dumps.
    public var text: String {
        guard let c = pango_layout_get_text(layout) else { return "" }
        return String(cString: c)
    }

    /// Rectangles (relative to the paragraph's top-left) of each link that lies in lines `range`.
    func linkRects(in range: Range<Int>) -> [(Rect, String)] {
        var out: [(Rect, String)] = []
        for link in linkRanges {
            var lineIndex: Int32 = 0, xStart: Int32 = 0, xEnd: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(link.start), 0, &lineIndex, &xStart)
            var endLine: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(max(link.start, link.end - 1)), 1, &endLine, &xEnd)
            for li in Int(lineIndex)...max(Int(lineIndex), Int(endLine)) where range.contains(li) && li < lines.count {
                let line = lines[li]
                let x0 = li == Int(lineIndex) ? Double(xStart) / Double(PANGO_SCALE) + line.x : line.x
                let x1 = li == Int(endLine) ? Double(xEnd) / Double(PANGO_SCALE) + line.x : line.x + line.width
                out.append((Rect(min(x0, x1), line.top, abs(x1 - x0), line.height), link.target))
            }
        }
        return out
    }
}
