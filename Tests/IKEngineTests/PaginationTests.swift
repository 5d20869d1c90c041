import XCTest
import IKEngine
import IKTestSupport

final class PaginationTests: XCTestCase {
    func testHeadingsAndParagraphsFlowOverPagesWithRunningHeads() throws {
        let ctx = EngineFixture.context()
        var blocks: [any Block] = []
        for i in 1...40 {
            blocks.append(Paragraph([TextSpan("\(i) Rubrik")], style: EngineFixture.heading, spaceBefore: 12, spaceAfter: 4,
                                    keepWithNext: true, tag: .heading(level: 1), anchor: "h\(i)", outline: ("\(i) Rubrik", 1)))
            blocks.append(Paragraph(String(repeating: "Kompetensförsörjningsplanen ska ses över varje år. ", count: 12), style: EngineFixture.body))
        }
        let pages = try Paginator(style: EngineFixture.pageStyle, context: ctx).paginate(blocks, fields: ["title": "Internkontrollplan 2026"])
        XCTAssertGreaterThan(pages.count, 3)
        let url = try EngineFixture.write(pages, "flow.pdf")
        defer { if ProcessInfo.processInfo.environment["IKPLAN_KEEP"] == nil { try? FileManager.default.removeItem(at: url) } }
        let texts = try PDFTool.run("pdftotext", ["-layout", url.path, "-"]).components(separatedBy: "\u{0C}")
        for n in 2...pages.count {
            XCTAssertTrue(texts[n - 1].contains("Sida \(n) av \(pages.count)"), "page \(n) lacks its number")
        }
        XCTAssertFalse(texts[0].contains("Sida 1"), "the first page has no header")
    }

    /// A paragraph cut at every height: the last line a page keeps is never hyphenated when moving the
    /// break up a line or two keeps the orphan rule; the lines all arrive, in order, on one page or the next.
    func testAPageDoesNotEndOnAHyphenatedLine() throws {
        let ctx = EngineFixture.context()
        let text = String(repeating: "Arbetsmiljöarbetet och kompetensförsörjningsplaneringen inom förvaltningsorganisationen "
                          + "förutsätter riskinventeringar. ", count: 6)
        let paragraph = Paragraph(text, style: EngineFixture.body)
        let shaped = paragraph.shaped(width: 120, ctx)
        let n = shaped.lines.count
        XCTAssertGreaterThan(shaped.hyphenated.filter { $0 }.count, 3, "the test needs hyphenated lines")
        var movedUp = 0
        for k in 2..<(n - 2) {
            let height = shaped.height(of: 0..<k)
            guard case .partial(let frame, _) = paragraph.layout(in: Region(width: 120, height: height, fullHeight: 700, isEmpty: false), ctx) else {
                XCTFail("\(k) lines of \(n) should split the paragraph"); continue
            }
            let shown = frame.items.compactMap { item -> Range<Int>? in
                if case .text(_, let lines) = item.item { return lines } else { return nil }
            }
            guard let lines = shown.first else { XCTFail("no lines at \(k)"); continue }
            XCTAssertEqual(lines.lowerBound, 0)
            XCTAssertLessThanOrEqual(lines.count, k)
            XCTAssertGreaterThanOrEqual(lines.count, min(k, max(2, k - 2)), "at most two lines move up")
            if lines.count < k { movedUp += 1 }
            let canAvoid = (max(2, k - 2)...k).contains { !shaped.hyphenated[$0 - 1] }
            if canAvoid {
                XCTAssertFalse(shaped.hyphenated[lines.count - 1], "\(k) lines fit: the page ends on «\(shaped.lineText(lines.count - 1))»")
            } else {
                XCTAssertEqual(lines.count, k, "nothing to gain: the page keeps its lines")
            }
        }
        XCTAssertGreaterThan(movedUp, 0, "some cut fell on a hyphenated line")
    }
}
