import Foundation
import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// Issue 16, "nothing lost without a word": the fields the plan accepts print somewhere. Controls print their
/// samples and schedule; the risk table prints last year's value and the trend when the layout asks; the risk
/// cells of chapters 3 and 4 name each risk with its number; an entry naming several risks stands once.
extension PlanNothingLostTests {
    /// The bundled Ånge layout with `risk_table.previous: true` and six column widths.
    static func previousLayout() throws -> URL {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        let from = "    columns: [29, 46, 13, 12]      # relative widths: Process/Rutin, Identifierad risk, Riskvärde, Hanteras\n    previous: false"
        guard bundled.contains(from) else { throw PDFInspectorError("the bundled layout's risk_table changed") }
        let url = PlanDocumentFixture.tempURL("previous.yaml")
        try bundled.replacingOccurrences(of: from, with: "    columns: [21, 33, 11, 8, 16, 11]\n    previous: true")
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func render(_ plan: Plan, layoutURL: URL, name: String) throws -> URL {
        let layout = try PlanDocumentFixture.context.layoutFile(layoutURL)
        let document = try PlanDocument(plan: plan, layout: layout, context: PlanDocumentFixture.context,
                                        folder: PlanDocumentFixture.exampleFolder).render()
        let url = PlanDocumentFixture.tempURL(name)
        try document.write(to: url)
        return url
    }

    /// The words on the line of `word` (its first occurrence on `page`, or its last), left to right.
    func line(of word: String, page: Int, in pdf: PDFInspector, last: Bool = false) throws -> [String] {
        let words = try pdf.words(page: page)
        let w = try XCTUnwrap(last ? words.last { $0.text == word } : words.first { $0.text == word }, "\(word) on page \(page)")
        return words.filter { abs($0.box.minY - w.box.minY) < 2 }.sorted { $0.box.minX < $1.box.minX }.map(\.text)
    }

    func testControlsPrintTheirSamplesAndScheduleInWords() throws {
        let text = try PlanDocumentFixture.rawText(try PlanDocumentFixture.example.get())
        let expected = [
            // K1 (per tertial, 1 sample), K2 (quarterly, none), K4 (event-driven, 5), K6 (tertial 2, none),
            // K7 (monthly, 3–5), K10 (yearly, 3), K12 (half-yearly), K13 (tertials 1 and 2).
            "Granskning om leverans motsvarar beställning", "Stickprov och tillfällen 1 stickprov per tillfälle, 3 tillfällen, senast i april, augusti och december",
            "Varje kvartal", "Tillfällen 4 tillfällen, senast i mars, juni, september och december",
            "Stickprov och tillfällen 5 stickprov per tillfälle, utan fast datum (efter händelse)",
            "Tertial 2", "Tillfällen 1 tillfälle, senast i augusti",
            "Stickprov och tillfällen 3–5 stickprov per tillfälle, 12 tillfällen, ett i varje månad",
            "Stickprov och tillfällen 3 stickprov per tillfälle, 1 tillfälle, senast i december",
            "Tillfällen 2 tillfällen, senast i juni och december",
            "Tillfällen 2 tillfällen, senast i april och augusti",
        ]
        // In this order, each beneath its control's "När utförs kontrollen?".
        var rest = Substring(text)
        for e in expected {
            let hit = try XCTUnwrap(rest.range(of: PDFInspector.normalized(e)), "\"\(e)\" after the previous one:\n\(rest.prefix(400))")
            rest = rest[hit.upperBound...]
        }
        XCTAssertEqual(text.components(separatedBy: "stickprov per tillfälle").count - 1,
                       try PlanDocumentFixture.examplePlan().controls.filter { $0.samples != nil }.count)
    }

    func testGivenMonthsPrintAsMonths() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        plan.controls[0].schedule = .months([3, 9])
        plan.controls[0].samples = SampleCount(min: 2, max: 4)
        let url = try render(plan, layoutURL: LayoutFile.bundled("plan-ange"), name: "months.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertTrue(try PlanDocumentFixture.rawText(url).contains("2–4 stickprov per tillfälle, 2 tillfällen, senast i mars och september"))
    }

    func testChaptersThreeAndFourNumberEachRiskAsInTheRiskTable() throws {
        let url = try PlanDocumentFixture.example.get()
        let text = try PlanDocumentFixture.rawText(url)
        // Risk 9 has an action (3.1.3) and two controls sharing one cell (4.2.4).
        let entry = PDFInspector.normalized("Risk 9: Plan för återgång för arbete blir inte gjord inom 30 dagar från första sjukdag.")
        XCTAssertEqual(text.components(separatedBy: entry).count - 1, 2, "once in chapter 3, once in chapter 4")
        // The risk table prints the same number before the same title.
        XCTAssertTrue(text.contains(PDFInspector.normalized("9 Plan för återgång för arbete")), "the risk table's number")
        let plan = try PlanDocumentFixture.examplePlan()
        for action in plan.actions {
            for n in action.risks {
                let title = try XCTUnwrap(plan.risk(n)?.title)
                XCTAssertTrue(text.contains(PDFInspector.normalized("Risk \(n): \(title)")), "risk \(n) in chapter 3")
            }
        }
    }

    /// An action naming risks 4 (2.3.2.2), 7 (2.3.4.4) and 13 (2.5.1.3), and a control naming 13 and 2: each
    /// stands once, under its first risk's process, with every risk as its own paragraph.
    func testAnEntryNamingSeveralRisksStandsOnceUnderItsFirstRisksProcess() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        plan.actions[0].risks = [4, 7, 13]
        let control = try XCTUnwrap(plan.controls.firstIndex { $0.risks == [13] })
        plan.controls[control].risks = [13, 2]
        let url = try render(plan, layoutURL: LayoutFile.bundled("plan-ange"), name: "several.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PlanDocumentFixture.rawText(url)
        let action = PDFInspector.normalized(plan.actions[0].description)
        XCTAssertEqual(text.components(separatedBy: action).count - 1, 1, "printed once")
        // Between 3.1.1 (Hantera kompetensförsörjning, risk 4's process) and the next section.
        let section = try XCTUnwrap(text.range(of: "3.1.1 Hantera kompetensförsörjning Risk"))
        let next = try XCTUnwrap(text.range(of: "3.1.2 ", range: section.upperBound..<text.endIndex))
        let inside = text[section.lowerBound..<next.lowerBound]
        XCTAssertTrue(inside.contains(action))
        for n in [4, 7, 13] {
            XCTAssertTrue(inside.contains(PDFInspector.normalized("Risk \(n): \(try XCTUnwrap(plan.risk(n)?.title))")), "risk \(n) listed")
        }
        // The other processes' sections do not repeat it.
        XCTAssertFalse(text.contains("3.1.2 Hantera krisstöd"), "risk 7's process has no action of its own")
        // Each risk is its own paragraph: "Risk" starts a line at the cell's left edge, one entry below the other.
        let pdf = PDFInspector(url)
        let page = try XCTUnwrap(try pdf.pageTexts.firstIndex { $0.contains("Se över kommunens") }) + 1
        let words = try pdf.words(page: page)
        var starts: [PDFRect] = []
        for (i, w) in words.enumerated() where w.text == "Risk" && i + 1 < words.count && ["4:", "7:", "13:"].contains(words[i + 1].text) {
            starts.append(w.box)
        }
        XCTAssertEqual(starts.count, 3, "three entries")
        guard starts.count == 3 else { return }
        XCTAssertEqual(Set(starts.map { ($0.minX * 2).rounded() }).count, 1, "each entry begins at the cell's left edge: \(starts)")
        // The lines of the cell, by where they start: a new entry lies further below the line above it than
        // a title's next line does (the space between entries).
        let left = starts[0].minX
        let tops = Set(words.filter { abs($0.box.minX - left) < 1.5 && $0.box.minY >= starts[0].minY - 0.5 && $0.box.minY <= starts[2].minY + 0.5 }
                            .map { ($0.box.minY * 10).rounded() / 10 }).sorted()
        let pitches = zip(tops.dropFirst(), tops).map { $0 - $1 }
        let within = try XCTUnwrap(pitches.min(), "\(tops)")
        for k in 1..<3 {
            let i = try XCTUnwrap(tops.firstIndex { abs($0 - starts[k].minY) < 0.2 }, "\(tops)")
            XCTAssertGreaterThan(tops[i] - tops[i - 1], within + 3, "entry \(k + 1) spaced from the one above: \(tops)")
        }
        // The control stands once, under 13's process (4.1.1 Upphandling), listing risk 2 too.
        let activity = PDFInspector.normalized(plan.controls[control].activity)
        XCTAssertEqual(text.components(separatedBy: activity).count - 1, 1)
        let upphandling = try XCTUnwrap(text.range(of: "4.1.1 Upphandling, Hantera avtal och ramavtal Risk Kontrollaktiviteter"))
        let after = text[upphandling.upperBound...].prefix(400)
        XCTAssertTrue(after.contains(PDFInspector.normalized("Risk 13: Bristande utvärdering av leverantörer Risk 2: Medarbetare slutar")), String(after))
    }

    func testTheRiskTableShowsLastYearAndTheTrendWhenTheLayoutAsks() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        // Risk 4's title is the page's last "Svårt" (risk 2's consequence begins with one too).
        // Made up for the test: risk 2 was 12 last year (now 9, lower), risk 4 was 6 (now 9, higher); risk 9 stays 9.
        let two = try XCTUnwrap(plan.risks.firstIndex { $0.number == 2 })
        let four = try XCTUnwrap(plan.risks.firstIndex { $0.number == 4 })
        plan.risks[two].previous = Assessment(probability: 4, consequence: 3)
        plan.risks[four].previous = Assessment(probability: 2, consequence: 3)
        let layout = try Self.previousLayout()
        defer { try? FileManager.default.removeItem(at: layout) }
        let url = try render(plan, layoutURL: layout, name: "previous.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = PDFInspector(url)
        let text = try PlanDocumentFixture.rawText(url)
        XCTAssertTrue(text.contains("Process/Rutin Identifierad risk Riskvärde 2025 Trend Hanteras"), "the header")
        XCTAssertTrue(text.contains("Kolumnen 2025 visar riskvärdet vid förra årets riskinventering och Trend hur värdet har ändrats sedan dess: ↑ högre, ↓ lägre, → oförändrat."))
        let page = try XCTUnwrap(try pdf.pageTexts.firstIndex { $0.contains("Medarbetare slutar") && $0.contains("Trend") }) + 1
        XCTAssertEqual(Array(try line(of: "Medarbetare", page: page, in: pdf).suffix(5)), ["9", "12", "↓", "lägre", "Ja"])
        XCTAssertEqual(Array(try line(of: "Svårt", page: page, in: pdf, last: true).suffix(5)), ["9", "6", "↑", "högre", "Ja"])
        // A risk with no previous prints the unknown text in both columns; risk 9 kept the example's 3 × 3.
        XCTAssertEqual(Array(try line(of: "Nepotism", page: page, in: pdf).suffix(4)), ["6", "–", "–", "Nej"])
        let nine = try XCTUnwrap(try pdf.pageTexts.firstIndex { $0.contains("Plan för återgång") && $0.contains("Trend") }) + 1
        XCTAssertEqual(Array(try line(of: "återgång", page: nine, in: pdf).suffix(5)), ["9", "9", "→", "oförändrat", "Ja"])
        // The arrows are drawn (from the bundled symbol font), not hex boxes.
        XCTAssertFalse(PlanDocumentFixture.context.layout.shaper.missingGlyphs.contains { $0.contains("↑") || $0.contains("→") || $0.contains("↓") },
                       "\(PlanDocumentFixture.context.layout.shaper.missingGlyphs)")
        // The bundled layout keeps the adopted plan's four columns.
        let plain = try PlanDocumentFixture.rawText(try PlanDocumentFixture.example.get())
        XCTAssertTrue(plain.contains("Process/Rutin Identifierad risk Riskvärde Hanteras"))
        XCTAssertFalse(plain.contains("Trend"))
    }

    func testPreviousWithFourColumnsIsAnError() throws {
        let bundled = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        let url = PlanDocumentFixture.tempURL("previous-4.yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try bundled.replacingOccurrences(of: "    previous: false", with: "    previous: true").write(to: url, atomically: true, encoding: .utf8)
        let line = try XCTUnwrap(bundled.components(separatedBy: "\n").firstIndex { $0.contains("columns: [29, 46, 13, 12]") }) + 1
        XCTAssertThrowsError(try PlanDocumentFixture.context.layoutFile(url)) { error in
            XCTAssertTrue("\(error)".contains("previous-4.yaml:\(line): error: plan.risk_table.columns: 4 widths given, the table has 6 columns (with previous: true"), "\(error)")
            XCTAssertTrue("\(error)".contains("give 6 relative widths"), "\(error)")
        }
        // A `previous` that is not true or false is one error, not a second one about the widths.
        let layout = try Self.previousLayout()
        defer { try? FileManager.default.removeItem(at: layout) }
        try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "    previous: true", with: "    previous: ja")
            .write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PlanDocumentFixture.context.layoutFile(url)) { error in
            XCTAssertTrue("\(error)".contains("plan.risk_table.previous: expected true or false"), "\(error)")
            XCTAssertFalse("\(error)".contains("widths given"), "\(error)")
        }
    }

    /// The risk table with last year's columns passes veraPDF (PDF/UA-1, PDF/A-2a) through the real CLI.
    func testTheRiskTableWithLastYearIsPDFUA() throws {
        let root = PlanDocumentFixture.exampleFolder.deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build/debug/ikplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no built ikplan at \(binary.path)") }
        let layout = try Self.previousLayout()
        let out = PlanDocumentFixture.tempURL("previous-out")
        defer { try? FileManager.default.removeItem(at: layout); try? FileManager.default.removeItem(at: out) }
        let r = try PDFTool.execute(binary.path, ["render", PlanDocumentFixture.exampleFolder.path, "-o", out.path, "--layout", layout.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let plan = out.appendingPathComponent("plan.pdf")
        XCTAssertTrue(try PlanDocumentFixture.rawText(plan).contains("→ oförändrat"), "the example's previous values print")
        for v in try VeraPDF.validateOrSkip([plan], flavours: ["ua1", "2a"]) {
            XCTAssertTrue(v.isCompliant, "veraPDF \(v.flavour): \(v)")
        }
    }
}
