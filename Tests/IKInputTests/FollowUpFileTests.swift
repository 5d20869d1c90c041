import Foundation
import IKInput
import IKModel
import XCTest

/// Follow-up files (uppfoljning/*.yaml): the example's T1 file as the board's report reads it, and every check
/// against the plan with its exact diagnostic, on real files in a copy of the example plan folder.
final class FollowUpFileTests: XCTestCase {
    static let example = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026", isDirectory: true)

    /// A copy of the example plan folder with `followUps` (file name → text) as its uppfoljning/ folder.
    func loadExample(with followUps: [String: String]) throws -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-followup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("uppfoljning"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.example.path) where name.hasSuffix(".md") || name == "plan.yaml" {
            try FileManager.default.copyItem(at: Self.example.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for (name, text) in followUps { try Data(text.utf8).write(to: folder.appendingPathComponent("uppfoljning/\(name)")) }
        return PlanLoader.load(folder: folder)
    }

    func followUpDiagnostics(_ d: [Diagnostic]) -> [String] { headlines(d.filter { $0.file.hasPrefix("uppfoljning/") }) }

    func testTheExamplesT1FileReadsCleanAndTalliesAsTheSummarySays() throws {
        let (loaded, d) = PlanLoader.load(folder: Self.example)
        XCTAssertEqual(followUpDiagnostics(d), [], d.renderedText())
        let plan = try XCTUnwrap(loaded)
        let t1 = try XCTUnwrap(plan.followUps.first)
        XCTAssertEqual(plan.followUps.count, 1)
        XCTAssertEqual(t1.tertial, 1)
        XCTAssertEqual(t1.file, "uppfoljning/2026-T1.yaml")
        XCTAssertEqual(t1.date, CalendarDate(year: 2026, month: 5, day: 13))
        XCTAssertEqual(t1.controls.count, 13)
        XCTAssertEqual(t1.actions.map(\.actionID), ["A1", "A2", "A3", "A5", "A6"])
        XCTAssertEqual(t1.actions[1].statusText, "Pågående med avvikelse")
        XCTAssertEqual(t1.risks.map { "\($0.number): \($0.probability)×\($0.consequence)" }, ["9: 4×3", "10: 2×3"])
        XCTAssertFalse(t1.summary.isEmpty)
        XCTAssertEqual(t1.controls.first { $0.controlID == "K4" }?.period, .undated)
        XCTAssertEqual(t1.controls.filter { $0.controlID == "K7" }.map(\.period), [.month(1), .month(2), .month(3), .month(4)])

        let year = FollowUpYear(plan: plan, tertial: 1)
        let tally = year.tally(in: 1)
        // 15 dated occasions fall due in T1, and the event-driven K4 is reported: 16 planned, 13 performed.
        XCTAssertEqual(year.occasionsDue(in: 1).count, 15)
        XCTAssertEqual([tally.planned, tally.performed, tally.deviations], [16, 13, 4])
        let notDone = year.occasionsDue(in: 1).filter { year.result($0) == nil }.map { "\($0.controlID) \($0.key)" }
        XCTAssertEqual(notDone, ["K8 2026-01", "K8 2026-02", "K11 2026-T1"])
        XCTAssertEqual(year.correctiveActions.filter { $0.action.isOpen }.count, 3)
        XCTAssertEqual(year.statusNow(ofAction: 2), .done)
        XCTAssertEqual(year.statusNow(ofAction: 3), .notStarted, "A4 is not reported: the plan's status stands")
        // Past their end date on 2026-05-13 and not done: A2 (2025-04-30), A5 (2025-06-30), A6 (2025-09-30).
        XCTAssertEqual(year.overdueActions.map { plan.actionID(at: $0) }, ["A2", "A5", "A6"])
        XCTAssertEqual(year.reassessment(ofRisk: 9)?.value, 12)
        XCTAssertNil(year.reassessment(ofRisk: 2))
    }

    func testEveryCheckAgainstThePlanSaysWhereAndWhat() throws {
        let bad = """
            period: T1
            date: 2026-05-13
            controls:
              - control: K77
                date: 2026-03-01
              - control: K6
                occasion: T2
                date: 2026-03-01
              - control: K7
                occasion: juni
                date: 2026-06-10
              - control: K7
                occasion: mars
                date: 2025-03-31
              - control: K1
                date: 2026-04-01
                samples:
                  - {number: 2, result: utan anmärkning}
                  - {number: 1, result: avvikelse, comment: x}
              - control: K7
                occasion: januari
                date: 2026-02-01
                samples:
                  - {number: 1, result: avvikese}
                  - {number: 6, result: utan anmarkning}
              - control: K7
                occasion: jan
                date: 2026-02-02
              - control: K9
                date: 2026-05-20
              - control: K5
                date: 2026-04-17
                deviations: [Riskanalysen är gammal.]
                corrective_actions:
                  - {what: Ny riskanalys., who: Enhetschef, by: 2026-04-01}
              - control: K2
                occasion: Q5
                date: 2026-03-30
            actions:
              - {action: A9, status: klar}
              - {action: A3, status: klar, date: 2027-01-10}
              - {action: A1, status: påbörjad}
              - {action: A3, status: klar}
            risks:
              - {risk: 99, probability: 2, consequence: 2}
              - {risk: 9, probability: 5, consequence: 3}
            """
        let (_, d) = try loadExample(with: ["2026-T1.yaml": bad])
        XCTAssertEqual(followUpDiagnostics(d), [
            "uppfoljning/2026-T1.yaml:4:14: error: controls[0].control: unknown control K77; did you mean K7?",
            "uppfoljning/2026-T1.yaml:7:15: error: controls[1].occasion: K6 T2 2026 is due in T2, not in T1, which this file follows up",
            "uppfoljning/2026-T1.yaml:10:15: error: controls[2].occasion: K7 Juni 2026 is due in T2, not in T1, which this file follows up",
            "uppfoljning/2026-T1.yaml:14:11: error: controls[3].date: 2025-03-31 is not in the plan year 2026",
            "uppfoljning/2026-T1.yaml:15:5: warning: controls[4]: K1 T1 2026 found a deviation but decides no corrective action",
            "uppfoljning/2026-T1.yaml:15:5: warning: controls[4]: a sample of K1 T1 2026 is a deviation, but no deviation is described",
            "uppfoljning/2026-T1.yaml:18:18: error: controls[4].samples[0].number: K1 has 1 sample per occasion: there is no sample 2",
            "uppfoljning/2026-T1.yaml:24:29: error: controls[5].samples[0].result: unknown result \"avvikese\"; did you mean \"avvikelse\"?",
            "uppfoljning/2026-T1.yaml:25:18: error: controls[5].samples[1].number: K7 has 5 samples per occasion: there is no sample 6",
            "uppfoljning/2026-T1.yaml:26:5: error: controls[6]: K7 Januari 2026 is already reported at line 20",
            "uppfoljning/2026-T1.yaml:30:11: error: controls[7].date: K9 T1 2026 is dated 2026-05-20, after the follow-up itself (2026-05-13)",
            "uppfoljning/2026-T1.yaml:31:5: warning: controls[8]: K5 T1 2026 found a deviation but decides no corrective action",
            "uppfoljning/2026-T1.yaml:35:53: error: controls[8].corrective_actions[0].by: the corrective action is due 2026-04-01, before the control found the deviation (2026-04-17)",
            "uppfoljning/2026-T1.yaml:37:15: error: controls[9].occasion: \"Q5\" is not an occasion",
            "uppfoljning/2026-T1.yaml:40:14: error: actions[0].action: unknown action A9; did you mean A1?",
            "uppfoljning/2026-T1.yaml:41:38: error: actions[1].date: 2027-01-10 is not in the plan year 2026",
            "uppfoljning/2026-T1.yaml:42:26: error: actions[2].status: unknown status \"påbörjad\"; did you mean \"ej påbörjad\"?",
            "uppfoljning/2026-T1.yaml:43:14: error: actions[3].action: A3 is already reported at line 41",
            "uppfoljning/2026-T1.yaml:45:12: error: risks[0].risk: the plan has no risk 99",
            "uppfoljning/2026-T1.yaml:46:28: error: risks[1].probability: 5 is outside 1–4",
        ], d.renderedText())
        let unknown = try XCTUnwrap(d.first { $0.message == "unknown control K77; did you mean K7?" })
        XCTAssertTrue(unknown.hint.contains("K1, K2, K3"), unknown.hint)
        let wrongTertial = try XCTUnwrap(d.first { $0.field == "controls[1].occasion" })
        XCTAssertEqual(wrongTertial.hint, "report it in uppfoljning/2026-T2.yaml")
    }

    func testPeriodsAreTertialsOfThePlanYearOneFilePerTertial() throws {
        let (_, d) = try loadExample(with: [
            "2026-T1.yaml": "period: T1\n",
            "2026-T1-kopia.yaml": "period: 2026-T1\n",
            "2025-T3.yaml": "period: 2025-T3\n",
            "halvar.yaml": "period: H1\n",
            "2026-T2.yaml": "period: T2\nrisker: []\n",
            "tom.yaml": "",
        ])
        XCTAssertEqual(followUpDiagnostics(d), [
            "uppfoljning/2025-T3.yaml:1:9: error: period: the period 2025-T3 is not in the plan year 2026",
            "uppfoljning/2026-T1-kopia.yaml:1:9: warning: period: the file is named 2026-T1-kopia.yaml but follows up 2026-T1",
            "uppfoljning/2026-T1.yaml:1:9: error: period: T1 is already followed up in uppfoljning/2026-T1-kopia.yaml",
            "uppfoljning/2026-T2.yaml:2:1: error: risker: unknown key \"risker\"; did you mean \"risks\"?",
            "uppfoljning/halvar.yaml:1:9: error: period: \"H1\" is not a tertial",
            "uppfoljning/tom.yaml:1:1: error: uppfoljning/tom.yaml is empty",
        ], d.renderedText())
    }

    func testPeriodsParseAsTheChecklistSheetsNameThem() {
        XCTAssertEqual(Period(parsing: "T2", year: 2026), .tertial(2))
        XCTAssertEqual(Period(parsing: "2026-T3", year: 2026), .tertial(3))
        XCTAssertEqual(Period(parsing: "2026-03", year: 2026), .month(3))
        XCTAssertEqual(Period(parsing: "Mars", year: 2026), .month(3))
        XCTAssertEqual(Period(parsing: "okt", year: 2026), .month(10))
        XCTAssertEqual(Period(parsing: "Q1", year: 2026), .quarter(1))
        XCTAssertEqual(Period(parsing: "h2", year: 2026), .half(2))
        XCTAssertEqual(Period(parsing: "år", year: 2026), .year)
        XCTAssertEqual(Period(parsing: "utan datum", year: 2026), .undated)
        XCTAssertNil(Period(parsing: "T4", year: 2026))
        XCTAssertNil(Period(parsing: "2025-03", year: 2026))
        XCTAssertNil(Period(parsing: "13", year: 2026))
    }

    /// docs/plan-format.md's follow-up example (its ```yml block) is a valid T1 file for the example plan.
    func testTheFormatDocsFollowUpExampleIsValid() throws {
        let doc = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/plan-format.md"), encoding: .utf8)
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try XCTUnwrap(lines.firstIndex(of: "```yml"), "the follow-up example is missing")
        let end = try XCTUnwrap(lines[(start + 1)...].firstIndex(of: "```"))
        let yaml = lines[(start + 1)..<end].joined(separator: "\n") + "\n"
        let (plan, d) = try loadExample(with: ["2026-T1.yaml": yaml])
        XCTAssertEqual(followUpDiagnostics(d), [], d.renderedText())
        let t1 = try XCTUnwrap(plan?.followUps.first)
        XCTAssertEqual(t1.controls.first?.correctiveActions.first?.status, .ongoing)
        XCTAssertEqual(t1.controls.first?.samples.first?.result, .deviation)
        XCTAssertNotNil(t1.controllersComment)
        XCTAssertEqual(t1.decision, "Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2026, tertial 1, och lägger den till handlingarna.")
    }
}
