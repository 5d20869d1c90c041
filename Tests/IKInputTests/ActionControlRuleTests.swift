@testable import IKInput
import IKModel
import XCTest

/// Rules about actions and controls: status, dates, schedules, samples; and the handling warnings.
final class ActionControlRuleTests: XCTestCase {
    func testStatusUnknownFoldedAndAnyCase() {
        let (plan, d) = Fixtures.load("status")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:25:13: error: action 1, status: unknown status \"klart\"; did you mean \"klar\"?",
            "plan.yaml:30:13: warning: action 2, status: status \"Ej Paborjad\" read as \"ej påbörjad\"",
        ])
        XCTAssertEqual(d[0].hint, "status is one of: ej påbörjad | pågående | försenad | klar | avbruten")
        XCTAssertEqual(d[1].hint, "write it \"ej påbörjad\", with å, ä and ö")
        // "KLAR" (line 35) is accepted silently: letter case does not matter.
        XCTAssertFalse(d.contains { $0.line == 35 })
    }

    func testStatusParsingOutcomes() {
        XCTAssertEqual(ActionStatusParsing.parse("Pågående"), .exact(.ongoing))
        XCTAssertEqual(ActionStatusParsing.parse("forsenad"), .folded(.delayed))
        XCTAssertEqual(ActionStatusParsing.parse("ej  PÅBÖRJAD"), .exact(.notStarted))
        XCTAssertEqual(ActionStatusParsing.parse("avbrutet"), .unknown(suggestion: .cancelled))
    }

    func testInvalidDates() {
        let (plan, d) = Fixtures.load("dates")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:5:9: error: plan.date: 2025-13-01 is not a valid date: there is no month 13",
            "plan.yaml:26:15: error: action 1, end_date: 2026-02-30 is not a valid date: February 2026 has 28 days",
            "plan.yaml:31:15: error: action 2, end_date: expected a date YYYY-MM-DD, found the text \"31/12/2026\"",
        ])
        // 2028-02-29 (line 36, quoted) is a leap day and accepted.
        XCTAssertFalse(d.contains { $0.line == 36 })
    }

    func testBadSchedules() {
        let (plan, d) = Fixtures.load("schedule")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:28:15: error: control K1, schedule: unknown schedule \"per_tertail\"; did you mean \"per_tertial\"?",
            "plan.yaml:34:28: error: control K2, schedule.months[1]: month 13 is outside 1–12",
            "plan.yaml:40:27: error: control K3, schedule.tertials[0]: tertial 4 is outside 1–3",
            "plan.yaml:46:15: error: control K4, schedule: a schedule gives either months or tertials, not both",
        ])
    }

    func testBadSamples() {
        let (plan, d) = Fixtures.load("samples")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:29:14: error: control K1, samples: the range 5-3 runs backwards: 5 is more than 3",
            "plan.yaml:36:14: error: control K2, samples: 0 samples is not a positive number",
            "plan.yaml:43:14: error: control K3, samples: \"några\" is not a number of samples",
        ])
        XCTAssertEqual(d[0].hint, "write the smaller number first: \"3-5\"")
        // "3–5" with an en dash (line 50) is a valid range.
        XCTAssertFalse(d.contains { $0.line == 50 })
    }

    func testHandlingAndEndDateWarningsStillGiveAPlan() throws {
        let (plan, d) = Fixtures.load("warnings")
        XCTAssertEqual(headlines(d), [
            "plan.yaml:15:5: warning: risk 1 is handled but has neither an action nor a control",
            "plan.yaml:22:5: warning: risk 2 is not handled but has actions",
            "plan.yaml:40:15: warning: action 1, end_date: end date 2025-06-30 lies before the plan year 2026, but the status is \"försenad\"",
            "plan.yaml:58:15: warning: control K1, schedule: an event-driven control gets one undated checklist sheet and no place in the year overview",
        ])
        // Warnings alone do not withhold the plan; the klar and the avbruten actions ending in 2025 are fine.
        let p = try XCTUnwrap(plan)
        XCTAssertEqual(p.actions.count, 3)
        XCTAssertEqual(p.controls.first?.schedule, .eventDriven)
    }

    func testValidControlsAreReadIntoTheModel() throws {
        let (plan, d) = Fixtures.load("valid-minimal")
        XCTAssertEqual(d, [])
        let p = try XCTUnwrap(plan)
        XCTAssertEqual(p.controls.map(\.schedule), [.perTertial, .months([3, 9])])
        XCTAssertEqual(p.controls.map(\.samples), [SampleCount(min: 3, max: 5), SampleCount(exactly: 2)])
        XCTAssertEqual(p.actions.first?.status, .ongoing)   // "Pågående" in the file
        XCTAssertEqual(p.actions.first?.endDate, CalendarDate(year: 2026, month: 6, day: 30))
        XCTAssertEqual(p.risks.first?.previous, Assessment(probability: 3, consequence: 3))
        XCTAssertEqual(p.info.version, "1.0")                // written unquoted: YAML's float keeps its text
        XCTAssertEqual(p.info.title, "Internkontrollplan 2026")
    }
}
