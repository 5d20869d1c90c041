import XCTest
import IKDocuments
import IKEngine
import IKInput
import IKModel
import IKSynthetic
import IKTestSupport

/// A plan far larger than any real one: the risk table runs over many pages, repeats its header on each,
/// and nothing is drawn outside the text area.
final class PlanDocumentLargeTests: XCTestCase {
    /// 200 risks with titles and consequences of varied length, from the synthetic generator that
    /// `ikplan synth` uses, read by the real loader.
    static func largePlan() throws -> Plan {
        let folder = PlanDocumentFixture.tempURL("synthetic-200")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SyntheticPlan.writeFolder(folder, risks: 200, varied: true)
        let (plan, diagnostics) = PlanLoader.load(folder: folder)
        guard let plan else { throw PDFInspectorError("the synthetic plan does not load:\n\(diagnostics.renderedText())") }
        return plan
    }

    func testTheRiskTableContinuesWithItsHeaderAndStaysInsideTheTextArea() throws {
        let (url, document) = try PlanDocumentFixture.render(try Self.largePlan(), name: "large.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = PDFInspector(url)
        let layout = try PlanDocumentFixture.layout("plan-ange")
        let page = layout.page
        XCTAssertEqual(try pdf.pageCount, document.pages.count)
        XCTAssertTrue(try pdf.qpdfCheck().ok)

        // Pages of the risk table: those with consequence descriptions.
        // pdftotext -bbox once per page: the checks below share it.
        let words = try (1...(try pdf.pageCount)).map { try pdf.words(page: $0) }
        let texts = try pdf.pageTexts
        let tablePages = texts.indices.filter { texts[$0].contains("Konsekvensbeskrivning") }.map { $0 + 1 }
        XCTAssertGreaterThan(tablePages.count, 10, "200 risks fill many pages")
        XCTAssertEqual(tablePages, Array((tablePages.first ?? 0)...(tablePages.last ?? 0)), "the table runs on consecutive pages")
        for p in tablePages.dropFirst() {
            // The first words of the body (below the header zone) are the table's header row.
            let body = words[p - 1].filter { $0.box.minY >= page.margins.top - 1 && $0.box.maxY <= page.size.height - page.margins.bottom + 1 }
            let top = body.map(\.box.minY).min() ?? 0
            let firstLine = body.filter { abs($0.box.minY - top) < 2 }.sorted { $0.box.minX < $1.box.minX }.map(\.text)
            XCTAssertEqual(Array(firstLine.prefix(2)), ["Process/Rutin", "Identifierad"], "page \(p) begins with the header row")
        }
        // Every word inside the text column, between the header's and the footer's outer edges.
        let headerOffset = page.header?.offset ?? page.margins.top
        let footerOffset = page.footer?.offset ?? page.margins.bottom
        for p in 1...(try pdf.pageCount) {
            let area = PDFRect(x: page.margins.left, y: headerOffset, width: page.body.width,
                               height: page.size.height - headerOffset - footerOffset)
            let outside = words[p - 1].filter { !area.contains($0.box, slack: 1) }
            XCTAssertEqual(outside.map(\.text), [], "page \(p): words outside \(area)")
            // Body words never reach into the header or footer zone: only running heads live there.
            let intruders = words[p - 1].filter {
                $0.box.minY > page.margins.top - 2 && $0.box.minY < page.size.height - page.margins.bottom
                    && $0.box.maxY > page.size.height - page.margins.bottom + 1
            }
            XCTAssertEqual(intruders.map(\.text), [], "page \(p): body text below the text area")
        }
    }
}
