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

/// The layout file's optional `prose:` section; every key has a default.
struct ProseSection: Decodable {
    var paragraph_spacing: LayoutLength?
    var heading_space_before: LayoutLength?
    var heading_space_after: LayoutLength?
    var list_indent: LayoutLength?
    var list_item_spacing: LayoutLength?
    var bullet: String?
    var quote_rule: LayoutStroke?
    var quote_padding: LayoutInsets?
    var quote_fill: LayoutColor?
    var link_color: LayoutColor?
}

extension ProseStyles {
    /// Styles `body` (required), `h1`…`h3`, `quote`, `caption`, `list_marker` and the `prose:` section.
    public init(layout: LayoutFile) throws {
        let body = try layout.style("body")
        let s = try layout.optionalSection("prose", as: ProseSection.self)
        let defaults = ProseStyles(body: body)
        if let bullet = s?.bullet, bullet.isEmpty || bullet.count > 3 {
            throw LayoutFileError(url: layout.url, line: nil, message: "prose.bullet: \"\(bullet)\" is not a list marker",
                                  hint: "give one to three characters, e.g. \"•\" or \"–\"")
        }
        self.init(body: body,
                  headings: ["h1", "h2", "h3"].compactMap { layout.styles[$0] },
                  quote: layout.styles["quote"], caption: layout.styles["caption"], listMarker: layout.styles["list_marker"],
                  paragraphSpacing: s?.paragraph_spacing?.points ?? defaults.paragraphSpacing,
                  headingSpaceBefore: s?.heading_space_before?.points ?? defaults.headingSpaceBefore,
                  headingSpaceAfter: s?.heading_space_after?.points ?? defaults.headingSpaceAfter,
                  listIndent: s?.list_indent?.points ?? defaults.listIndent,
                  listItemSpacing: s?.list_item_spacing?.points ?? defaults.listItemSpacing,
                  bullet: s?.bullet ?? defaults.bullet,
                  quoteRule: try s?.quote_rule.map { try layout.resolve($0) } ?? defaults.quoteRule,
                  quotePadding: s?.quote_padding?.insets ?? defaults.quotePadding,
                  quoteFill: try s?.quote_fill.map(layout.resolve),
                  linkColor: try s?.link_color.map(layout.resolve),
                  figureWidth: layout.page.body.width)
    }
}
