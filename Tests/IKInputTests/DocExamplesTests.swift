import Foundation
import IKInput
import XCTest

/// docs/plan-format.md must stay exact: its YAML examples, put together, are a valid plan.
final class DocExamplesTests: XCTestCase {
    func testFormatDocExamplesMakeAValidPlan() throws {
        let doc = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/plan-format.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```yaml" { current = [] } else if current != nil, line == "```" {
                blocks.append(current.map { $0.joined(separator: "\n") + "\n" } ?? "")
                current = nil
            } else { current?.append(line) }
        }
        // The schedule variants repeat keys on purpose; every other block is part of the plan.
        let yaml = blocks.filter { !$0.hasPrefix("    schedule") }.joined()
        XCTAssertGreaterThanOrEqual(blocks.count, 8)
        let files = ["inledning.md", "internkontrollanterna.md", "riskinventering.md", "atgarder.md", "kontrollmoment.md"]
        var contents = Dictionary(uniqueKeysWithValues: files.map { ($0, "Text.\n") })
        contents["logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        let (plan, d) = TemporaryPlan.load(yaml, files: contents)
        XCTAssertEqual(d, [], d.renderedText())
        XCTAssertEqual(plan?.meeting?.signatories.first?.role, .chair)
    }
}
