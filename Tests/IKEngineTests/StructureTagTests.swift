import Foundation
import IKEngine
import IKTestSupport
import XCTest

/// Typed structure tags reach Cairo as the standard types, and the writer's log of them lines up with the
/// structure tree in the file, element for element: that is what lets the archive step attach alt texts,
/// header scopes and artifacts to the right elements.
final class StructureTagTests: XCTestCase {
    private func blocks() -> [any Block] {
        let body = EngineFixture.body
        var blocks: [any Block] = [
            Paragraph([TextSpan("Innehåll")], style: EngineFixture.heading, tag: .heading(level: 1)),
            ReferenceLine([TextSpan("1 Kapitel")], style: body, destination: "kap1"),
            PageBreak(),
            Paragraph([TextSpan("Kapitel")], style: EngineFixture.heading, tag: .heading(level: 1), anchor: "kap1"),
            Paragraph([TextSpan("Läs mer på "), TextSpan("kommunens webbplats", link: "https://www.ange.se"), TextSpan(" om detta.")],
                      style: body),
            ItemList([ListItem(marker: "•", markerStyle: body, indent: 12, content: [Paragraph("ett", style: body)]),
                      ListItem(marker: "•", markerStyle: body, indent: 12, content: [Paragraph("två", style: body)])]),
        ]
        var drawing = Frame(size: Size(40, 20))
        drawing.add(.rect(Size(40, 20), fill: .black, stroke: nil, radius: 0))
        blocks.append(Canvas(drawing, tag: .figure(alt: "En svart rektangel")))
        blocks.append(Table(columns: [.relative(1), .relative(1)],
                            header: [TableRow([TableCell([Paragraph("Risk", style: body)]), TableCell([Paragraph("Värde", style: body)])])],
                            rows: [TableRow([TableCell([Paragraph("Brand", style: body)], headerScope: .row),
                                             TableCell([Paragraph("12", style: body)])]),
                                   TableRow([TableCell([Paragraph("Ett och två", style: body)], columnSpan: 2)])]))
        return blocks
    }

    func testTheLogListsTheElementsInTheOrderOfTheFilesStructureTree() throws {
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks(), fields: ["title": "T"])
        let url = EngineFixture.tempURL("structure.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let rendered = try PDFWriter(metadata: PDFMetadata(title: "T", date: "2026-01-01T00:00:00Z")).render(pages)
        try rendered.bytes.write(to: url)
        let log = rendered.structure
        let tree = try PDFInspector(url).structureElements
        XCTAssertEqual(tree.map(\.type), log.cairoNames)
        // Page 1 has a footer, page 2 a header and a footer: decorations, each one element of its own.
        XCTAssertEqual(log.cairoNames, ["Document", "Private", "H1", "TOCI", "Link", "Private", "Private", "H1", "P", "Link", "L", "LI", "Lbl", "LBody", "P",
                                        "LI", "Lbl", "LBody", "P", "Figure", "Table", "TR", "TH", "P", "TH", "P", "TR", "TH", "P",
                                        "TD", "P", "TR", "TD", "P"])
        XCTAssertTrue(log.elements.contains(.figure(alt: "En svart rektangel")))
        XCTAssertTrue(log.elements.contains(.headerCell(scope: .row, columnSpan: 1, rowSpan: 1)))
        XCTAssertTrue(log.elements.contains(.dataCell(columnSpan: 2, rowSpan: 1)))
        let links = log.elements.compactMap { if case .link(let t, _, let d) = $0 { return (t, d) } else { return nil } }
        XCTAssertEqual(links.map(\.0), ["#kap1", "https://www.ange.se"])
        XCTAssertEqual(links.map(\.1), ["1 Kapitel", "kommunens webbplats"])
    }

    /// Cairo 1.16 marks only the content of elements that hold no other element: a paragraph with a link
    /// in it, and a contents entry with its link, must still carry their text.
    func testParagraphsWithLinksAndContentsEntriesKeepTheirText() throws {
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks(), fields: ["title": "T"])
        let url = try EngineFixture.write(pages, "structure-text.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let tree = try PDFInspector(url).structureElements
        // (pdfinfo stops reading an element's text at Cairo's first ActualText span: compare the start.)
        let paragraph = try XCTUnwrap(tree.firstIndex { $0.type == "P" && $0.text.hasPrefix("Läs mer") }, "the paragraph's text is marked")
        XCTAssertEqual(tree[paragraph + 1].type, "Link", "its link follows it")
        XCTAssertEqual(tree[paragraph + 1].depth, tree[paragraph].depth)
        let entry = try XCTUnwrap(tree.firstIndex { $0.type == "TOCI" })
        XCTAssertEqual(tree[entry + 1].type, "Link")
        XCTAssertTrue(tree[entry + 1].text.hasPrefix("1 K"), "the entry's link holds its words: \(tree[entry + 1].text)")
    }
}
