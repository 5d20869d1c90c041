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
}
