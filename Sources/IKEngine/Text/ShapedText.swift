import CGraphics

/// A paragraph laid out at a fixed width by the `ParagraphBuilder`: its lines, each a row of glyph runs that
/// carry exactly their text. What is measured is what is drawn. Immutable after creation; owned by the
/// frames that show its lines. Its runs draw through the fonts of its library, so the writer draws them
/// under `fonts.withPango`; that makes sharing it across threads safe.
public final class ShapedText: @unchecked Sendable {
    /// One line: its box relative to the top of the paragraph, in points.
    public struct Line: Hashable, Sendable {
        public var top: Double
        public var height: Double
        public var baseline: Double      // from the paragraph's top
        public var x: Double             // left edge of the line's logical box (alignment)
        public var width: Double
    }

    /// The library whose Pango fonts the runs hold: kept alive with them, and its lock guards drawing.
    let fonts: FontLibrary
    public let width: Double
    public let lines: [Line]
    public let style: TextStyle
    /// Each line's glyph runs in visual order, positioned from the line's `x`.
    let runs: [[GlyphRun]]
    /// The text each line carries, with the hyphen a hyphenated line ends in (for tests and dumps).
    public let lineTexts: [String]
    /// Whether each line ends at a hyphenation point (and draws a hyphen there).
    public let hyphenated: [Bool]
    /// Link rectangles per line, relative to the paragraph's top-left.
    let links: [(line: Int, rect: Rect, target: String)]

    init(width: Double, style: TextStyle, fonts: FontLibrary, _ built: ParagraphBuilder.Result) {
        self.fonts = fonts
        self.width = width
        self.style = style
        self.lines = built.lines
        self.runs = built.runs
        self.lineTexts = built.lineTexts
        self.hyphenated = built.hyphenated
        self.links = built.links
        self.text = built.text
    }

    /// Height of lines `range`, from the top of the first to the bottom of the last.
    public func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last, last < lines.count else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }

    public var height: Double { height(of: 0..<lines.count) }

    /// The widest line, for shrink-to-fit boxes (badges).
    public var naturalWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }

    /// The paragraph's text, without break marks, for tests and dumps.
    public let text: String

    /// Rectangles (relative to the paragraph's top-left) of each link that lies in lines `range`.
    func linkRects(in range: Range<Int>) -> [(Rect, String)] {
        links.filter { range.contains($0.line) }.map { ($0.rect, $0.target) }
    }
}
