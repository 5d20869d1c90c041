import Foundation
import IKInput
import IKModel
import XCTest

/// What the plan does not know stays unknown: a risk may give probability and consequence, only its value,
/// or nothing (a warning), and may leave "handled" out (a warning); a status may carry a note.
final class UnknownValueRuleTests: XCTestCase {
    private func plan(risk: String, status: String = "pågående") -> String {
        """
        plan: {municipality: Testkommun, board: Kommunstyrelsen, year: 2026, date: 2025-11-26, version: "1"}
        areas: [{id: ekonomi, name: Ekonomi}]
        processes: [{code: 2.4.1.2, name: Betala leverantörsfakturor, area: ekonomi}]
        risks:
          - number: 1
            process: 2.4.1.2
            title: Falska fakturor betalas
            consequence_description: Kommunen förlorar pengar
        \(risk.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        actions:
          - {risks: [1], description: Attestkontroll, status: \(status), end_date: 2026-06-30, desired_effect: Färre fel}
        """
    }

    func testOnlyTheValueIsEnoughAndPlacesTheRiskNowhere() throws {
        let (p, d) = TemporaryPlan.load(plan(risk: "value: 6\nhandled: true"))
        XCTAssertEqual(headlines(d), [])
        let risk = try XCTUnwrap(p?.risks.first)
        XCTAssertEqual(risk.value, 6)
        XCTAssertNil(risk.matrixCell)
    }

    func testARiskWithoutAValueIsAWarningAndPrintsAsUnknown() throws {
        let (p, d) = TemporaryPlan.load(plan(risk: "handled: true"))
        XCTAssertEqual(headlines(d), ["plan.yaml:5:5: warning: risk 1 has no value: it prints as unknown and stays out of the risk matrix"])
        XCTAssertEqual(d.first?.hint, "add probability and consequence (1–4 each), or the value the plan prints")
        XCTAssertNil(try XCTUnwrap(p?.risks.first).value)
    }

    func testALeftOutHandledIsAWarning() throws {
        let (p, d) = TemporaryPlan.load(plan(risk: "probability: 2\nconsequence: 3"))
        XCTAssertEqual(headlines(d), ["plan.yaml:5:5: warning: risk 1 does not say whether it is handled: it prints as unknown"])
        let risk = try XCTUnwrap(p?.risks.first)
        XCTAssertNil(risk.handled)
        XCTAssertEqual(risk.value, 6)
    }

    func testProbabilityWithoutConsequenceIsAnError() {
        let (p, d) = TemporaryPlan.load(plan(risk: "probability: 2\nhandled: true"))
        XCTAssertNil(p)
        XCTAssertEqual(headlines(d), ["plan.yaml:5:5: error: risk 1, consequence: missing required field \"consequence\""])
    }

    func testAValueOutsideTheScaleIsAnError() {
        let (p, d) = TemporaryPlan.load(plan(risk: "value: 17\nhandled: true"))
        XCTAssertNil(p)
        XCTAssertEqual(headlines(d), ["plan.yaml:9:12: error: risk 1, value: 17 is outside 1–16"])
    }

    func testAStatusMayCarryANote() throws {
        let (p, d) = TemporaryPlan.load(plan(risk: "value: 6\nhandled: true", status: "Pågående med avvikelse"))
        XCTAssertEqual(headlines(d), [])
        XCTAssertEqual(p?.actions.first?.status, .ongoing)
        XCTAssertEqual(p?.actions.first?.statusNote, "med avvikelse")
        XCTAssertEqual(p?.actions.first?.statusText, "Pågående med avvikelse")

        let (q, e) = TemporaryPlan.load(plan(risk: "value: 6\nhandled: true", status: "ej paborjad enligt plan"))
        XCTAssertEqual(headlines(e), ["plan.yaml:12:55: warning: action 1, status: status \"ej paborjad\" read as \"ej påbörjad\""])
        XCTAssertEqual(q?.actions.first?.status, .notStarted)
        XCTAssertEqual(q?.actions.first?.statusNote, "enligt plan")

        let (r, f) = TemporaryPlan.load(plan(risk: "value: 6\nhandled: true", status: "påbörjad med avvikelse"))
        XCTAssertNil(r)
        XCTAssertEqual(f.first?.severity, .error)
    }
}
