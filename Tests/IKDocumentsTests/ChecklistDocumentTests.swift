import Foundation
import IKDocuments
import IKEngine
import IKInput
import IKModel
import IKTestSupport
import XCTest

/// The stickprov checklists of the Ånge example, read back from the real PDF.
final class ChecklistDocumentTests: XCTestCase {
    static let populationCSV = "Arbetsplats;Förvaltning\nAlby förskola;Barn\nBergsgården;Omsorg\nBorgsjö skola;Barn\nFränsta skola;Barn\n"
        + "Kommunhuset;Kommunledning\nLjungaverk skola;Barn\nNyhemsgården;Omsorg\nTorpshammar skola;Barn\n"

    func population() throws -> Population {
        let dir = PlanDocumentFixture.tempURL("population")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("arbetsplatser.csv")
        try Data(Self.populationCSV.utf8).write(to: url)
        let (p, d) = PopulationReader.read(url, name: "arbetsplatser.csv")
        XCTAssertEqual(d, [])
        return try XCTUnwrap(p)
    }

    func document(_ options: ChecklistOptions = ChecklistOptions(), layout: String = ChecklistDocument.defaultLayout) throws -> ChecklistDocument {
        try ChecklistDocument(plan: try PlanDocumentFixture.examplePlan(), layout: try PlanDocumentFixture.layout(layout),
                              context: PlanDocumentFixture.context, options: options)
    }

    func write(_ document: ChecklistDocument, _ name: String) throws -> URL {
        let url = PlanDocumentFixture.tempURL(name)
        try document.render().write(to: url)
        return url
    }

    /// Page texts of the print, and for each sheet (in order) the index of the page it starts on.
    func sheetPages(_ pages: [String], _ occasions: [Occasion]) -> [Int] {
        occasions.compactMap { o in pages.firstIndex { $0.contains("\(o.controlID) · \(o.label)") && $0.contains("Kontrollmoment \(o.controlID)") } }
    }

