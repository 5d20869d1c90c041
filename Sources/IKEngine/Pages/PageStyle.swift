/// Page geometry and running heads, as a layout file states them.
public struct PageStyle: Sendable {
    public var size: Size
    /// Margins around the body; header and footer sit inside the top and bottom margins.
    public var margins: Insets
    public var header: PageDecoration?
    public var footer: PageDecoration?
    /// The first page (a cover) may drop the header, the footer or both.
    public var firstPageHeader: Bool
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
    public enum Slot: Sendable {
        /// Text lines with `{page}`, `{pages}` and any field the document supplies (`{title}`, `{board}`…).
        case text([String])
        case image(ImageSource, height: Double)
    }

    public var left: Slot?
    public var center: Slot?
    public var right: Slot?
    public var style: TextStyle
    /// Distance from the page edge to the decoration's outer edge.
    public var offset: Double
    public var rule: Stroke?

    public init(left: Slot? = nil, center: Slot? = nil, right: Slot? = nil, style: TextStyle, offset: Double, rule: Stroke? = nil) {
        self.left = left; self.center = center; self.right = right; self.style = style; self.offset = offset; self.rule = rule
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
