import Foundation
import IKInput
import IKModel
import XCTest

/// Controls expand into the dated occasions of the plan year; ids are given or derived, and checked.
final class OccasionTests: XCTestCase {
    func testOccasionCountsPerScheduleKind() {
        let counts: [(Schedule, Int)] = [(.monthly, 12), (.quarterly, 4), (.perTertial, 3), (.halfYearly, 2), (.yearly, 1),
                                         (.months([9, 3]), 2), (.tertials([2]), 1), (.eventDriven, 1)]
        for (schedule, n) in counts { XCTAssertEqual(schedule.periods.count, n, "\(schedule)") }
        XCTAssertEqual(Schedule.months([9, 3]).periods, [.month(3), .month(9)])
    }

    func testDueDatesAndWords() {
        func occasion(_ p: Period) -> Occasion { Occasion(controlIndex: 0, controlID: "K1", period: p, year: 2026) }
        XCTAssertEqual(Schedule.perTertial.periods.map { occasion($0).due?.description },
                       ["2026-04-30", "2026-08-31", "2026-12-31"])
        XCTAssertEqual(Schedule.quarterly.periods.map { occasion($0).due?.description },
                       ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"])
        XCTAssertEqual(occasion(.month(2)).due, CalendarDate(year: 2026, month: 2, day: 28))
        XCTAssertEqual(Occasion(controlIndex: 0, controlID: "K1", period: .month(2), year: 2028).due?.day, 29)
        XCTAssertEqual(occasion(.tertial(2)).words, "T2 2026, senast 2026-08-31")
        XCTAssertEqual(occasion(.month(3)).words, "Mars 2026, senast 2026-03-31")
        XCTAssertEqual(occasion(.half(1)).due?.description, "2026-06-30")
        XCTAssertNil(occasion(.undated).due)
        XCTAssertEqual([occasion(.month(3)).key, occasion(.quarter(3)).key, occasion(.tertial(2)).key, occasion(.year).key],
                       ["2026-03", "2026-Q3", "2026-T2", "2026"])
    }

    func testTheAngeExampleGivesFiftyOccasions() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026", isDirectory: true)
        let plan = try XCTUnwrap(PlanLoader.load(folder: folder).plan)
        XCTAssertEqual(plan.controls.count, 13)
        XCTAssertEqual(plan.controls.map { $0.schedule.periods.count }, [3, 4, 3, 1, 3, 1, 12, 12, 3, 1, 3, 2, 2])
        XCTAssertEqual(plan.occasions.count, 50)
        XCTAssertEqual(plan.controlIDs, (1...13).map { "K\($0)" })
        XCTAssertEqual(plan.actionIDs, (1...8).map { "A\($0)" })
        XCTAssertEqual(plan.occasions.filter { $0.due == nil }.map(\.controlID), ["K4"])
    }

    let header = """
        plan: {municipality: M, board: B, year: 2026, title: T, date: 2026-01-01, version: "1"}
        areas: [{id: a, name: A}]
        processes: [{code: "1.1", name: P, area: a}]
        risks:
          - {number: 1, process: "1.1", title: R, consequence_description: C, probability: 2, consequence: 2, handled: true}

        """

    func control(_ extra: String) -> String {
        "  - {risks: [1], activity: X, what: W, how: H, when: V, schedule: monthly\(extra)}\n"
    }

    func testGivenAndDerivedIds() throws {
        let (plan, d) = TemporaryPlan.load(header + "controls:\n" + control(", id: brand-1") + control("") + control(", id: K9"))
        XCTAssertEqual(d, [])
        XCTAssertEqual(try XCTUnwrap(plan).controlIDs, ["brand-1", "K2", "K9"])
    }

    func testDuplicateAndBadIdsAreErrors() {
        let (plan, d) = TemporaryPlan.load(header + "controls:\n" + control(", id: X1") + control(", id: X1") + control("")
                                           + control(", id: K3") + control(", id: \"a b\""))
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:8:80: error: control X1, id: the id X1 is already used by controls[0] (line 7)",
            "plan.yaml:10:80: error: control K3, id: the id K3 is also the id another control without an id gets from its place in the plan",
            "plan.yaml:11:80: error: control K5, id: \"a b\" is not a usable id: use letters, digits, - and _ only, at most 32, starting with a letter or digit",
        ])
    }

    func testActionIdsAreCheckedToo() {
        let action = "  - {risks: [1], description: D, status: klar, end_date: 2026-05-01, desired_effect: E, id: A1}\n"
        let (plan, d) = TemporaryPlan.load(header + "actions:\n" + action + action)
        XCTAssertNil(plan)
        XCTAssertEqual(d.map(\.field), ["actions[1].id"])
    }
}
