import XCTest
import IKTestSupport

/// A missing binary or tool skips a test on a developer's machine and fails it in CI.
final class MissingPrerequisiteTests: XCTestCase {
    func testCIFailsWhereADeveloperSkips() {
        XCTAssertTrue(missingPrerequisite("no pdftotext", environment: ["CI": "true"]) is MissingPrerequisite)
        XCTAssertTrue(missingPrerequisite("no pdftotext", environment: ["CI": "TRUE"]) is MissingPrerequisite)
        XCTAssertTrue(missingPrerequisite("no pdftotext", environment: [:]) is XCTSkip)
        XCTAssertTrue(missingPrerequisite("no pdftotext", environment: ["CI": "false"]) is XCTSkip)
        XCTAssertTrue("\(missingPrerequisite("no pdftotext", environment: ["CI": "true"]))".contains("no pdftotext"))
    }
}
