import XCTest
import IKModel

/// The model's own rules: derived risk values, the tertial calendar, samples, statuses, look-ups.
final class PlanRuleTests: XCTestCase {
    func risk(_ number: Int, p: Int, c: Int) throws -> Risk {
        Risk(number: number, process: try XCTUnwrap(KlassaCode("2.4.1.2")), title: "Risk \(number)",
             consequenceDescription: "", probability: p, consequence: c, handled: true)
    }

    /// Riskvärde is probability × consequence, always: changing a factor changes the value.
    func testTheRiskValueIsAlwaysProbabilityTimesConsequence() throws {
        for p in 1...4 {
            for c in 1...4 { XCTAssertEqual(try risk(1, p: p, c: c).value, p * c) }
        }
        var r = try risk(1, p: 2, c: 3)
        r.probability = 4
        XCTAssertEqual(r.value, 12)
        XCTAssertEqual(Assessment(probability: 3, consequence: 4).value, 12)
    }

    /// The board follows up each tertial: at the end of April, August and December.
    func testSchedulesGiveTheOccasionsOfTheYear() {
        XCTAssertEqual(Schedule.perTertial.occasions.map(\.month), [4, 8, 12])
        XCTAssertEqual(Schedule.perTertial.occasions.map(\.label), ["Tertial 1", "Tertial 2", "Tertial 3"])
        XCTAssertEqual(Schedule.quarterly.occasions.map(\.month), [3, 6, 9, 12])
        XCTAssertEqual(Schedule.monthly.occasions.count, 12)
        XCTAssertEqual(Schedule.monthly.occasions.first?.label, "Januari")
        XCTAssertEqual(Schedule.halfYearly.occasions.map(\.month), [6, 12])
        XCTAssertEqual(Schedule.yearly.occasions.map(\.label), ["Helår"])
        XCTAssertEqual(Schedule.months([3, 9]).occasions.map(\.label), ["Mars", "September"])
        XCTAssertEqual(Schedule.tertials([2]).occasions.map(\.month), [8])
        XCTAssertTrue(Schedule.eventDriven.occasions.isEmpty, "an event-driven control has no date")
    }

    func testSampleCountsPrintAsANumberOrARange() {
        XCTAssertEqual(SampleCount(exactly: 5).description, "5")
        XCTAssertEqual(SampleCount(min: 3, max: 5).description, "3–5")
    }

    func testStatusesPrintAsThePlanWritesThemCapitalised() {
        XCTAssertEqual(ActionStatus.allCases.map(\.label), ["Ej påbörjad", "Pågående", "Försenad", "Klar", "Avbruten"])
        XCTAssertEqual(ActionStatus(rawValue: "klar"), .done)
        XCTAssertNil(ActionStatus(rawValue: "Klar"), "the raw values are the plan's lower-case words")
    }

    func testAPlanLooksUpItsRisksProcessesAndAreas() throws {
        let code = try XCTUnwrap(KlassaCode("2.4.1.2"))
        let plan = Plan(info: PlanInfo(municipality: "Ånge kommun", board: "Kommunstyrelsen", year: 2026, title: "Internkontrollplan 2026",
                                       date: try XCTUnwrap(CalendarDate(iso: "2025-11-26")), version: "1.0"),
                        areas: [ControlArea(id: "ekonomi", name: "Ekonomi")],
                        processes: [Process(code: code, name: "Betala leverantörsfakturor", area: "ekonomi")],
                        risks: [try risk(4, p: 2, c: 3), try risk(7, p: 1, c: 1)])
        XCTAssertEqual(plan.risk(7)?.value, 1)
        XCTAssertNil(plan.risk(5))
        XCTAssertEqual(plan.process(code)?.name, "Betala leverantörsfakturor")
        XCTAssertNil(plan.process(try XCTUnwrap(KlassaCode("2.4.1"))))
        XCTAssertEqual(plan.area("ekonomi")?.name, "Ekonomi")
        XCTAssertEqual(plan.info.language, "sv-SE", "the default language")
    }

    func testMeetingTimesAndParticipantNames() throws {
        var m = Meeting(title: "Möte", date: try XCTUnwrap(CalendarDate(iso: "2025-11-26")), place: "Ånge")
        XCTAssertNil(m.timeSpan)
        m.startTime = "10:00"
        XCTAssertEqual(m.timeSpan, "10:00")
        m.endTime = "13:00"
        XCTAssertEqual(m.timeSpan, "10:00–13:00")
        XCTAssertEqual(Participant(name: "Eva Mörk Månsson", party: "S").displayName, "Eva Mörk Månsson (S)")
        XCTAssertEqual(Participant(name: "Eva Mörk Månsson").displayName, "Eva Mörk Månsson")
    }

    func testProsePlainTextDropsMarkupAndKeepsTheWords() {
        let p = ProseBlock.paragraph([.text("Se "), .strong([.text("bilaga")]), .softBreak, .link(destination: "x", [.emphasis([.text("1")])])])
        XCTAssertEqual(p.plainText, "Se bilaga 1")
        let list = ProseBlock.bulletList([[.paragraph([.text("a")])], [.paragraph([.code("b")])]])
        XCTAssertEqual(list.plainText, "a\nb")
        XCTAssertTrue(Prose().isEmpty)
    }
}
