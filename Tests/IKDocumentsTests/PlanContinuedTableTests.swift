import Foundation
import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// Tables keep their context across pages: a continued risk table names the process of its first row, marked
/// "(forts.)", under the repeated header; a continued chapter 3 or 4 table repeats its subsection heading.
final class PlanContinuedTableTests: XCTestCase {
    /// The body lines of a page, top to bottom, each as its words left to right.
    private func bodyLines(_ pdf: PDFInspector, page p: Int, _ page: PageStyle) throws -> [[PDFWord]] {
        let body = try pdf.words(page: p).filter { $0.box.minY >= page.margins.top - 1 && $0.box.maxY <= page.size.height - page.margins.bottom + 1 }
        var lines: [[PDFWord]] = []
        for w in body.sorted(by: { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }) {
            if let last = lines.last?.first, abs(last.box.minY - w.box.minY) < 2 { lines[lines.count - 1].append(w) } else { lines.append([w]) }
        }
        return lines.map { $0.sorted { $0.box.minX < $1.box.minX } }
    }

    func testEveryContinuedRiskTablePageNamesTheProcessOfItsFirstRow() throws {
        var plan = try PlanDocumentLargeTests.largePlan()
        // Runs of seven consecutive risks per process, so page breaks fall inside a process's risks.
        for i in plan.risks.indices { plan.risks[i].process = plan.processes[(i / 7) % plan.processes.count].code }
        let (url, _) = try PlanDocumentFixture.render(plan, name: "large-continued.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = PDFInspector(url)
        let page = try PlanDocumentFixture.layout("plan-ange").page
        let texts = try pdf.pageTexts
        let tablePages = texts.indices.filter { texts[$0].contains("Konsekvensbeskrivning") }.map { $0 + 1 }
        XCTAssertGreaterThan(tablePages.count, 10)
        let processColumnEnd = page.margins.left + page.body.width * 0.30
        var continued = 0
        for p in tablePages.dropFirst() {
            let lines = try bodyLines(pdf, page: p, page)
            guard lines.count > 2 else { XCTFail("page \(p) has no rows"); continue }
            XCTAssertEqual(lines[0].first?.text, "Process/Rutin", "page \(p) begins with the header row")
            // The header's second line ("hanteras") may follow; the first row is the first line starting at the left.
            _ = try XCTUnwrap(lines.dropFirst().first { ($0.first?.box.minX ?? 0) < processColumnEnd },
                                      "page \(p): the first row's process cell is empty")
            if texts[p - 1].contains("(forts.)") { continued += 1 }
        }
        XCTAssertGreaterThan(continued, 5, "runs of seven risks cross many page breaks")
    }

    func testAContinuedActionTableRepeatsItsSubsectionHeading() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        let first = try XCTUnwrap(plan.actions.first)
        plan.actions.insert(contentsOf: Array(repeating: first, count: 14), at: 1)
        let (url, _) = try PlanDocumentFixture.render(plan, name: "long-action-table.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = PDFInspector(url)
        let page = try PlanDocumentFixture.layout("plan-ange").page
        let texts = try pdf.pageTexts
        let continuedPages = texts.indices.filter { texts[$0].contains("3.1.1\u{2002}Hantera kompetensförsörjning (forts.)") || texts[$0].contains("3.1.1 Hantera kompetensförsörjning (forts.)") }
        XCTAssertFalse(continuedPages.isEmpty, "15 actions of 3.1.1 run onto a second page")
        for i in continuedPages {
            let lines = try bodyLines(pdf, page: i + 1, page).map { $0.map(\.text).joined(separator: " ") }
            XCTAssertEqual(lines.first.map(PDFInspector.normalized), PDFInspector.normalized("3.1.1 Hantera kompetensförsörjning (forts.)"), "page \(i + 1)")
            XCTAssertTrue(lines.dropFirst().first?.hasPrefix("Risk Förebyggande åtgärder") == true, "page \(i + 1): then the header row: \(lines.prefix(3))")
        }
        // Not a heading: the contents and the bookmarks list 3.1.1 once.
        XCTAssertEqual(try pdf.outline.filter { $0.title.hasPrefix("3.1.1") }.count, 1)
    }
}
