/// Page geometry and running heads, as a layout file states them.
public struct PageStyle: Sendable {
    /// The paper size in points (A4 by default).
    public var size: Size
    /// Margins around the body; header and footer sit inside the top and bottom margins.
    public var margins: Insets
    /// The running head in the top margin; nil for none.
    public var header: PageDecoration?
    /// The footer in the bottom margin; nil for none.
    public var footer: PageDecoration?
    /// The first page (a cover) may drop the header, the footer or both.
    public var firstPageHeader: Bool
    /// Whether the first page shows the footer.
    public var firstPageFooter: Bool

    public init(size: Size = .a4, margins: Insets, header: PageDecoration? = nil, footer: PageDecoration? = nil,
                firstPageHeader: Bool = true, firstPageFooter: Bool = true) {
        self.size = size; self.margins = margins; self.header = header; self.footer = footer
        self.firstPageHeader = firstPageHeader; self.firstPageFooter = firstPageFooter
    }

    /// The body's rectangle on the page.
    public var body: Rect { Rect(0, 0, size.width, size.height).inset(margins) }
}

/// A header or footer: up to three slots (left, centre, right), each one or more lines of text with
/// placeholders, or an image; an optional rule between it and the body.
public struct PageDecoration: Sendable {
    /// What one slot of a header or footer holds.
    public enum Slot: Sendable {
        /// Text lines with `{page}`, `{pages}` and any field the document supplies (`{title}`, `{board}`…).
        case text([String])
        case image(ImageSource, height: Double)
    }

    /// The slot at the left margin.
    public var left: Slot?
    /// The slot centred on the page.
    public var center: Slot?
    /// The slot at the right margin.
    public var right: Slot?
    /// How text slots are set.
    public var style: TextStyle
    /// Distance from the page edge to the decoration's outer edge.
    public var offset: Double
    /// A rule between the decoration and the body; nil for none.
    public var rule: Stroke?
    /// A fixed drawing across the body's width between the slots and the body (the formal protokoll's
    /// justering boxes above its footer text). On every page, also where the first page drops the slots.
    public var band: Frame?
    /// Space between the band and the slots, and between the band and the body.
    public static let bandGap = 6.0

    public init(left: Slot? = nil, center: Slot? = nil, right: Slot? = nil, style: TextStyle, offset: Double, rule: Stroke? = nil,
                band: Frame? = nil) {
        self.left = left; self.center = center; self.right = right; self.style = style; self.offset = offset; self.rule = rule
        self.band = band
    }
}

/// Fills `{name}` placeholders; unknown names stay visible so a typo in a layout file shows on the page.
public func fillPlaceholders(_ template: String, _ fields: [String: String]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        out += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        let name = String(rest[rest.index(after: open)..<close])
        out += fields[name] ?? "{\(name)}"
        rest = rest[rest.index(after: close)...]
    }
    return out + rest
}
