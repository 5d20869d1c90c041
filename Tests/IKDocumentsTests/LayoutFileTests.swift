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

    /// Values that would crash the shaper, put text off the page or leave no body are refused with the
    /// file, the line and the key.
    func testOutOfRangeValuesAreErrorsNamingTheFileAndKey() throws {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("body:   {family: Carlito, size: 11,", "body:   {family: Carlito, size: 1e9,", "styles.body.size: 1000000000.0 is not a usable length"),
            ("body:   {family: Carlito, size: 11,", "body:   {family: Carlito, size: 0,", "styles.body.size: 0.0 pt is not a usable font size"),
            ("body:   {family: Carlito, size: 11,", "body:   {family: Carlito, size: .nan,", "styles.body.size: \".nan\" is not a length"),
            ("line_height: 1.2, color: text}", "line_height: -1.2, color: text}", "styles.body.line_height: -1.2 is outside 0.5–5.0"),
            ("margins: {top: 25mm, right: 22mm, bottom: 22mm, left: 25mm}", "margins: {top: 500mm, right: 22mm, bottom: 22mm, left: 25mm}",
             "page.margins: leave 462 × 0 pt of the 595 × 841 pt page for the text"),
            ("margins: {top: 25mm, right: 22mm, bottom: 22mm, left: 25mm}", "margins: {top: -25mm, right: 22mm, bottom: 22mm, left: 25mm}",
             "page.margins.top: -70.86614173228347 is not a usable length"),
            ("size: A4", "size: [0, 0]", "page.size: 0.0 pt is not a usable page width"),
            ("offset: 12mm", "offset: -100mm", "page.header.offset: -283.46456692913387 is not a usable length"),
        ]
        for (old, new, expected) in cases {
            XCTAssertTrue(bundled.contains(old), old)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-layout-\(getpid())-range.yaml")
            defer { try? FileManager.default.removeItem(at: url) }
            try bundled.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try LayoutFile(contentsOf: url), new) { error in
                let text = "\(error)"
                XCTAssertTrue(text.hasPrefix(url.path + ":"), text)
                XCTAssertTrue(text.contains(expected), "\(new): \(text)")
            }
        }
    }

    func testNegativeOrTinyTableColumnsAreErrors() throws {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        for columns in ["[-31, 41, 13, 15]", "[0, 41, 13, 15]", "[1, 41, 13, 45]"] {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-layout-\(getpid())-columns.yaml")
            defer { try? FileManager.default.removeItem(at: url) }
            try bundled.replacingOccurrences(of: "columns: [29, 46, 13, 12]", with: "columns: \(columns)").write(to: url, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try LayoutFile(contentsOf: url), columns) { error in
                XCTAssertTrue("\(error)".contains("each must be positive and at least 5% of their sum"), "\(error)")
            }
        }
    }
}
