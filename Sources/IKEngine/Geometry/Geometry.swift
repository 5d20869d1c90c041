/// Positions and sizes in PDF points (1/72 inch), y growing downwards as in Cairo.
public struct Point: Hashable, Sendable {
    /// Points to the right and down from the frame's top-left corner.
    public var x: Double, y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public static let zero = Point(0, 0)
    public func offset(by p: Point) -> Point { Point(x + p.x, y + p.y) }
}

/// A width and a height in points.
public struct Size: Hashable, Sendable {
    /// In points (1/72 inch).
    public var width: Double, height: Double
    public init(_ width: Double, _ height: Double) { self.width = width; self.height = height }
    public static let zero = Size(0, 0)
    /// ISO A4 portrait.
    public static let a4 = Size(595.2756, 841.8898)
}

/// A rectangle: its top-left corner and its size, y growing downwards.
public struct Rect: Hashable, Sendable {
    /// The top-left corner and the extent.
    public var origin: Point, size: Size
    public init(_ x: Double, _ y: Double, _ w: Double, _ h: Double) { origin = Point(x, y); size = Size(w, h) }
    public var minX: Double { origin.x }
    public var minY: Double { origin.y }
    public var maxX: Double { origin.x + size.width }
    public var maxY: Double { origin.y + size.height }
    public var width: Double { size.width }
    public var height: Double { size.height }
    public func offset(by p: Point) -> Rect { Rect(origin.x + p.x, origin.y + p.y, size.width, size.height) }
    public func inset(_ e: Insets) -> Rect {
        Rect(minX + e.left, minY + e.top, max(0, width - e.left - e.right), max(0, height - e.top - e.bottom))
    }
}

/// Space inside an edge on each side (margins, padding), in points.
public struct Insets: Hashable, Sendable {
    /// Each side, in points.
    public var top: Double, right: Double, bottom: Double, left: Double
    public init(top: Double = 0, right: Double = 0, bottom: Double = 0, left: Double = 0) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    public init(all v: Double) { self.init(top: v, right: v, bottom: v, left: v) }
    public init(vertical v: Double, horizontal h: Double) { self.init(top: v, right: h, bottom: v, left: h) }
    public static let zero = Insets()
    public var horizontal: Double { left + right }
    public var vertical: Double { top + bottom }
}

/// Millimetres to points, for layout files written in mm.
public func mm(_ v: Double) -> Double { v * 72.0 / 25.4 }
