import Foundation
import IKInput
import IKModel
import IKTestSupport
import XCTest

/// The real plan in examples/ange-2026 must load with no errors and only the warnings its data calls for.
final class ExamplePlanTests: XCTestCase {
    func testAngePlanLoadsWithOnlyTheOverdueActionWarnings() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026", isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.yaml").path) else {
            throw missingPrerequisite("examples/ange-2026/plan.yaml is missing")
        }
        let (plan, d) = PlanLoader.load(folder: folder)
        XCTAssertEqual(d.errorCount, 0, d.renderedText())
        // Three actions end in 2025 and are not klar (pågående, försenad, pågående): counted from plan.yaml;
        // the SAM control (skyddsronder) is event-driven and gets an undated checklist sheet.
        XCTAssertEqual(d.map(\.severity), [.warning, .warning, .warning, .warning], d.renderedText())
        XCTAssertEqual(d.map(\.field), ["actions[1].end_date", "actions[4].end_date", "actions[5].end_date", "controls[3].schedule"])
        XCTAssertTrue(d.prefix(3).allSatisfy { $0.message.hasPrefix("end date 2025-") && $0.message.contains("lies before the plan year 2026") },
                      d.renderedText())
        XCTAssertTrue(d[3].hint.contains("months"), d[3].hint)

        let p = try XCTUnwrap(plan)
        XCTAssertEqual(p.info.municipality, "Ånge kommun")
        XCTAssertEqual(p.info.year, 2026)
        XCTAssertFalse(p.risks.isEmpty)
        XCTAssertEqual(Set(p.risks.map(\.number)).count, p.risks.count)
        XCTAssertFalse(p.texts.introduction.isEmpty)
        // The introduction places the SKR figure.
        XCTAssertTrue(p.texts.introduction.blocks.contains { if case .figure("processfigur", _) = $0 { return true } else { return false } })
    }
}
