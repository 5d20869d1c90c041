import XCTest
import IKDocuments
import IKModel

/// Mistakes in a plan layout's own section are errors naming the file and the key, never silent defaults.
final class PlanLayoutErrorTests: XCTestCase {
    func testAColumnListOfTheWrongLengthIsAnError() throws {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        let url = PlanDocumentFixture.tempURL("badcolumns.yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try bundled.replacingOccurrences(of: "columns: [29, 46, 13, 12]", with: "columns: [30, 48, 10]")
            .write(to: url, atomically: true, encoding: .utf8)
        let line = try XCTUnwrap(bundled.components(separatedBy: "\n").firstIndex { $0.contains("columns: [29, 46, 13, 12]") }) + 1
        XCTAssertThrowsError(try PlanDocumentFixture.context.layoutFile(url)) { error in
            XCTAssertTrue("\(error)".contains("badcolumns.yaml:\(line): error: plan.risk_table.columns: 3 widths given, the table has 4 columns"), "\(error)")
        }
    }
}

extension PlanLayoutErrorTests {
    /// Values that would push text out of its place are refused with the file and the key.
    func testOversizedBadgesBulletsAndCellPaddingAreErrors() throws {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        let cases = [
            ("  size: 8.5\n", "  size: 500\n", "badges.size: 500.0 pt is not a usable badge size"),
            ("  bullet: \"•\"", "  bullet: \"ABCDEFGH\"", "prose.bullet: \"ABCDEFGH\" is not a list marker"),
            ("padding: {vertical: 3pt, horizontal: 4pt}", "padding: {vertical: 3pt, horizontal: 300pt}",
             "tables.default.padding: cell padding over 20 pt"),
        ]
        for (from, to, message) in cases {
            XCTAssertTrue(bundled.contains(from), "the bundled layout has \(from)")
            let url = PlanDocumentFixture.tempURL("bad-\(message.prefix(6)).yaml")
            defer { try? FileManager.default.removeItem(at: url) }
            try bundled.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try PlanDocument(plan: try PlanDocumentFixture.examplePlan(),
                                                  layout: try PlanDocumentFixture.context.layoutFile(url),
                                                  context: PlanDocumentFixture.context, folder: nil).render()) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
            }
        }
    }
}

/// Optional model fields the plan prints when they are given.
final class PlanOptionalFieldTests: XCTestCase {
    func testResponsibleRolesArePrintedUnderTheirActionAndControl() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        plan.actions[0].responsible = "HR-chefen"
        plan.controls[0].responsible = "Ekonomichefen"
        let (url, _) = try PlanDocumentFixture.render(plan, name: "responsible.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PlanDocumentFixture.rawText(url)
        XCTAssertTrue(text.contains("Ansvarig HR-chefen"), "the action's responsible is printed")
        XCTAssertTrue(text.contains("Ansvarig Ekonomichefen"), "the control's responsible is printed")
    }
}
