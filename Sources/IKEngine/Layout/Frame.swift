/// A finished piece of layout: a size and items at fixed positions (relative to the frame's top-left).
/// The PDF writer only draws frames; it never measures text.
public struct Frame: Sendable {
    /// The frame's extent; items may be placed anywhere within it.
    public var size: Size
    public private(set) var items: [(position: Point, item: FrameItem)] = []

    public init(size: Size) { self.size = size }

    public mutating func add(_ item: FrameItem, at position: Point = .zero) { items.append((position, item)) }

    /// Puts another frame's items into this one, shifted by `offset` (flattening keeps drawing simple).
    public mutating func merge(_ other: Frame, at offset: Point) {
        for (p, item) in other.items { items.append((p.offset(by: offset), item)) }
    }

    public var isEmpty: Bool { items.isEmpty }

    /// The same frame with each item passed through `transform` (nil keeps the item).
    public func mapItems(_ transform: (FrameItem) -> FrameItem?) -> Frame {
        var f = Frame(size: size)
        f.items = items.map { ($0.position, transform($0.item) ?? $0.item) }
        return f
    }

    /// Names of the destinations this frame holds.
    public var destinations: [String] {
        items.compactMap { if case .destination(let n) = $0.item { return n } else { return nil } }
    }
}

/// Something drawn or marked at a point of a frame. Cases with large payloads are `indirect` (boxed once,
/// shared on copy): an item is as wide as its widest case, and a long document keeps hundreds of items a
/// page until it is numbered; tags and text, most of them, stay inline.
public enum FrameItem: @unchecked Sendable {
    /// Lines `lines` of a shaped paragraph; the first line's top sits at the item's position.
    case text(ShapedText, lines: Range<Int>)
    /// A nested frame (used where an item is resolved late, like page references).
    case group(Frame)
    /// A nested frame turned a quarter counter-clockwise about the item's position, so it reads upwards
    /// (a vertical axis title). It occupies x 0…frame height and y −frame width…0 around that point.
    case turnedUp(Frame)
    indirect case rect(Size, fill: Color?, stroke: Stroke?, radius: Double)
    indirect case line(to: Point, stroke: Stroke)
    indirect case polygon([Point], fill: Color?, stroke: Stroke?)
    case image(ImageSource, Size)
    /// A clickable area: `#name` for a destination in the document, anything else is a URI.
    case link(Size, target: String)
    /// A form field over `Size` from the item's position (see `FormField`); nothing is drawn for it.
    indirect case formField(FormField, Size)
    /// A named destination (the target of links and bookmarks).
    case destination(String)
    /// A bookmark in the PDF outline pointing at `destination`.
    indirect case outline(title: String, level: Int, destination: String)
    /// A structure element opens (paragraph, heading, table cell, figure with its alternative text…);
    /// balanced by `tagEnd` with the same tag within the page. Cairo 1.16 marks only the content of
    /// elements that hold no other element: content beside a nested element goes untagged.
    case tagStart(StructureTag)
    case tagEnd(StructureTag)
    /// The page number of `destination`, right-aligned in `width`, its baseline at `baseline`; resolved to
    /// text when the pages are finalised (table of contents, "see page x").
    indirect case pageReference(destination: String, style: TextStyle, width: Double, baseline: Double)
}

/// A line style for rules, borders and shapes.
public struct Stroke: Hashable, Sendable {
    /// The line's colour.
    public var color: Color
    /// The line's width in points.
    public var width: Double
    /// Dash and gap lengths in points, in turn; empty for a solid line.
    public var dash: [Double]
    public init(color: Color = .black, width: Double = 0.5, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}
