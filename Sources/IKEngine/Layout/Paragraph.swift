/// A paragraph of rich text. Shaped once per width; splits between lines with widow and orphan control.
public final class Paragraph: Block {
    public let spans: [TextSpan]
    public let style: TextStyle
    public let spaceBefore: Double
    public let spaceAfter: Double
    public let keepWithNext: Bool
    /// The structure element the paragraph is (paragraph, heading, caption…); nil leaves it untagged.
    public let tag: StructureTag?
    /// A named destination at the paragraph's top (for links and bookmarks).
    public let anchor: String?
    /// A bookmark for this paragraph (needs `anchor`).
    public let outline: (title: String, level: Int)?
    /// Makes the whole paragraph a link (table of contents entries).
    public let link: String?
    /// Lines a page must keep at least at the start (orphans) and carry at least to the next (widows).
    public let minLines: Int

    private var cache: (width: Double, text: ShapedText)?

    public init(_ spans: [TextSpan], style: TextStyle, spaceBefore: Double = 0, spaceAfter: Double = 0,
                keepWithNext: Bool = false, tag: StructureTag? = .paragraph, anchor: String? = nil,
                outline: (title: String, level: Int)? = nil, link: String? = nil, minLines: Int = 2) {
        self.spans = spans; self.style = style; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext; self.tag = tag; self.anchor = anchor; self.outline = outline
        self.link = link; self.minLines = minLines
    }

    public convenience init(_ text: String, style: TextStyle, spaceBefore: Double = 0, spaceAfter: Double = 0, tag: StructureTag? = .paragraph) {
        self.init([TextSpan(text)], style: style, spaceBefore: spaceBefore, spaceAfter: spaceAfter, tag: tag)
    }

    /// The shaped text at `width`, shaped at most once per width.
    public func shaped(width: Double, _ context: LayoutContext) -> ShapedText {
        if let c = cache, c.width == width { return c.text }
        let t = context.shaper.shape(spans, style: style, width: width)
        cache = (width, t)
        return t
    }

    /// The words of each link target, for the link's description (what a screen reader says of it).
    private var linkTexts: [String: String] {
        var out: [String: String] = [:]
        for span in spans { if let target = span.link ?? link { out[target, default: ""] += span.text } }
        return out
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let text = shaped(width: region.width, context)
        let piece = TextLines(text: text, from: 0, tag: tag, link: link, linkTexts: linkTexts, minLines: minLines)
        var marks = Frame(size: .zero)
        if let anchor {
            marks.add(.destination(anchor))
            if let o = outline { marks.add(.outline(title: o.title, level: o.level, destination: anchor)) }
        }
        switch piece.layout(in: region, context) {
        case .complete(let f): return .complete(marks.prepended(to: f))
        case .partial(let f, let rest): return .partial(marks.prepended(to: f), rest: rest)
        case .moved: return .moved
        }
    }
}

/// Lines of a shaped paragraph from `from` on: what a split paragraph carries to the next page.
struct TextLines: Block {
    let text: ShapedText
    let from: Int
    let tag: StructureTag?
    let link: String?
    /// Each link target's words (`Paragraph.linkTexts`).
    let linkTexts: [String: String]
    let minLines: Int

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let n = text.lines.count
        guard from < n else { return .complete(Frame(size: Size(region.width, 0))) }
        let top = text.lines[from].top
        var fit = 0
        while from + fit < n, text.lines[from + fit].top + text.lines[from + fit].height - top <= region.height + 0.01 {
            fit += 1
        }
        let remaining = n - from
        if fit >= remaining { return .complete(frame(from..<n, width: region.width)) }
        // Widows: never carry a single line over; orphans: never leave a single line behind.
        if remaining - fit < minLines { fit = remaining - minLines }
        if fit < minLines { fit = 0 }
        if fit <= 0 {
            guard region.isEmpty else { return .moved }
            // An empty region must take something: as many lines as fit, at least one.
            fit = 1
            while from + fit < n, text.lines[from + fit].top + text.lines[from + fit].height - top <= region.height + 0.01 { fit += 1 }
        }
        fit = avoidingHyphenAtPageEnd(fit)
        return .partial(frame(from..<(from + fit), width: region.width),
                        rest: TextLines(text: text, from: from + fit, tag: tag, link: link, linkTexts: linkTexts, minLines: minLines))
    }

    /// TeX's \brokenpenalty as a rule: a page does not end on a hyphenated line, since a reader turning
    /// the page loses the word. The break moves up one line (two, when the line above is hyphenated too)
    /// as long as the orphan rule still holds; otherwise the page keeps the lines it had.
    private func avoidingHyphenAtPageEnd(_ fit: Int) -> Int {
        let keep = max(1, minLines)
        var lines = fit
        while lines > keep, lines > fit - 2, text.hyphenated[from + lines - 1] { lines -= 1 }
        return text.hyphenated[from + lines - 1] ? fit : lines
    }

    private func frame(_ range: Range<Int>, width: Double) -> Frame {
        let h = text.height(of: range)
        var f = Frame(size: Size(width, h))
        if let tag { f.add(.tagStart(tag)) }
        let top = text.lines[range.lowerBound].top
        // A whole-paragraph link holds the text; Cairo marks only the innermost element's content.
        let whole = link.map { StructureTag.link(target: $0, area: Size(width, h), description: linkTexts[$0] ?? $0) }
        if let whole { f.add(.tagStart(whole)) }
        f.add(.text(text, lines: range))
        if let whole { f.add(.tagEnd(whole)) }
        if let tag { f.add(.tagEnd(tag)) }
        // Links within the text follow the paragraph as its siblings: inside it they would leave its
        // text unmarked (Cairo 1.16 marks content only in elements that hold no other element).
        for (rect, target) in text.linkRects(in: range) where target != link {
            let t = StructureTag.link(target: target, area: rect.size, description: linkTexts[target] ?? target)
            f.add(.tagStart(t), at: Point(rect.minX, rect.minY - top))
            f.add(.tagEnd(t), at: Point(rect.minX, rect.minY - top))
        }
        return f
    }
}

extension Frame {
    /// This frame's items first, then `other`'s, at `other`'s size (marks that take no room).
    func prepended(to other: Frame) -> Frame {
        var f = Frame(size: other.size)
        f.merge(self, at: .zero)
        f.merge(other, at: .zero)
        return f
    }
}
