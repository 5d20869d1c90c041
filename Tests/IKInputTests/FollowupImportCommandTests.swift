import Foundation
import IKTestSupport
import XCTest

/// `checklists --fillable` and `followup import` run as a user would: sheets printed with fields, filled by
/// real tools (pikepdf/qpdf saving whole, pyHanko appending an incremental update), imported back into the
/// example's uppfoljning/2026-T1.yaml, and the follow-up printed from the result.
final class FollowupImportCommandTests: XCTestCase {
    typealias Run = CLI.Run

    /// The built binary, in English whatever the machine's locale (the assertions are English).
    func run(_ arguments: [String]) throws -> Run { try CLI.run(arguments, environment: ["LC_ALL": "C.UTF-8"]) }

    var example: URL { Fixtures.packageRoot.appendingPathComponent("examples/ange-2026") }

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// A copy of the example, and its fillable sheets of K8 (monthly) and K4 (undated).
    func setUpSheets() throws -> (plan: URL, sheets: URL, work: URL) {
        let work = try temporaryFolder()
        let plan = work.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: example, to: plan)
        let r = try run(["checklists", plan.path, "--fillable", "--control", "K8", "--control", "K4", "-o", work.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        return (plan, work.appendingPathComponent("checklists.pdf"), work)
    }

    /// What a.pdf holds: February new, April gaining a row, K4's first row as the file has it, and a
    /// September field that belongs to T3.
    let filledA: [String: Any] = [
        "K8/2026-02/datum": "2026-03-05", "K8/2026-02/kontrollant": "HR-avdelningen",
        "K8/2026-02/1/stickprov": "Heroma, februari", "K8/2026-02/1/avvikelse": true,
        "K8/2026-02/1/kommentar": "Tre av åtta förväntade planer saknades.", "K8/2026-02/bedomning": "Rutinen följs inte fullt ut.",
        "K8/2026-04/datum": "2026-05-07", "K8/2026-04/1/stickprov": "Heroma, april", "K8/2026-04/1/utan-anmarkning": true,
        "K4/undated/datum": "2026-03-26", "K4/undated/1/stickprov": "Kostenheten, Centralköket", "K4/undated/1/utan-anmarkning": true,
        "K8/2026-09/datum": "2026-09-30",
    ]
    let filledB: [String: Any] = [
        "K8/2026-01/datum": "2026-02-04", "K8/2026-01/kontrollant": "Åsa Öberg, HR",
        "K8/2026-01/1/stickprov": "Heroma, januari", "K8/2026-01/1/utan-anmarkning": true,
    ]

    func testFillableSheetsHoldNamedFieldsWithAppearancesAndStayPDFA() throws {
        let (_, sheets, work) = try setUpSheets()
        let json = try PDFTool.execute("qpdf", ["--json=2", "--json-key=acroform", sheets.path])
        let form = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
        let acroform = try XCTUnwrap(form["acroform"] as? [String: Any])
        let fields = try XCTUnwrap(acroform["fields"] as? [[String: Any]])
        let byName = Dictionary(fields.compactMap { f in (f["fullname"] as? String).map { ($0, f) } }, uniquingKeysWith: { a, _ in a })
        // 12 K8 sheets + 1 K4 sheet, each 5 rows × 4 fields + date, controller, conclusion.
        XCTAssertEqual(fields.count, 13 * (5 * 4 + 3))
        XCTAssertEqual(byName["K8/2026-02/1/avvikelse"]?["fieldtype"] as? String, "/Btn")
        XCTAssertEqual(byName["K8/2026-02/1/kommentar"]?["fieldtype"] as? String, "/Tx")
        XCTAssertEqual(byName["K4/undated/datum"]?["fieldtype"] as? String, "/Tx")
        XCTAssertEqual(byName["K4/undated/bedomning"]?["alternativename"] as? String, "Sammanfattande bedömning, K4 Enligt årshjul")
        let raw = try PDFTool.execute("qpdf", ["--qdf", "--object-streams=disable", sheets.path, "-"]).text
        XCTAssertFalse(raw.contains("/NeedAppearances"), "PDF/A-2 forbids it")
        XCTAssertFalse(raw.contains("/JavaScript") || raw.contains("/JS "))
        XCTAssertTrue(raw.contains("/DA (/IKSans 9 Tf 0 g)"), "text fields type in the embedded form font")
        XCTAssertTrue(raw.contains("/BaseFont /LiberationSans"), "the form font is the bundled Liberation Sans")
        XCTAssertTrue(raw.contains("/Yes ") && raw.contains("/Off "), "a check box has an on and an off appearance")

        let a = work.appendingPathComponent("a.pdf"), b = work.appendingPathComponent("b.pdf")
        try FormFiller.fill(sheets, to: a, values: filledA, mode: .pikepdf)
        try FormFiller.fill(sheets, to: b, values: filledB, mode: .incremental)
        // The incremental update keeps the original bytes as they were.
        let original = try Data(contentsOf: sheets), appended = try Data(contentsOf: b)
        XCTAssertEqual(appended.prefix(original.count), original)
        XCTAssertGreaterThan(appended.count, original.count)
        let verdicts: [VeraPDFVerdict]
        do { verdicts = try VeraPDF.validate([sheets, a, b], flavours: ["ua1", "2a"]) } catch let e as VeraPDFUnavailable {
            throw missingPrerequisite(e.description)
        }
        XCTAssertEqual(verdicts.count, 6)
        for v in verdicts { XCTAssertTrue(v.isCompliant, v.description) }
    }

    func testFilledSheetsImportIntoTheFollowUpAndItsReportPrints() throws {
        let (plan, sheets, work) = try setUpSheets()
        let a = work.appendingPathComponent("a.pdf"), b = work.appendingPathComponent("b.pdf")
        try FormFiller.fill(sheets, to: a, values: filledA, mode: .pikepdf)
        try FormFiller.fill(sheets, to: b, values: filledB, mode: .incremental)
        let yaml = plan.appendingPathComponent("uppfoljning/2026-T1.yaml")
        let before = try String(contentsOf: yaml, encoding: .utf8)

        var r = try run(["followup", "import", plan.path, a.path, b.path, "--period", "T1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("took K8 Februari 2026: date, 1 row, controller, conclusion from a.pdf"), r.stderr)
        XCTAssertTrue(r.stderr.contains("took K8 Januari 2026: date, 1 row, controller from b.pdf"), r.stderr)
        XCTAssertTrue(r.stderr.contains("uppfoljning/2026-T1.yaml:55 (K4 Enligt årshjul): already there with the same values"), r.stderr)
        XCTAssertTrue(r.stderr.contains("(K8 April 2026): values added to the entry"), r.stderr)
        XCTAssertTrue(r.stderr.contains("not taken: a.pdf p. 11 field K8/2026-09/datum (\"2026-09-30\"): K8 September 2026 is due in T3, not T1"), r.stderr)
        let after = try String(contentsOf: yaml, encoding: .utf8)
        // The file's own lines are kept, comments too; the new occasions come after its last entry.
        let kept = before.split(separator: "\n", omittingEmptySubsequences: true).filter { !after.contains($0) }
        XCTAssertEqual(kept, [], "lines of the old file lost")
        XCTAssertTrue(after.contains("""
              - control: K8
                occasion: februari
                date: 2026-03-05
                controller: HR-avdelningen
                samples:
                  - number: 1
                    unit: Heroma, februari
                    result: avvikelse
                    comment: Tre av åtta förväntade planer saknades.
                deviations:
                  - "Heroma, februari: Tre av åtta förväntade planer saknades."
                conclusion: Rutinen följs inte fullt ut.
            """), after)
        XCTAssertTrue(after.contains("    occasion: januari\n    date: 2026-02-04\n    controller: Åsa Öberg, HR\n"), after)
        XCTAssertTrue(after.contains("    occasion: april\n    date: 2026-05-07\n    controller: HR-avdelningen\n    samples:\n      - number: 1\n        unit: Heroma, april\n"), after)

        // The written file is a valid follow-up of the plan, and the report prints it.
        r = try run(["validate", plan.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = work.appendingPathComponent("out")
        r = try run(["followup", plan.path, "--period", "T1", "-o", out.path, "--layout", "followup-grayscale"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try PDFTool.execute("pdftotext", [out.appendingPathComponent("uppfoljning-2026-T1.pdf").path, "-"]).text
        XCTAssertTrue(text.contains("Avvikelse: Heroma, februari: Tre av åtta förväntade"), text)
        XCTAssertTrue(text.contains("Stickprov 1 (Heroma, februari): Tre av åtta"), text)

        // Importing the same files again finds nothing new and leaves the file as it is.
        r = try run(["followup", "import", plan.path, a.path, b.path, "--period", "T1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("nothing new"), r.stderr)
        XCTAssertEqual(try String(contentsOf: yaml, encoding: .utf8), after)
    }

    func testConflictsAndHalfFilledRowsWriteNothing() throws {
        let (plan, sheets, work) = try setUpSheets()
        let a = work.appendingPathComponent("a.pdf"), c = work.appendingPathComponent("c.pdf"), d = work.appendingPathComponent("d.pdf")
        try FormFiller.fill(sheets, to: a, values: filledA, mode: .pikepdf)
        try FormFiller.fill(sheets, to: c, values: [
            "K8/2026-02/datum": "2026-03-06", "K8/2026-02/1/utan-anmarkning": true,
            "K8/2026-03/datum": "2026-04-09", "K8/2026-03/1/avvikelse": true, "K8/2026-03/1/utan-anmarkning": true,
            "K8/2026-03/2/kommentar": "Ingen ruta ikryssad",
        ], mode: .incremental)
        try FormFiller.fill(sheets, to: d, values: ["K4/undated/datum": "26 mars", "K8/2026-03/datum": "2026-04-10",
                                                    "K8/2026-03/kontrollant": "Någon annan"], mode: .pikepdf)
        let yaml = plan.appendingPathComponent("uppfoljning/2026-T1.yaml")
        let before = try Data(contentsOf: yaml)
        var r = try run(["followup", "import", plan.path, a.path, c.path, "--period", "T1"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("K8 Februari 2026 date: a.pdf p. 4 field K8/2026-02/datum says \"2026-03-05\", but c.pdf p. 4 field K8/2026-02/datum says \"2026-03-06\""), r.stderr)
        XCTAssertTrue(r.stderr.contains("K8 Februari 2026 row 1 result: a.pdf p. 4 field K8/2026-02/1/avvikelse says \"avvikelse\", but c.pdf p. 4 field K8/2026-02/1/utan-anmarkning says \"utan anmärkning\""), r.stderr)
        XCTAssertTrue(r.stderr.contains("c.pdf: K8 Mars 2026 row 1 has both \"Utan anmärkning\" and \"Avvikelse\" ticked"), r.stderr)
        XCTAssertTrue(r.stderr.contains("c.pdf: K8 Mars 2026 row 2 has text but neither box ticked"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("ikplan: nothing written\n"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: yaml), before)

        // Against the file: K8 March is there with another date and controller.
        r = try run(["followup", "import", plan.path, d.path, "--period", "T1"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("d.pdf p. 2 field K4/undated/datum: \"26 mars\" is not a date in 2026; write it YYYY-MM-DD"), r.stderr)
        try FormFiller.fill(sheets, to: d, values: ["K8/2026-03/datum": "2026-04-10", "K8/2026-03/kontrollant": "Någon annan"], mode: .pikepdf)
        r = try run(["followup", "import", plan.path, d.path, "--period", "T1"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("uppfoljning/2026-T1.yaml:158 (K8 Mars 2026) gives date \"2026-04-09\", but d.pdf p. 5 field K8/2026-03/datum says \"2026-04-10\""), r.stderr)
        XCTAssertTrue(r.stderr.contains("gives controller \"HR-avdelningen\", but d.pdf p. 5 field K8/2026-03/kontrollant says \"Någon annan\""), r.stderr)
        XCTAssertEqual(try Data(contentsOf: yaml), before)

        // Not a PDF, or a PDF without fields: refused, nothing written.
        let notPDF = work.appendingPathComponent("x.pdf")
        try Data("hello".utf8).write(to: notPDF)
        r = try run(["followup", "import", plan.path, notPDF.path, "--period", "T1"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("x.pdf: cannot be read as a PDF"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: yaml), before)
    }

    func testDrawnUnitsComeFromTheSheetAndAFieldAddedByAReaderIsReported() throws {
        let work = try temporaryFolder()
        let plan = work.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: example, to: plan)
        try FileManager.default.removeItem(at: plan.appendingPathComponent("uppfoljning"))
        let csv = work.appendingPathComponent("arbetsplatser.csv")
        try Data("Arbetsplats\nAlby förskola\nBergsgården\nBorgsjö skola\nFränsta skola\nKommunhuset\nLjungaverk skola\n".utf8).write(to: csv)
        var r = try run(["checklists", plan.path, "--fillable", "--control", "K4", "--population", csv.path, "-o", work.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let sheets = work.appendingPathComponent("checklists.pdf")
        // The drawn units are printed by read-only fields, so nobody types over them and the import reads them.
        let raw = try PDFTool.execute("qpdf", ["--qdf", "--object-streams=disable", sheets.path, "-"]).text
        XCTAssertTrue(raw.contains("/Ff 4097"), "a drawn unit's field is multiline and read-only")
        let filled = work.appendingPathComponent("filled.pdf")
        try FormFiller.fill(sheets, to: filled, values: [
            "K4/undated/datum": "2026-03-20", "K4/undated/1/utan-anmarkning": true,
            "K4/undated/2/avvikelse": true, "K4/undated/2/kommentar": "Ingen skyddsrond i år.",
            "+Anteckning": "Ring Kommunhuset igen",
        ], mode: .pikepdf)
        r = try run(["followup", "import", plan.path, filled.path, "--period", "T1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("not taken: filled.pdf p. 1 field Anteckning (\"Ring Kommunhuset igen\"): not a field of an ikplan checklist sheet"), r.stderr)
        let text = try String(contentsOf: plan.appendingPathComponent("uppfoljning/2026-T1.yaml"), encoding: .utf8)
        let units = text.split(separator: "\n").filter { $0.contains("unit:") }.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(units.count, 2, "only the two filled rows: \(text)")
        XCTAssertTrue(text.contains("deviations:\n      - \"\(units[1].dropFirst(6)): Ingen skyddsrond i år.\""), text)
    }

    func testAFolderWithoutAFollowUpGetsANewFile() throws {
        let (plan, sheets, work) = try setUpSheets()
        try FileManager.default.removeItem(at: plan.appendingPathComponent("uppfoljning"))
        let b = work.appendingPathComponent("b.pdf")
        try FormFiller.fill(sheets, to: b, values: filledB, mode: .incremental)
        var r = try run(["followup", "import", plan.path, b.path, "--period", "T1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("wrote \(plan.path)/uppfoljning/2026-T1.yaml"), r.stderr)
        let text = try String(contentsOf: plan.appendingPathComponent("uppfoljning/2026-T1.yaml"), encoding: .utf8)
        XCTAssertTrue(text.contains("period: T1\n\ncontrols:\n  - control: K8\n    occasion: januari\n    date: 2026-02-04\n"), text)
        r = try run(["followup", plan.path, "--period", "T1", "-o", work.appendingPathComponent("out").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        // A period that is no tertial is refused.
        r = try run(["followup", "import", plan.path, b.path, "--period", "Q1"])
        XCTAssertEqual(r.status, 64, r.stderr)
    }
}
