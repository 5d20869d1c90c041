import XCTest
import IKTestSupport

/// Reviewed pictures of a few pages of the example plan: the cover, the risk-matrix page and an action page.
/// A change that moves anything on them fails here until the references are re-recorded on purpose
/// (`IKPLAN_UPDATE_REFERENCES=1 swift test --filter PlanReferencePageTests`, then look at the PNGs).
final class PlanReferencePageTests: XCTestCase {
    private func example() throws -> URL { try PlanDocumentFixture.example.get() }

    func testCover() throws {
        ReferenceImage.assertMatches(pdf: try example(), page: 1, name: "plan-cover")
    }

    func testRiskMatrixPage() throws {
        ReferenceImage.assertMatches(pdf: try example(), page: 7, name: "plan-risk-matrix")
    }

    func testActionPage() throws {
        ReferenceImage.assertMatches(pdf: try example(), page: 10, name: "plan-actions")
    }
}
