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
        // The values the OCR lost (risk 5's and 8's "Risken hanteras", risk 19's and 20's value) are left out and
        // warned about; three actions end in 2025 and are not klar (pågående, försenad, pågående): counted from
        // plan.yaml; the SAM control (skyddsronder) is event-driven and gets an undated checklist sheet.
        XCTAssertEqual(d.map(\.severity), Array(repeating: .warning, count: 8), d.renderedText())
        XCTAssertEqual(d.map(\.field), ["risks[4]", "risks[6]", "risks[8]", "risks[16]",
                                        "actions[1].end_date", "actions[4].end_date", "actions[5].end_date", "controls[3].schedule"])
        XCTAssertEqual(d.prefix(4).map(\.message), ["risk 5 does not say whether it is handled: it prints as unknown",
                                                    "risk 19 has no value: it prints as unknown and stays out of the risk matrix",
                                                    "risk 8 does not say whether it is handled: it prints as unknown",
                                                    "risk 20 has no value: it prints as unknown and stays out of the risk matrix"])
        XCTAssertTrue(d[4..<7].allSatisfy { $0.message.hasPrefix("end date 2025-") && $0.message.contains("lies before the plan year 2026") },
                      d.renderedText())
        XCTAssertTrue(d[7].hint.contains("months"), d[7].hint)
        XCTAssertEqual(plan?.actions.compactMap(\.statusNote), ["med avvikelse", "enligt plan"])

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
