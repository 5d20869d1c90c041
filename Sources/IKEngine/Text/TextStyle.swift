/// How a run of text looks. Resolved from a layout file; the engine never guesses fonts.
public struct TextStyle: Hashable, Sendable {
    /// How lines stand in their width.
    public enum Alignment: String, Hashable, Sendable { case left, center, right, justify }

    /// A font family of the bundled fonts: "Carlito".
    public var family: String
    /// The font size in points.
    public var size: Double
    /// Bold weight.
    public var bold: Bool
    /// Italic style.
    public var italic: Bool
    /// The text colour.
    public var color: Color
    /// Line height as a multiple of the font's natural line height.
    public var lineHeight: Double
    /// Left, centred, right or justified lines.
    public var alignment: Alignment
    /// Insert soft hyphens at dictionary break points before shaping (Swedish compounds).
    public var hyphenate: Bool
    /// Indent of the first line; negative hangs: the first line starts at 0 and the others at its magnitude
    /// (numbered entries whose wrapped lines align with the text after the number).
    public var firstLineIndent: Double = 0

    public init(family: String = "Carlito", size: Double = 11, bold: Bool = false, italic: Bool = false,
                color: Color = .black, lineHeight: Double = 1.15, alignment: Alignment = .left, hyphenate: Bool = true) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic; self.color = color
        self.lineHeight = lineHeight; self.alignment = alignment; self.hyphenate = hyphenate
    }

    public func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A run of text with inline formatting. Paragraphs are arrays of spans.
public struct TextSpan: Hashable, Sendable {
    /// The words; a soft hyphen (U+00AD) marks a place the line may break.
    public var text: String
    /// Bold for this run; nil keeps the paragraph's style.
    public var bold: Bool?
    /// Italic for this run; nil keeps the paragraph's style.
    public var italic: Bool?
    /// A colour for this run; nil keeps the paragraph's.
    public var color: Color?
    /// A size in points for this run; nil keeps the paragraph's.
    public var size: Double?
    /// A URI (`https:`, `mailto:`) or an internal destination (`#name`).
    public var link: String?

    public init(_ text: String, bold: Bool? = nil, italic: Bool? = nil, color: Color? = nil, size: Double? = nil, link: String? = nil) {
        self.text = text; self.bold = bold; self.italic = italic; self.color = color; self.size = size; self.link = link
    }
}

extension Array where Element == TextSpan {
    public var plainText: String { map(\.text).joined() }
}
