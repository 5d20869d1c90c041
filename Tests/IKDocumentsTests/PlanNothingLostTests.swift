import Foundation
import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// The plan prints what the board adopted and nothing more: status notes, unknown values printed as unknown
/// and named under the matrix, one risk cell for consecutive controls of one risk.
final class PlanNothingLostTests: XCTestCase {
    func testStatusNotesPrintWithTheirBadge() throws {
        let text = try PlanDocumentFixture.rawText(try PlanDocumentFixture.example.get())
        for status in ["Pågående med avvikelse", "Pågående enligt plan"] {
            XCTAssertTrue(text.contains(PDFInspector.normalized(status)), "\"\(status)\" in the action table")
        }
    }

    func testUnknownValuesPrintAsUnknownAndAreNamedUnderTheMatrix() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        XCTAssertEqual(plan.risks.filter { $0.value == nil }.map(\.number), [19, 20])
        XCTAssertEqual(plan.risks.filter { $0.handled == nil }.map(\.number), [5, 8])
        let url = try PlanDocumentFixture.example.get()
        let text = try PlanDocumentFixture.rawText(url)
        XCTAssertTrue(text.contains("2 risker utan värde: 19, 20."), "the note under the matrix")
        // Only the values the plan gives are placed: 9 = 3 × 3 is the one value with a single split.
        let unsplit = plan.risks.filter { $0.value != nil && $0.matrixCell == nil }.map { String($0.number) }
        XCTAssertFalse(unsplit.isEmpty)
        XCTAssertTrue(text.contains("\(unsplit.count) risker med värde men utan sannolikhet och konsekvens, inte i matrisen: \(unsplit.joined(separator: ", "))."), text)
        // In the risk table the unknown value and "handled" print as "–", each in its own column.
        let pdf = PDFInspector(url)
        let page = try XCTUnwrap(try pdf.pageTexts.firstIndex { $0.contains("Risk för hot och våld i arbetet") && $0.contains("Konsekvensbeskrivning") }) + 1
        let words = try pdf.words(page: page)
        let title = try XCTUnwrap(words.first { $0.text == "hot" })
        let sameLine = words.filter { abs($0.box.minY - title.box.minY) < 2 }.sorted { $0.box.minX < $1.box.minX }.map(\.text)
        XCTAssertEqual(Array(sameLine.suffix(2)), ["–", "Ja"], "risk 19: unknown value, handled")
    }

    func testConsecutiveControlsOfOneRiskShareTheRiskCell() throws {
        let text = try PlanDocumentFixture.rawText(try PlanDocumentFixture.example.get())
        let title = PDFInspector.normalized("Plan för återgång för arbete blir inte gjord inom 30 dagar från första sjukdag.")
        // Once in the risk table, once beside its action (3.1.3), once beside its two controls (4.2.4).
        XCTAssertEqual(text.components(separatedBy: title).count - 1, 3)
    }

    func testARiskWithoutAnyValueStillRenders() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        for i in plan.risks.indices { plan.risks[i].probability = nil; plan.risks[i].consequence = nil; plan.risks[i].statedValue = nil }
        let (url, _) = try PlanDocumentFixture.render(plan, name: "no-values.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PlanDocumentFixture.rawText(url)
        XCTAssertTrue(text.contains("20 risker utan värde: 1, 2, 3, 4, 5, 6, 19, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 16, 17, 18."))
    }
}
