import Foundation
import XCTest

/// `ikplan render` as a user meets it on the command line: what it reports and where it writes.
final class RenderCommandTests: XCTestCase {
    /// The example's minutes are one page: the report says "1 page", the plan's "15 pages".
    func testTheReportCountsPagesInWords() throws {
        let out = try CLI.temporaryFolder(self)
        let r = try CLI.run(["render", CLI.example.path, "-o", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("minutes.pdf: 1 page, "), r.stderr)
        XCTAssertFalse(r.stderr.contains(": 1 pages"), r.stderr)
        XCTAssertNotNil(r.stderr.range(of: #"plan\.pdf: [0-9]+ pages, "#, options: .regularExpression), r.stderr)
    }
}
