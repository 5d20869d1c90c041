/// Content inside padding, with an optional background, border and left rule (block quotes, notes, cells).
/// Splits when its content splits; each part gets its own background and border.
public struct Box: Block {
    /// What the box holds, laid out inside the padding.
    public var content: Flow
    /// Space between the box's edge and its content.
    public var padding: Insets
    /// A background; nil for none.
    public var fill: Color?
    /// A border round the box; nil for none.
    public var border: Stroke?
    /// A rule along the left edge (block quotes); nil for none.
    public var leftRule: Stroke?
    /// The corner radius of the fill and border.
    public var radius: Double
    /// The structure element the box is (block quote, section, contents); nil adds none.
    public var tag: StructureTag?
    /// Space above the box (dropped at the top of a page).
    public var spaceBefore: Double
    /// Space below.
    public var spaceAfter: Double
    /// Keeps this on the same page as what follows it.
    public var keepWithNext: Bool

    public init(_ content: [any Block], padding: Insets = .zero, fill: Color? = nil, border: Stroke? = nil,
                leftRule: Stroke? = nil, radius: Double = 0, tag: StructureTag? = nil,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.content = Flow(content); self.padding = padding; self.fill = fill; self.border = border
        self.leftRule = leftRule; self.radius = radius; self.tag = tag
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let inner = Region(width: max(1, region.width - padding.horizontal), height: region.height - padding.vertical,
                           fullHeight: region.fullHeight - padding.vertical, isEmpty: region.isEmpty)
        switch content.layout(in: inner, context) {
        case .complete(let f): return .complete(wrap(f, width: region.width))
        case .partial(let f, let rest):
            var next = self
            next.content = Flow([rest])
            return .partial(wrap(f, width: region.width), rest: next)
        case .moved: return .moved
        }
    }

    private func wrap(_ inner: Frame, width: Double) -> Frame {
        let size = Size(width, inner.size.height + padding.vertical)
        var f = Frame(size: size)
        if let tag { f.add(.tagStart(tag)) }
        if fill != nil || border != nil { f.add(.rect(size, fill: fill, stroke: border, radius: radius)) }
        if let leftRule { f.add(.line(to: Point(0, size.height), stroke: leftRule), at: Point(leftRule.width / 2, 0)) }
        f.merge(inner, at: Point(padding.left, padding.top))
        if let tag { f.add(.tagEnd(tag)) }
        return f
    }
}

/// Vertical space; vanishes at the top of a region.
public struct Spacer: Block {
    /// The gap in points.
    public var height: Double
    public init(_ height: Double) { self.height = height }
    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        if region.isEmpty { return .complete(Frame(size: Size(region.width, 0))) }
        return .complete(Frame(size: Size(region.width, min(height, max(0, region.height)))))
    }
}

/// Ends the page here (unless the page is still empty).
public struct PageBreak: Block {
    public init() {}
    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        region.isEmpty ? .complete(Frame(size: Size(region.width, 0))) : .partial(Frame(size: Size(region.width, 0)), rest: Flow([]))
    }
}

/// A finished drawing of fixed size that never splits (the risk matrix, a figure, a badge).
public struct Canvas: Block {
    /// The drawing.
    public var frame: Frame
    /// Where the drawing stands in a wider region: left, center or right.
    public var alignment: TextStyle.Alignment
    /// The structure element the drawing is, a figure with its alternative text as a rule; nil leaves
    /// it untagged (a rule, a gap), for the post-processing to make an artifact.
    public var tag: StructureTag?
    /// Space above, dropped at the top of a page.
    public var spaceBefore: Double
    /// Space below.
    public var spaceAfter: Double
    /// Keeps this on the same page as what follows it.
    public var keepWithNext: Bool

    public init(_ frame: Frame, alignment: TextStyle.Alignment = .left, tag: StructureTag?,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.frame = frame; self.alignment = alignment; self.tag = tag
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        if frame.size.height > region.height + 0.01, !region.isEmpty { return .moved }
        let x: Double
        switch alignment {
        case .center: x = max(0, (region.width - frame.size.width) / 2)
        case .right: x = max(0, region.width - frame.size.width)
        default: x = 0
        }
        var f = Frame(size: Size(region.width, frame.size.height))
        if let tag { f.add(.tagStart(tag)) }
        f.merge(frame, at: Point(x, 0))
        if let tag { f.add(.tagEnd(tag)) }
        return .complete(f)
    }
}
