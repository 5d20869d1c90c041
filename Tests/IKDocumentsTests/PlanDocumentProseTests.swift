import XCTest
import IKDocuments
import IKEngine
import IKModel

/// Prose (parsed Markdown) onto engine blocks: which blocks come out, with which text and styles.
final class PlanDocumentProseTests: XCTestCase {
    let styles = ProseStyles(body: TextStyle(family: "Carlito", size: 11), headings: [TextStyle(family: "Carlito", size: 16, bold: true)],
                             quoteRule: Stroke(width: 2), figureWidth: 400)

    func testParagraphSpansCarryBoldItalicAndLinks() throws {
        let prose = Prose([.paragraph([.text("Se "), .strong([.text("fet "), .emphasis([.text("och kursiv")])]),
                                       .softBreak, .link(destination: "https://ange.se", [.text("länk")])])])
        let blocks = ProseBlocks.make(prose, styles: styles)
        let p = try XCTUnwrap(blocks.first as? Paragraph)
        XCTAssertEqual(blocks.count, 1)
        XCTAssertEqual(p.spans.plainText, "Se fet och kursiv länk")
        XCTAssertEqual(p.spans.first { $0.text == "fet " }?.bold, true)
        let italic = try XCTUnwrap(p.spans.first { $0.text == "och kursiv" })
        XCTAssertEqual(italic.bold, true)
        XCTAssertEqual(italic.italic, true)
        XCTAssertEqual(p.spans.first { $0.text == "länk" }?.link, "https://ange.se")
    }

    func testListsQuotesHeadingsAndFigures() throws {
        let prose = Prose([
            .heading(level: 1, [.text("Rubrik")]),
            .bulletList([[.paragraph([.text("ett")])], [.paragraph([.text("två")])]]),
            .orderedList(start: 3, [[.paragraph([.text("tre")])]]),
            .blockQuote([.paragraph([.text("Citat")])]),
            .figure(name: "processfigur", caption: [.text("Bildtext")]),
            .figure(name: "okänd", caption: []),
        ])
        var drawn: [Double] = []
        let figures = ProseFigures(["processfigur": { w in drawn.append(w); return Frame(size: Size(w, 50)) }])
        let blocks = ProseBlocks.make(prose, styles: styles, figures: figures)
        let heading = try XCTUnwrap(blocks[0] as? Paragraph)
        XCTAssertEqual(heading.tag, .heading(level: 1))
        XCTAssertTrue(heading.keepWithNext)
        // Each list is one list element holding its items.
        let bullets = try XCTUnwrap(blocks[1] as? ItemList).items.blocks.compactMap { $0 as? ListItem }
        XCTAssertEqual(bullets.map(\.marker), ["•", "•"])
        XCTAssertEqual(try XCTUnwrap(blocks[2] as? ItemList).items.blocks.compactMap { ($0 as? ListItem)?.marker }, ["3."])
        let context = LayoutContext(shaper: TextShaper(fonts: try FontLibrary(directory: FontLibrary.defaultDirectory())))
        guard case .complete(let list) = blocks[1].layout(in: Region(width: 462, height: 700, fullHeight: 700, isEmpty: true), context) else {
            return XCTFail("the list does not fit")
        }
        let tags = list.items.compactMap { if case .tagStart(let t) = $0.item { return t.cairoName } else { return nil } }
        XCTAssertEqual(tags, ["L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P"])
        let quote = try XCTUnwrap(blocks[3] as? Box)
        XCTAssertNotNil(quote.leftRule)
        XCTAssertEqual((quote.content.blocks.first as? Paragraph)?.style.italic, true, "quotes are italic")
        XCTAssertTrue(blocks[4].keepWithNext, "a figure keeps with its caption")
        guard case .complete(let figure) = blocks[4].layout(in: Region(width: 462, height: 700, fullHeight: 700, isEmpty: true), context),
              case .tagStart(.figure(let alt)) = figure.items.first?.item else { return XCTFail("the figure is not tagged") }
        XCTAssertEqual(alt, "Bildtext", "without an alternative text of its own a figure says its caption")
        XCTAssertEqual(drawn, [400], "figures are drawn at the text width")
        XCTAssertEqual((blocks[5] as? Paragraph)?.tag, .caption)
        XCTAssertNotNil(blocks[6] as? Box, "an unknown figure prints a visible placeholder")
        XCTAssertEqual(blocks.count, 7)
    }

    func testAFigureOrRuleInANarrowPlaceIsDrawnAtThatWidth() throws {
        // A figure in a list nested ten deep, and a thematic break in a quote: narrower than the text width.
        var drawn: [Double] = []
        let figures = ProseFigures(["processfigur": { w in drawn.append(w); return Frame(size: Size(w, 50)) }])
        let blocks = ProseBlocks.make(Prose([.figure(name: "processfigur", caption: []), .thematicBreak]), styles: styles, figures: figures)
        let context = LayoutContext(shaper: TextShaper(fonts: try FontLibrary(directory: FontLibrary.defaultDirectory())))
        let narrow = Region(width: 240, height: 700, fullHeight: 700, isEmpty: true)
        for block in blocks {
            guard case .complete(let f) = block.layout(in: narrow, context) else { return XCTFail("a figure fits an empty page") }
            for (p, item) in f.items {
                switch item {
                case .line(let to, _): XCTAssertLessThanOrEqual(p.x + to.x, 240.01, "the rule stays in its column")
                default: break
                }
            }
        }
        XCTAssertEqual(drawn, [240], "the figure is drawn at the width it is placed in")
    }
}
