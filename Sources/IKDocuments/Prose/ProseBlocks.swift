import IKEngine
import IKModel

/// Figure builders by the name prose uses (`![caption](ikplan:name)`): each draws at the given width.
public struct ProseFigures {
    public typealias Builder = (_ width: Double) -> Frame
    public var builders: [String: Builder]
    /// Each figure's alternative text, by the same names.
    public var altTexts: [String: String]
    public init(_ builders: [String: Builder] = [:], altTexts: [String: String] = [:]) {
        self.builders = builders; self.altTexts = altTexts
    }
}

/// Maps prose (parsed Markdown) onto engine blocks: paragraphs with bold, italic and link spans,
/// bullet and numbered lists, block quotes with a left rule, figures with captions, headings.
public enum ProseBlocks {
    public static func make(_ prose: Prose, styles: ProseStyles, figures: ProseFigures = ProseFigures()) -> [any Block] {
        Mapper(styles: styles, figures: figures).blocks(prose.blocks, text: styles.body)
    }
}

private struct Mapper {
    let styles: ProseStyles
    let figures: ProseFigures

    /// `text` is the paragraph style where these blocks sit (body, or the quote style inside a quote).
    func blocks(_ list: [ProseBlock], text: TextStyle, inList: Bool = false) -> [any Block] {
        var out: [any Block] = []
        for (i, block) in list.enumerated() {
            // Inside a list item the last block adds no space: the item's own spacing applies.
            let after = inList && i == list.count - 1 ? 0 : styles.paragraphSpacing
            out += self.block(block, text: text, spaceAfter: after)
        }
        return out
    }

    private func spans(_ inlines: [ProseInline]) -> [TextSpan] { ProseInlines.spans(inlines, linkColor: styles.linkColor) }

    private func block(_ block: ProseBlock, text: TextStyle, spaceAfter: Double) -> [any Block] {
        switch block {
        case .paragraph(let inlines):
            return [Paragraph(spans(inlines), style: text, spaceAfter: spaceAfter)]
        case .heading(let level, let inlines):
            let l = max(1, min(6, level))
            return [Paragraph(spans(inlines), style: styles.heading(l), spaceBefore: styles.headingSpaceBefore,
                              spaceAfter: styles.headingSpaceAfter, keepWithNext: true, tag: .heading(level: l), minLines: 1)]
        case .bulletList(let items):
            return list(items, text: text, spaceAfter: spaceAfter) { _ in styles.bullet }
        case .orderedList(let start, let items):
            return list(items, text: text, spaceAfter: spaceAfter) { "\(start + $0)." }
        case .blockQuote(let inner):
            let quoteText = styles.quote.with { $0.size = text.size == styles.body.size ? styles.quote.size : text.size }
            return [Box(blocks(inner, text: quoteText, inList: true), padding: styles.quotePadding, fill: styles.quoteFill,
                        leftRule: styles.quoteRule, tag: .blockQuote, spaceBefore: styles.paragraphSpacing / 2,
                        spaceAfter: max(spaceAfter, styles.paragraphSpacing))]
        case .figure(let name, let caption):
            return figure(name, caption: caption, spaceAfter: spaceAfter)
        case .thematicBreak:
            let color = styles.body.color
            return [FittedCanvas(maxWidth: styles.figureWidth, tag: nil, spaceBefore: styles.paragraphSpacing,
                                 spaceAfter: styles.paragraphSpacing) { w in
                var f = Frame(size: Size(w, 1))
                f.add(.line(to: Point(w, 0), stroke: Stroke(color: color, width: 0.5)), at: Point(0, 0.5))
                return f
            }]
        }
    }

    private func list(_ items: [[ProseBlock]], text: TextStyle, spaceAfter: Double, marker: (Int) -> String) -> [any Block] {
        var out: [ListItem] = []
        for (i, item) in items.enumerated() {
            let last = i == items.count - 1
            out.append(ListItem(marker: marker(i), markerStyle: styles.listMarker.with { $0.size = text.size; $0.color = text.color },
                                indent: styles.listIndent, content: blocks(item, text: text, inList: true),
                                spaceBefore: styles.listItemSpacing, spaceAfter: last ? spaceAfter : styles.listItemSpacing))
        }
        return out.isEmpty ? [] : [ItemList(out)]
    }

    /// The drawing, kept with its caption; an unknown name prints a visible placeholder, never nothing.
    private func figure(_ name: String, caption: [ProseInline], spaceAfter: Double) -> [any Block] {
        var out: [any Block] = []
        if let build = figures.builders[name] {
            // The caption names the figure; the alternative text says what it shows.
            let alt = figures.altTexts[name] ?? caption.map(\.plainText).joined()
            out.append(FittedCanvas(maxWidth: styles.figureWidth, alignment: .center, tag: .figure(alt: alt), spaceBefore: styles.paragraphSpacing,
                                    spaceAfter: 4, keepWithNext: !caption.isEmpty, build: build))
        } else {
            out.append(Box([Paragraph("Figuren \u{201D}\(name)\u{201D} saknas", style: styles.caption)],
                           padding: Insets(all: 12), border: Stroke(color: styles.caption.color, width: 0.5, dash: [3, 2]),
                           spaceBefore: styles.paragraphSpacing, spaceAfter: 4, keepWithNext: !caption.isEmpty))
        }
        if !caption.isEmpty {
            out.append(Paragraph(spans(caption), style: styles.caption, spaceAfter: max(spaceAfter, styles.paragraphSpacing), tag: .caption))
        }
        return out
    }
}

/// A drawing made for the width it is placed in, at most `maxWidth`: a figure or rule inside a list item
/// or a block quote is drawn narrower instead of running over the right margin.
private struct FittedCanvas: Block {
    var maxWidth: Double
    var alignment: TextStyle.Alignment = .left
    var tag: StructureTag?
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    var keepWithNext = false
    let build: ProseFigures.Builder

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        Canvas(build(min(maxWidth, region.width)), alignment: alignment, tag: tag).layout(in: region, context)
    }
}
