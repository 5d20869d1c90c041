import IKInput
import IKModel
import XCTest

final class MeetingRuleTests: XCTestCase {
    func testRequiredMeetingFields() {
        let (plan, d) = Fixtures.load("meeting-required")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:23:3: error: meeting.date: missing required field \"date\"",
            "plan.yaml:23:3: error: meeting.items: missing required field \"items\"",
            "plan.yaml:23:3: error: meeting.place: missing required field \"place\"",
            "plan.yaml:23:3: error: meeting.title: missing required field \"title\"",
            "plan.yaml:24:17: error: meeting.participants: needs at least one participant",
        ])
    }

    func testTimesItemNumbersAndSignatoryRoles() {
        let (plan, d) = Fixtures.load("meeting-rules")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:26:13: error: meeting.end_time: end_time 10:00 is not after start_time 13:00",
            "plan.yaml:33:15: error: meeting.items[1].number: agenda item number 1 is used twice; first at line 31",
            "plan.yaml:37:13: error: meeting.signatories[0].role: unknown signatory role \"ordförade\"; did you mean \"ordförande\"?",
        ])
    }

    func testBadClockTimes() {
        let (_, d) = TemporaryPlan.load("meeting:\n  start_time: \"9:00\"\n  end_time: 25:00\n")
        XCTAssertEqual(headlines(d).filter { $0.contains("_time") }, [
            "plan.yaml:2:15: error: meeting.start_time: \"9:00\" is not a time HH:MM",
            "plan.yaml:3:13: error: meeting.end_time: \"25:00\" is not a time HH:MM",
        ])
    }

    func testEndTimeWithoutStartTimeIsAWarning() {
        let meeting = """
            meeting:
              title: Möte
              date: 2025-11-26
              end_time: "13:00"
              place: Kommunhuset
              participants: [{name: Eva Exempel}]
              items: [{number: 1, title: Antagande}]

            """
        let (plan, d) = TemporaryPlan.load(MinimalPlan.yaml + meeting)
        XCTAssertEqual(headlines(d), ["plan.yaml:25:13: warning: meeting.end_time: end_time without start_time is not printed"])
        XCTAssertEqual(plan?.meeting?.items.first?.title, "Antagande")
    }

    func testValidMeetingIsRead() throws {
        let (plan, _) = Fixtures.load("valid-minimal")
        let m = try XCTUnwrap(plan?.meeting)
        XCTAssertEqual(m.timeSpan, "10:00–13:00")       // start_time written unquoted: YAML 1.1 reads 600
        XCTAssertEqual(m.participants.map(\.displayName), ["Eva Exempel (S)"])
        XCTAssertEqual(m.items.first?.decision?.points, ["Anta förslag till Internkontrollplan 2026."])
        XCTAssertEqual(m.items.first?.summary, Prose([.paragraph([.text("Planen gicks igenom.")])]))
        XCTAssertEqual(m.signatories, [Signatory(name: "Eva Exempel", role: .chair)])
    }
}

final class PrintableTextRuleTests: XCTestCase {
    /// Texts the renderer could not print whole are refused: control characters, texts of invisible
    /// characters only, running-head values too long for a margin, names too long for a signature line.
    func testUnprintableAndOverlongTextsAreErrors() {
        let (plan, d) = Fixtures.load("printable-texts")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:2:17: error: plan.municipality: is 169 characters long; at most 150 fit in the running heads",
            "plan.yaml:9:11: error: areas[0].name: contains the control character U+0007, which cannot be printed",
            "plan.yaml:12:11: error: processes[0].name: is empty: it holds only invisible characters",
            "plan.yaml:32:13: error: meeting.signatories[0].name: is 239 characters long; at most 200 fit in a signature line",
        ])
    }
}
