import IKEngine

/// How prose looks: the text styles and spacing that `ProseBlocks.make` maps Markdown onto.
/// Read from a layout file (`ProseStyles(layout:)`) so every document's running text looks the same.
public struct ProseStyles {
    public var body: TextStyle
    /// Styles for prose headings, level 1 first; deeper levels use the last one.
    public var headings: [TextStyle]
    public var quote: TextStyle
    public var caption: TextStyle
    public var listMarker: TextStyle
    /// Space after a paragraph, a list, a quote or a figure's caption.
    public var paragraphSpacing: Double
    public var headingSpaceBefore: Double
    public var headingSpaceAfter: Double
    /// Hanging indent of list items, and the space between items.
    public var listIndent: Double
    public var listItemSpacing: Double
    public var bullet: String
    public var quoteRule: Stroke?
    public var quotePadding: Insets
    public var quoteFill: Color?
    /// Links are drawn in this colour (underlined when nil).
    public var linkColor: Color?
    /// Width figures are drawn at (the text column).
    public var figureWidth: Double

    public init(body: TextStyle, headings: [TextStyle] = [], quote: TextStyle? = nil, caption: TextStyle? = nil,
                listMarker: TextStyle? = nil, paragraphSpacing: Double = 6, headingSpaceBefore: Double = 12,
                headingSpaceAfter: Double = 4, listIndent: Double = 14, listItemSpacing: Double = 2, bullet: String = "•",
                quoteRule: Stroke? = Stroke(width: 2), quotePadding: Insets = Insets(vertical: 2, horizontal: 10),
                quoteFill: Color? = nil, linkColor: Color? = nil, figureWidth: Double = 450) {
        self.body = body
        self.headings = headings.isEmpty ? [body.with { $0.bold = true }] : headings
        self.quote = quote ?? body.with { $0.italic = true }
        self.caption = caption ?? body.with { $0.italic = true; $0.size = body.size - 1 }
        self.listMarker = listMarker ?? body
        self.paragraphSpacing = paragraphSpacing; self.headingSpaceBefore = headingSpaceBefore
        self.headingSpaceAfter = headingSpaceAfter; self.listIndent = listIndent; self.listItemSpacing = listItemSpacing
        self.bullet = bullet; self.quoteRule = quoteRule; self.quotePadding = quotePadding; self.quoteFill = quoteFill
        self.linkColor = linkColor; self.figureWidth = figureWidth
    }

    func heading(_ level: Int) -> TextStyle { headings[max(0, min(level, headings.count) - 1)] }
}

/// The layout file's optional `prose:` section, as written; every key has a default in `ProseStyles`.
struct ProseSection: LayoutSection {
    static let key = "prose"
    static let keys = ["paragraph_spacing", "heading_space_before", "heading_space_after", "list_indent", "list_item_spacing",
                       "bullet", "quote_rule", "quote_padding", "quote_fill", "link_color"]

    var paragraph_spacing: Double?
    var heading_space_before: Double?
    var heading_space_after: Double?
    var list_indent: Double?
    var list_item_spacing: Double?
    var bullet: String?
    /// `.some(nil)`: `none`, no rule.
    var quote_rule: Stroke??
    var quote_padding: Insets?
    var quote_fill: Color?
    var link_color: Color?

    init() {}

    init(reading m: LayoutMap) {
        paragraph_spacing = m.length("paragraph_spacing")
        heading_space_before = m.length("heading_space_before")
        heading_space_after = m.length("heading_space_after")
        list_indent = m.length("list_indent")
        list_item_spacing = m.length("list_item_spacing")
        bullet = m.string("bullet")
        if let b = bullet, b.isEmpty || b.count > 3 {
            m.error("bullet", "\"\(b)\" is not a list marker", hint: "give one to three characters, e.g. \"•\" or \"–\"")
            bullet = nil
        }
        quote_rule = m.stroke("quote_rule")
        quote_padding = m.insets("quote_padding")
        quote_fill = m.color("quote_fill")
        link_color = m.color("link_color")
    }
}

extension ProseStyles {
    /// Styles `body` (required), `h1`…`h3`, `quote`, `caption`, `list_marker` and the `prose:` section.
    public init(layout: LayoutFile) throws {
        let body = try layout.style("body")
        let s = layout.section(ProseSection.self)
        let defaults = ProseStyles(body: body)
        self.init(body: body,
                  headings: ["h1", "h2", "h3"].compactMap { layout.styles[$0] },
                  quote: layout.styles["quote"], caption: layout.styles["caption"], listMarker: layout.styles["list_marker"],
                  paragraphSpacing: s.paragraph_spacing ?? defaults.paragraphSpacing,
                  headingSpaceBefore: s.heading_space_before ?? defaults.headingSpaceBefore,
                  headingSpaceAfter: s.heading_space_after ?? defaults.headingSpaceAfter,
                  listIndent: s.list_indent ?? defaults.listIndent,
                  listItemSpacing: s.list_item_spacing ?? defaults.listItemSpacing,
                  bullet: s.bullet ?? defaults.bullet,
                  quoteRule: s.quote_rule ?? defaults.quoteRule,
                  quotePadding: s.quote_padding ?? defaults.quotePadding,
                  quoteFill: s.quote_fill,
                  linkColor: s.link_color,
                  figureWidth: layout.page.body.width)
    }
}
