/// The space a block is asked to fill: the rest of the current page (or cell), and what a fresh one offers.
public struct Region: Sendable {
    /// The width every block of the region gets.
    public var width: Double
    /// Height left in this region.
    public var height: Double
    /// Height of an empty region of the same kind (a fresh page's body), to decide whether moving helps.
    public var fullHeight: Double
    /// Nothing has been placed in this region yet: a block must then place something (or split), never refuse.
    public var isEmpty: Bool

    public init(width: Double, height: Double, fullHeight: Double, isEmpty: Bool) {
        self.width = width; self.height = height; self.fullHeight = fullHeight; self.isEmpty = isEmpty
    }
}

/// What a block did with a region.
public enum Placement {
    /// All of it fits: here is its frame.
    case complete(Frame)
    /// A part fits; `rest` continues in the next region.
    case partial(Frame, rest: any Block)
    /// Nothing of it fits here; try the next region. Never returned for an empty region.
    case moved
}

/// One contract for every kind of block (paragraph, table, figure, list…): lay yourself out in this region.
/// Blocks are immutable descriptions; layout returns values and never draws.
public protocol Block {
    func layout(in region: Region, _ context: LayoutContext) -> Placement
    /// Keep this block on the same page as the first part of the next one (headings, captions).
    var keepWithNext: Bool { get }
    /// Space above and below, in points; collapsed at the top of a region.
    var spaceBefore: Double { get }
    var spaceAfter: Double { get }
}

extension Block {
    public var keepWithNext: Bool { false }
    public var spaceBefore: Double { 0 }
    public var spaceAfter: Double { 0 }
}

/// Shared by every block of one layout run: the text shaper (fonts, hyphenation).
public final class LayoutContext: Sendable {
    /// Shapes every text of the run, with one cache.
    public let shaper: TextShaper
    public init(shaper: TextShaper) { self.shaper = shaper }
}
