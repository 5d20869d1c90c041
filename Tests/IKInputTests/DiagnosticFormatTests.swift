import Foundation
import IKInput
import XCTest

final class DiagnosticFormatTests: XCTestCase {
    let error = Diagnostic(file: "plan.yaml", line: 42, column: 18, severity: .error, field: "risks[3].probability",
                           message: "5 is outside 1–4",
                           hint: "probability is a whole number from 1 (unlikely) to 4 (very likely)")

    func testTextIsCompilerStyleWithTheHintOnItsOwnLine() {
        XCTAssertEqual(error.text, """
            plan.yaml:42:18: error: risks[3].probability: 5 is outside 1–4
              hint: probability is a whole number from 1 (unlikely) to 4 (very likely)
            """)
    }

    func testUnknownColumnAndLineAreLeftOut() {
        let noColumn = Diagnostic(file: "plan.yaml", line: 27, column: 0, severity: .warning, field: "texts.risks", message: "m")
        XCTAssertEqual(noColumn.text, "plan.yaml:27: warning: texts.risks: m")
        let wholeFile = Diagnostic(file: "plan.yaml", line: 0, column: 0, severity: .error, field: "", message: "no plan.yaml")
        XCTAssertEqual(wholeFile.text, "plan.yaml: error: no plan.yaml")
    }

    func testSortedByFileThenLineThenColumn() {
        let a = Diagnostic(file: "plan.yaml", line: 9, column: 3, severity: .warning, field: "", message: "a")
        let b = Diagnostic(file: "plan.yaml", line: 9, column: 1, severity: .error, field: "", message: "b")
        let c = Diagnostic(file: "inledning.md", line: 50, column: 1, severity: .error, field: "", message: "c")
        XCTAssertEqual([a, error, b, c].sorted().map(\.message), ["c", "b", "a", "5 is outside 1–4"])
    }

    func testJSONIsAnArrayOfObjectsWithAllFields() throws {
        let json = [error].renderedJSON()
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 1)
        let o = objects[0]
        XCTAssertEqual(Set(o.keys), ["file", "line", "column", "severity", "field", "place", "message", "hint"])
        XCTAssertEqual(o["file"] as? String, "plan.yaml")
        XCTAssertEqual(o["line"] as? Int, 42)
        XCTAssertEqual(o["column"] as? Int, 18)
        XCTAssertEqual(o["severity"] as? String, "error")
        XCTAssertEqual(o["field"] as? String, "risks[3].probability")
        XCTAssertEqual(o["message"] as? String, "5 is outside 1–4")
        XCTAssertEqual([Diagnostic]().renderedJSON().trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
    }

    func testSummaryCountsErrorsAndWarnings() {
        let w = Diagnostic(file: "plan.yaml", line: 1, column: 1, severity: .warning, field: "", message: "w")
        XCTAssertEqual([Diagnostic]().summary, "no problems")
        XCTAssertEqual([w, w].summary, "2 warnings")
        XCTAssertEqual([error, error, error, w].summary, "3 errors, 1 warning")
        XCTAssertEqual([error].summary, "1 error")
    }
}
