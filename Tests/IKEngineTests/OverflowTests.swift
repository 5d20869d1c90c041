import XCTest
import Foundation
import IKEngine
import IKTestSupport

/// Blocks taller or wider than a page must split or shrink, never run over the body's edges.
final class OverflowTests: XCTestCase {
    private let style = EngineFixture.body

    /// Text items of every page body that reach below the body's foot (by more than rounding).
    static func overflows(_ pages: [LaidOutPage]) -> [String] {
        var out: [String] = []
        for page in pages {
            for (p, item) in page.body.items {
                guard case .text(let t, let lines) = item, !lines.isEmpty else { continue }
                let bottom = p.y + t.height(of: lines)
                if bottom > page.style.body.height + 0.5 {
                    out.append("page \(page.number): \"\(t.text.prefix(20))\" reaches \(Int(bottom)) of \(Int(page.style.body.height))")
                }
            }
        }
        return out
    }

    func testAContentsEntryTallerThanAPageSplitsBetweenLines() throws {
        let title = (1...3_000).map { "ord\($0)" }.joined(separator: " ")
        let entry = ReferenceLine([TextSpan("3.1\u{2002}" + title)], style: style, destination: "avsnitt-3.1", hangingIndent: 20)
        let blocks: [any Block] = [Paragraph("Innehåll", style: style), entry, ReferenceLine([TextSpan("3.2 Nästa")], style: style, destination: "x")]
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks)
        XCTAssertGreaterThan(pages.count, 2)
        XCTAssertEqual(Self.overflows(pages), [])
        let url = try EngineFixture.write(pages, "toc-long.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PDFTool.run("pdftotext", [url.path, "-"])
        for n in [1, 1_500, 3_000] { XCTAssertTrue(text.contains("ord\(n)"), "ord\(n) is printed") }
        XCTAssertTrue(text.contains("Nästa"))
    }
}

extension OverflowTests {
    func testAMarkerWiderThanTheIndentDoesNotOverprintTheContent() throws {
        let context = EngineFixture.context()
        let item = ListItem(marker: "999999999.", markerStyle: style, indent: 16, content: [Paragraph("stort nummer", style: style)])
        guard case .complete(let f) = item.layout(in: Region(width: 400, height: 700, fullHeight: 700, isEmpty: true), context) else {
            return XCTFail("a short item fits")
        }
        var markerRight = 0.0, contentLeft = Double.infinity
        for (p, item) in f.items {
            guard case .text(let t, _) = item else { continue }
            if t.text.hasPrefix("999") { markerRight = p.x + t.naturalWidth } else { contentLeft = min(contentLeft, p.x) }
        }
        XCTAssertGreaterThan(markerRight, 16, "the marker is wider than the indent")
        XCTAssertLessThanOrEqual(markerRight, contentLeft, "the content starts after the marker")
    }

    func testRightToLeftTextKeepsALeftAlignedParagraphAtTheLeft() throws {
        let shaper = EngineFixture.context().shaper
        for name in ["خطر الاحتيال في الفواتير", "סיכון הונאה בחשבוניות"] {
            let t = shaper.shape(name, style: style, width: 400)
            let line = try XCTUnwrap(t.lines.first)
            XCTAssertEqual(line.x, 0, accuracy: 0.5, "\(name) starts at the left edge, where a running head's left slot is")
        }
    }
}

extension OverflowTests {
    func testLongRunningHeadsPushTheBodyAsideAndKeepTheirSlotsApart() throws {
        // A municipality and a title of a hundred words: the header's left slot would run into "Sida x av N",
        // and the footer would grow up into the body.
        let long = (1...100).map { "ord\($0)" }.joined(separator: " ")
        let filler = (1...200).map { "Rad \($0)" }.joined(separator: "\n")
        let style = PageStyle(margins: Insets(top: 70, right: 60, bottom: 70, left: 60),
                              header: PageDecoration(left: .text(["{municipality}"]), right: .text(["Sida {page} av {pages}"]),
                                                     style: EngineFixture.body, offset: 35, rule: Stroke()),
                              footer: PageDecoration(left: .text(["{title}"]), style: EngineFixture.body, offset: 35))
        let pages = try Paginator(style: style, context: EngineFixture.context())
            .paginate([Paragraph(filler, style: self.style)], fields: ["municipality": long, "title": long])
        XCTAssertGreaterThan(pages.count, 1)
        for page in pages {
            let body = page.style.body
            let header = try XCTUnwrap(page.header), footer = try XCTUnwrap(page.footer)
            XCTAssertGreaterThanOrEqual(body.minY, 35 + header.size.height + 3, "page \(page.number): the body starts below the header")
            XCTAssertLessThanOrEqual(body.maxY, page.style.size.height - 35 - footer.size.height, "page \(page.number): the body ends above the footer")
            var texts: [(x: Double, width: Double, text: String)] = []
            for (p, item) in header.items { if case .text(let t, _) = item { texts.append((p.x + (t.lines.map(\.x).min() ?? 0), t.naturalWidth, t.text)) } }
            let left = try XCTUnwrap(texts.first { $0.text.hasPrefix("ord1") })
            let right = try XCTUnwrap(texts.first { $0.text.hasPrefix("Sida") })
            XCTAssertLessThanOrEqual(left.x + left.width, right.x, "page \(page.number): the municipality runs into the page number")
        }
        let url = try EngineFixture.write(pages, "long-heads.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PDFTool.run("pdftotext", [url.path, "-"])
        XCTAssertTrue(text.contains("Rad 200"))
    }

    func testRunningHeadsThatLeaveNoRoomForTheBodyAreAnErrorNotAnEmptyDocument() throws {
        let style = PageStyle(margins: Insets(all: 60),
                              footer: PageDecoration(left: .text((1...80).map { "rad \($0)" }), style: EngineFixture.body, offset: 30))
        XCTAssertThrowsError(try Paginator(style: style, context: EngineFixture.context()).paginate([Paragraph("Text", style: self.style)]))
    }
}

extension OverflowTests {
    func testOutOfRangeSizesAndWidthsDoNotTrap() {
        // Int32(1e9 * PANGO_SCALE) traps; the shaper must clamp whatever reaches it.
        let shaper = EngineFixture.context().shaper
        for size in [1e9, -1e12, Double.nan, Double.infinity] {
            let t = shaper.shape("Text", style: TextStyle(family: "Carlito", size: size), width: 1e12)
            XCTAssertEqual(t.text, "Text")
        }
        let colored = shaper.shape([TextSpan("Färg", color: Color(r: -0.5, g: 2, b: .nan))], style: style, width: .infinity)
        XCTAssertEqual(colored.lines.count, 1)
        // A size FreeType cannot scale would leave a failed font in cairo's cache and spoil later documents.
        let context = LayoutContext(shaper: shaper)
        let huge = Paragraph("Stor", style: TextStyle(family: "Carlito", size: 1e9))
        XCTAssertNoThrow(try EngineFixture.write(try Paginator(style: EngineFixture.pageStyle, context: context).paginate([huge]), "huge.pdf"))
        XCTAssertNoThrow(try EngineFixture.write(try Paginator(style: EngineFixture.pageStyle, context: context)
            .paginate([Paragraph("Vanlig", style: style)]), "after-huge.pdf"))
    }
}
