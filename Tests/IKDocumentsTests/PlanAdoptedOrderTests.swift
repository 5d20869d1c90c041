import Foundation
import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// The plan prints in the order the board adopted (the plan file's), with the adopted plan's section numbers;
/// KLASSA order is a layout option.
final class PlanAdoptedOrderTests: XCTestCase {
    /// Risk numbers in the order the risk table prints them: each risk row starts "N<en space>title".
    private func riskTableOrder(_ url: URL, _ plan: Plan) throws -> [Int] {
        let text = try PlanDocumentFixture.rawText(url)
        var positions: [(Int, String.Index)] = []
        for r in plan.risks {
            guard let range = text.range(of: PDFInspector.normalized("\(r.number) \(r.title)")) else {
                XCTFail("risk \(r.number) not found in the risk table"); continue
            }
            positions.append((r.number, range.lowerBound))
        }
        return positions.sorted { $0.1 < $1.1 }.map(\.0)
    }

    private func numberedHeadings(_ url: URL) throws -> [String] {
        try PDFInspector(url).outline.map(\.title).filter { $0.first?.isNumber == true }
    }

    func testTheExampleReadsInTheAdoptedOrderWithTheAdoptedNumbers() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let url = try PlanDocumentFixture.example.get()
        // The seed's risk table: 1 → 18, with 19 after 6 and 20 after 15, where the plan file has them.
        XCTAssertEqual(try riskTableOrder(url, plan), [1, 2, 3, 4, 5, 6, 19, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 16, 17, 18])
        let headings = try numberedHeadings(url)
        for expected in ["3.1.1 Hantera kompetensförsörjning", "3.1.2 Bedriva systematiskt arbetsmiljöarbete",
                         "3.1.3 Personalhälsa, Rehabilitera", "3.2.1 Bedriva systematiskt brandskyddsarbete",
                         "3.2.2 Verksamhetsledning, Planera och följa upp verksamhet",
                         "3.2.3 Styrning, Hantering och implementering av styrdokument, Upprätta och följa upp policys och mål",
                         "4.1.1 Upphandling, Hantera avtal och ramavtal", "4.2.1 Hantera kompetensförsörjning",
                         "4.2.2 Bedriva systematiskt arbetsmiljöarbete", "4.2.3 Hantera krisstöd", "4.2.4 Personalhälsa, Rehabilitera",
                         "4.3.1 Bedriva systematiskt brandskyddsarbete", "4.3.2 Vård och omsorg, Ledning Styrning Organisering",
                         "4.3.3 Verksamhetsledning, Planera och följa upp verksamhet"] {
            XCTAssertTrue(headings.contains(expected), "the adopted plan's \(expected) in \(headings)")
        }
    }

    func testKlassaOrderIsALayoutOption() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let source = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        XCTAssertTrue(source.contains("order: plan "), "the bundled layout states its order")
        let folder = PlanDocumentFixture.tempURL("klassa-layout")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let layoutURL = folder.appendingPathComponent("plan-klassa.yaml")
        try source.replacingOccurrences(of: "order: plan ", with: "order: klassa ").write(to: layoutURL, atomically: true, encoding: .utf8)
        let layout = try PlanDocumentFixture.context.layoutFile(layoutURL)
        let url = folder.appendingPathComponent("klassa.pdf")
        try PlanDocument(plan: plan, layout: layout, context: PlanDocumentFixture.context, folder: PlanDocumentFixture.exampleFolder)
            .render().write(to: url)
        XCTAssertEqual(try riskTableOrder(url, plan), [15, 20, 16, 17, 18, 1, 2, 3, 4, 6, 19, 7, 9, 5, 8, 13, 10, 11, 12, 14])
        let headings = try numberedHeadings(url)
        XCTAssertTrue(headings.contains("3.2.1 Verksamhetsledning, Planera och följa upp verksamhet"), "\(headings)")
        XCTAssertTrue(headings.contains("4.3.2 Bedriva systematiskt brandskyddsarbete"), "\(headings)")

        try source.replacingOccurrences(of: "order: plan ", with: "order: kod ").write(to: layoutURL, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PlanDocument(plan: plan, layout: try PlanDocumentFixture.context.layoutFile(layoutURL),
                                              context: PlanDocumentFixture.context)) { error in
            XCTAssertTrue("\(error)".contains("plan.order: unknown order \"kod\""), "\(error)")
        }
    }

    /// A process whose risks are not consecutive appears again where its next risk stands.
    func testAProcessWhoseRisksAreNotConsecutiveAppearsAgain() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        // Move risk 1 (2.3.2.1 Rekrytera och anställa) behind risk 5 (2.4.1.2): 2.3.2.2 now stands twice.
        let one = plan.risks.removeFirst()
        let five = try XCTUnwrap(plan.risks.firstIndex { $0.number == 5 })
        plan.risks.insert(one, at: five + 1)
        plan.risks[five + 1].process = try XCTUnwrap(KlassaCode("2.3.2.2"))
        let (url, _) = try PlanDocumentFixture.render(plan, name: "again.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PlanDocumentFixture.rawText(url)
        let name = PDFInspector.normalized("2.3.2.2 Hantera kompetensförsörjning")
        XCTAssertEqual(text.components(separatedBy: name).count - 1, 2, "the process cell stands before risks 2–4 and again before risk 1")
    }
}
