import XCTest
import IKEngine
@testable import IKDocuments

final class LayoutFileTests: XCTestCase {
    func testTheBundledPlanLayoutReads() throws {
        let layout = try LayoutFile(contentsOf: LayoutFile.bundled("plan-ange"))
        XCTAssertEqual(try layout.style("h2").size, 14)
        XCTAssertTrue(try layout.style("h2").bold, "h2 inherits bold from h1")
        XCTAssertEqual(layout.page.margins.left, mm(25), accuracy: 0.001)
        XCTAssertFalse(layout.page.firstPageHeader)
    }

    func testAnUnknownKeyIsReportedWithItsLineAndASuggestion() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-layout-\(getpid()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try "styles:\n  body: {family: Carlito, sise: 11}\npage: {margins: 20mm}\n".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try LayoutFile(contentsOf: url)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains(":2: error: styles.body: unknown key sise"), text)
            XCTAssertTrue(text.contains("did you mean size?"), text)
        }
    }
}
