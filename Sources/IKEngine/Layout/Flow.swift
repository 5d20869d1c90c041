/// A vertical sequence of blocks: the body of a page, a table cell, a list item's content.
/// Places blocks one after another, collapses spacing at region tops, keeps headings with what follows.
public struct Flow: Block {
    /// The blocks in reading order.
    public var blocks: [any Block]
    /// Space above the first block.
    public var spaceBefore: Double
    /// Space below the last block.
    public var spaceAfter: Double

    public init(_ blocks: [any Block], spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.blocks = blocks; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        Flow.place(blocks[...], in: region, context)
    }

    static func place(_ blocks: ArraySlice<any Block>, in region: Region, _ context: LayoutContext) -> Placement {
        var frame = Frame(size: Size(region.width, 0))
        var y = 0.0
        var previousAfter = 0.0
        var placedAny = false
        var i = blocks.startIndex
        while i < blocks.endIndex {
            let block = blocks[i]
            let gap = placedAny ? max(previousAfter, block.spaceBefore) : 0
            let sub = Region(width: region.width, height: region.height - y - gap,
                             fullHeight: region.fullHeight, isEmpty: region.isEmpty && !placedAny)
            // A heading (or a chain of them) goes to the next region unless the first part of what follows fits too.
            if block.keepWithNext, !sub.isEmpty, !keepsTogether(blocks[i...], in: sub, context) {
                return placedAny ? .partial(frame.withHeight(y), rest: Flow(Array(blocks[i...]))) : .moved
            }
            switch block.layout(in: sub, context) {
            case .complete(let f):
                frame.merge(f, at: Point(0, y + gap))
                y += gap + f.size.height
                previousAfter = block.spaceAfter
                // An empty block (what a forced page break leaves) places nothing: the next block still
                // stands at the region's top and drops its space before, as after a natural break.
                if f.size.height > 0 || !f.isEmpty { placedAny = true }
                i += 1
            case .partial(let f, let rest):
                frame.merge(f, at: Point(0, y + gap))
                y += gap + f.size.height
                return .partial(frame.withHeight(y), rest: Flow([rest] + Array(blocks[(i + 1)...])))
            case .moved:
                return placedAny ? .partial(frame.withHeight(y), rest: Flow(Array(blocks[i...]))) : .moved
            }
        }
        return .complete(frame.withHeight(y))
    }

    /// Does the chain of keep-with-next blocks starting the slice fit, with something of the block after it?
    private static func keepsTogether(_ blocks: ArraySlice<any Block>, in region: Region, _ context: LayoutContext) -> Bool {
        var y = 0.0
        var previousAfter = 0.0
        var first = true
        for block in blocks {
            let gap = first ? 0 : max(previousAfter, block.spaceBefore)
            let sub = Region(width: region.width, height: region.height - y - gap, fullHeight: region.fullHeight, isEmpty: false)
            switch block.layout(in: sub, context) {
            case .complete(let f):
                if !block.keepWithNext { return true }
                y += gap + f.size.height
                previousAfter = block.spaceAfter
                first = false
            case .partial:
                return !block.keepWithNext      // the follower may split; a kept block must not
            case .moved:
                return false
            }
        }
        return true                             // nothing follows: keep-with-next has nothing to hold on to
    }
}

extension Frame {
    func withHeight(_ h: Double) -> Frame {
        var f = self
        f.size.height = h
        return f
    }
}
