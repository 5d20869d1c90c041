import XCTest
import IKDocuments
import IKEngine
import IKTestSupport

/// A plan that names a logo shows it on the cover and, in place of the municipality's name, in the header.
final class PlanLogoTests: XCTestCase {
    func testTheLogoStandsOnTheCoverAndInEveryRunningHead() throws {
        let folder = PlanDocumentFixture.tempURL("logo")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
          <rect width="120" height="120" fill="#000000"/></svg>
        """.write(to: folder.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        var plan = try PlanDocumentFixture.examplePlan()
        plan.info.logo = "logo.svg"
        plan.info.logoData = Array(try Data(contentsOf: folder.appendingPathComponent("logo.svg")))
        let layout = try PlanDocumentFixture.layout("plan-ange")
        let document = try PlanDocument(plan: plan, layout: layout, context: PlanDocumentFixture.context, folder: folder).render()
        let url = folder.appendingPathComponent("plan.pdf")
        try document.write(to: url)
        let pdf = PDFInspector(url)
        let left = Int(layout.page.margins.left) + 4
        // Cover: the black square at the top of the body.
        XCTAssertLessThan(Int(try pdf.render(page: 1, dpi: 72)[left, Int(layout.page.margins.top) + 4]), 60)
        // Page 2 on: the square in the header, and the name no longer printed there.
        let headerY = Int(layout.page.header?.offset ?? 0) + 4
        XCTAssertLessThan(Int(try pdf.render(page: 2, dpi: 72)[left, headerY]), 60)
        XCTAssertFalse(try pdf.pageTexts[1].contains("Ånge kommun"), "the logo replaces the name in the header")
    }
}