    func testTheExampleGivesFiftySheetsEachWithItsRiskAndControlTexts() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let document = try document(ChecklistOptions(seed: 2026, population: try population()))
        XCTAssertEqual(document.occasions.count, 50)
        let url = try write(document, "checklists.pdf")
        let pdf = PDFInspector(url)
        let pages = try pdf.pageTexts.map(PDFInspector.normalized)
        let n = try pdf.pageCount
        XCTAssertGreaterThanOrEqual(n, 51)
        for (i, page) in pages.enumerated() { XCTAssertTrue(page.contains("Sida \(i + 1) av \(n)"), "page \(i + 1): \(page.prefix(200))") }
        XCTAssertTrue(pages[0].contains(PDFInspector.normalized("Kontrollplan 2026 – årshjul")), pages[0])
        let starts = sheetPages(pages, document.occasions)
        XCTAssertEqual(starts.count, 50)
        XCTAssertEqual(starts, starts.sorted())
        XCTAssertEqual(Set(starts).count, 50, "every sheet starts on a page of its own")
        for (o, start) in zip(document.occasions, starts) {
            let control = plan.controls[o.controlIndex]
            // A sheet may run onto the next page; its head is on its first.
            let sheet = pages[start]
            for t in [control.activity, control.what, control.how, control.when] + control.risks.compactMap({ plan.risk($0)?.title }) {
                XCTAssertTrue(sheet.contains(PDFInspector.normalized(t)), "\(o.controlID) \(o.key) lacks «\(t)»")
            }
            if o.due != nil { XCTAssertTrue(sheet.contains(o.words), "\(o.words)") }
            XCTAssertTrue(sheet.contains("Slumpfrö: 2026") && sheet.contains("Antal rader: 8") && sheet.contains("Population: arbetsplatser.csv"))
            XCTAssertTrue(sheet.contains("SHA-256: \(try population().sha256)"))
        }
        let all = pages.joined(separator: "\n")
        XCTAssertTrue(all.contains("T2 2026, senast 2026-08-31"))
        XCTAssertTrue(all.contains("Mars 2026, senast 2026-03-31"))
        XCTAssertTrue(all.contains("Datum enligt årshjul för SAM: ____"))
        for word in ["Sammanfattande bedömning", "Avvikelser rapporterade till", "Kontrollant (namn)", "Utan anmärkning", "Avvikelse", "Kommentar/åtgärd"] {
            XCTAssertEqual(all.components(separatedBy: word).count - 1 >= 50, true, word)
        }
    }

    /// The units drawn for the tertial control K5 (2 per tertial) and the SAM control K4 (5, undated),
    /// from the eight-unit population: with seed 2026, and another list with seed 11.
    func testAFixedSeedAndPopulationGiveTheAssertedUnits() throws {
        func units(seed: UInt64) throws -> [String] {
            let d = try document(ChecklistOptions(selection: ChecklistSelection(controls: ["K4", "K5"]), seed: seed, population: try population(), overview: false))
            let text = try PDFInspector(try write(d, "units-\(seed).pdf")).pageTexts.map(PDFInspector.normalized).joined(separator: "\n")
            let all = ChecklistDocumentTests.populationCSV.split(separator: "\n").dropFirst().map { String($0.split(separator: ";")[0]) }
            // Row n of each sheet: "n <unit>", in sheet order.
            var found: [String] = []
            var rest = Substring(text)
            while let r = rest.range(of: #"\b[1-5] (Alby förskola|Bergsgården|Borgsjö skola|Fränsta skola|Kommunhuset|Ljungaverk skola|Nyhemsgården|Torpshammar skola)"#, options: .regularExpression) {
                let hit = rest[r]
                found.append(String(hit.dropFirst(2)))
                rest = rest[r.upperBound...]
            }
            XCTAssertTrue(found.allSatisfy(all.contains))
            return found
        }
        XCTAssertEqual(try units(seed: 2026), ["Borgsjö skola", "Fränsta skola", "Nyhemsgården", "Alby förskola", "Bergsgården",
                                               "Borgsjö skola", "Bergsgården", "Nyhemsgården", "Ljungaverk skola", "Fränsta skola", "Torpshammar skola"])
        XCTAssertEqual(try units(seed: 11), ["Nyhemsgården", "Fränsta skola", "Ljungaverk skola", "Kommunhuset", "Torpshammar skola",
                                             "Bergsgården", "Nyhemsgården", "Torpshammar skola", "Fränsta skola", "Alby förskola", "Borgsjö skola"])
    }

    func testTheSameRunTwiceIsByteIdentical() throws {
        let options = ChecklistOptions(selection: ChecklistSelection(period: "T2"), seed: 5, population: try population())
        let a = try Data(contentsOf: try write(try document(options), "same-a.pdf"))
        let b = try Data(contentsOf: try write(try document(options), "same-b.pdf"))
        XCTAssertEqual(a, b)
    }

    func testFiltersSelectTheRightSheets() throws {
        func keys(_ s: ChecklistSelection) throws -> [String] { try document(ChecklistOptions(selection: s)).occasions.map { "\($0.controlID) \($0.key)" } }
        XCTAssertEqual(try keys(ChecklistSelection(period: "2026-05")), ["K7 2026-05", "K8 2026-05"])
        XCTAssertEqual(try keys(ChecklistSelection(period: "maj")), ["K7 2026-05", "K8 2026-05"])
        XCTAssertEqual(try keys(ChecklistSelection(controls: ["K7"], period: "T2")), ["K7 2026-05", "K7 2026-06", "K7 2026-07", "K7 2026-08"])
        XCTAssertEqual(try keys(ChecklistSelection(area: "Ekonomi")), ["K1 2026-T1", "K1 2026-T2", "K1 2026-T3"])
        XCTAssertEqual(try keys(ChecklistSelection(controls: ["K2", "K12"], period: "Q2")), ["K2 2026-Q2", "K12 2026-H1"])
        XCTAssertEqual(try keys(ChecklistSelection(controls: ["K4"])), ["K4 undated"])
        XCTAssertEqual(try keys(ChecklistSelection(controls: ["K4"], period: "T1")), [])
        XCTAssertEqual(try document().occasions.count, 50)
        let q3 = try keys(ChecklistSelection(period: "Q3"))
        XCTAssertEqual(q3.count, 14, "\(q3)")   // K7, K8 × Jul–Sep, K2 Q3, and the seven T2 sheets due 31 August
        func problem(_ s: ChecklistSelection) -> String {
            do { _ = try keys(s); return "" } catch { return "\(error)" }
        }
        XCTAssertTrue(problem(ChecklistSelection(controls: ["K99"])).hasPrefix("the plan has no control K99; did you mean K9?"))
        XCTAssertTrue(problem(ChecklistSelection(period: "T4")).hasPrefix("unknown period \"T4\"; did you mean T1?"))
        XCTAssertTrue(problem(ChecklistSelection(period: "2025-T2")).hasPrefix("the period 2025-T2 is not in the plan year 2026"))
        XCTAssertTrue(problem(ChecklistSelection(area: "Personl")).hasPrefix("the plan has no area \"Personl\"; did you mean \"Personal\"?"))
    }

    func testTheOverviewMarksEveryOccasionAndSaysTheWheelInWords() throws {
        let d = try document(ChecklistOptions(selection: ChecklistSelection(controls: ["K1"])))
        let url = try write(d, "overview.pdf")
        let raw = try PlanDocumentFixture.rawText(url)
        for line in ["April (T1): K1 (T1)", "Augusti (T2): K1 (T2)", "December (T3): K1 (T3)"] { XCTAssertTrue(raw.contains(line), line) }
        let full = try write(try document(), "overview-full.pdf")
        let text = try PlanDocumentFixture.rawText(full)
        XCTAssertTrue(text.contains("Januari (T1): K7, K8"), text.prefix(3000).description)
        XCTAssertTrue(text.contains("Utan datum: K4"))
        XCTAssertTrue(text.contains("Juni (T2): K2 (Q2), K7, K8, K12 (H1)"))
    }

    func testTheGrayscaleLookAndThePlanLayoutsPrintChecklistsToo() throws {
        for layout in ["checklist-grayscale", "plan-grayscale", "plan-ange"] {
            let d = try document(ChecklistOptions(selection: ChecklistSelection(controls: ["K5"])), layout: layout)
            let pdf = PDFInspector(try write(d, "look-\(layout).pdf"))
            XCTAssertGreaterThanOrEqual(try pdf.pageCount, 4, layout)
            XCTAssertTrue(try pdf.plainText.contains("Finns handlingsplan, inklusive aktuell riskanalys?"), layout)
        }
    }

    func testSplitNamesOneFilePerOccasion() throws {
        let d = try document(ChecklistOptions(selection: ChecklistSelection(controls: ["K6", "K13"]), overview: false))
        let files = try d.renderSplit()
        XCTAssertEqual(files.map(\.fileName), ["K6-2026-T2.pdf", "K13-2026-T1.pdf", "K13-2026-T2.pdf"])
        XCTAssertTrue(files.allSatisfy { !$0.document.pages.isEmpty })
    }
}

/// `checklists --fillable` and the layout's `fillable: true`: where the engine places the fields.
final class FillableChecklistTests: XCTestCase {
    func fields(_ options: ChecklistOptions, layout: LayoutFile? = nil) throws -> (ChecklistDocument, [PlacedFormField]) {
        let document = try ChecklistDocument(plan: try PlanDocumentFixture.examplePlan(),
                                             layout: try layout ?? PlanDocumentFixture.layout(ChecklistDocument.defaultLayout),
                                             context: PlanDocumentFixture.context, options: options)
        return (document, try document.render().pdf().formFields)
    }

    func testEverySheetGetsNamedFieldsInsideItsBoxes() throws {
        let selection = ChecklistSelection(controls: ["K4", "K1"])
        let (_, none) = try fields(ChecklistOptions(selection: selection))
        XCTAssertEqual(none.count, 0, "a printed sheet has no fields")
        let (document, placed) = try fields(ChecklistOptions(selection: selection, fillable: true))
        // K1: three tertials × (1 row × 4 + 3); K4: one undated sheet × (5 rows × 4 + 3).
        XCTAssertEqual(document.occasions.count, 4)
        XCTAssertEqual(placed.count, 3 * 7 + 23)
        let names = placed.map(\.field.name)
        XCTAssertEqual(Set(names).count, names.count, "names are unique in the file")
        for name in names { XCTAssertNotNil(ChecklistFieldName(parsing: name), name) }
        let byName = Dictionary(placed.map { ($0.field.name, $0) }, uniquingKeysWith: { a, _ in a })
        let ok = try XCTUnwrap(byName["K4/undated/3/utan-anmarkning"]), bad = try XCTUnwrap(byName["K4/undated/3/avvikelse"])
        XCTAssertEqual(ok.field.kind, .checkBox)
        XCTAssertEqual(ok.rect.width, 8, accuracy: 0.01, "the box the sheet draws (check_box: 8pt)")
        XCTAssertEqual(ok.rect.minX, bad.rect.minX, accuracy: 0.01, "the two boxes stand one above the other")
        XCTAssertGreaterThan(ok.rect.minY, bad.rect.maxY, "Utan anmärkning above Avvikelse")
        let unit = try XCTUnwrap(byName["K4/undated/3/stickprov"]), comment = try XCTUnwrap(byName["K4/undated/3/kommentar"])
        XCTAssertEqual(unit.field.kind, .text(multiline: true))
        XCTAssertLessThan(unit.rect.maxX, ok.rect.minX, "the unit column lies left of the result column")
        XCTAssertGreaterThan(comment.rect.minX, ok.rect.maxX)
        XCTAssertEqual(unit.rect.minY, comment.rect.minY, accuracy: 0.01, "one row's fields share its baseline")
        XCTAssertEqual(unit.field.tooltip, "Stickprov, K4 Enligt årshjul, rad 3")
        let date = try XCTUnwrap(byName["K4/undated/datum"]), name = try XCTUnwrap(byName["K4/undated/kontrollant"])
        XCTAssertEqual(date.field.kind, .text(multiline: false))
        XCTAssertEqual(date.rect.minY, name.rect.minY, accuracy: 0.01, "name and date sit on the same line")
        XCTAssertLessThan(name.rect.maxX, date.rect.minX)
        let conclusion = try XCTUnwrap(byName["K4/undated/bedomning"])
        XCTAssertGreaterThan(conclusion.rect.minY, name.rect.maxY, "the conclusion box lies above the name line")
        XCTAssertEqual(conclusion.rect.height, 3 * 20, accuracy: 0.01, "over the three ruled lines")
        XCTAssertEqual(Set(placed.filter { $0.field.name.hasPrefix("K4/") }.map(\.pageIndex)).count, 1, "K4's sheet is one page")
    }

    func testTheLayoutCanAskForFillableSheets() throws {
        let source = try String(contentsOf: LayoutFile.bundled(ChecklistDocument.defaultLayout), encoding: .utf8)
        let url = PlanDocumentFixture.tempURL("fillable-layout.yaml")
        try Data(source.replacingOccurrences(of: "checklists:\n", with: "checklists:\n  fillable: true\n").utf8).write(to: url)
        let layout = try PlanDocumentFixture.context.layoutFile(url)
        let (_, placed) = try fields(ChecklistOptions(selection: ChecklistSelection(controls: ["K1"])), layout: layout)
        XCTAssertEqual(placed.count, 3 * 7)
    }
}
