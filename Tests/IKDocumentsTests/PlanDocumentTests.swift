import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// The example plan as a PDF: running heads, every text of the plan, the contents, determinism.
final class PlanDocumentTests: XCTestCase {
    func testTheExampleComesToAboutTheOriginalsSixteenPages() throws {
        let pdf = PDFInspector(try PlanDocumentFixture.example.get())
        let n = try pdf.pageCount
        XCTAssertTrue((13...17).contains(n), "pages: \(n)")
        XCTAssertTrue(try pdf.qpdfCheck().ok)
        let info = try pdf.info
        XCTAssertEqual(info["Title"], "Internkontrollplan 2026")
        XCTAssertEqual(info["Author"], "Kommunstyrelsen, Ånge kommun")
        XCTAssertEqual(info["Creator"], IKPlanVersion.creator)
        XCTAssertEqual(info["Tagged"], "yes")
    }

    func testEveryPageButTheCoverCarriesItsHeaderAndFooter() throws {
        let pdf = PDFInspector(try PlanDocumentFixture.example.get())
        let pages = try pdf.pageTexts
        let n = try pdf.pageCount
        XCTAssertEqual(pages.count, n)
        XCTAssertFalse(pages[0].contains("Sida"), "the cover has no running head")
        XCTAssertTrue(pages[0].contains("Internkontrollplan 2026"))
        for (i, text) in pages.enumerated().dropFirst() {
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let first = lines.first, let last2 = lines.suffix(2).first else { XCTFail("page \(i + 1) is empty"); continue }
            XCTAssertTrue(first.hasPrefix("Ånge kommun") && first.hasSuffix("Sida \(i + 1) av \(n)"), "page \(i + 1) header: \(first)")
            XCTAssertEqual(last2, "Internkontrollplan 2026", "page \(i + 1) footer")
            XCTAssertEqual(lines.last, "Kommunstyrelsen", "page \(i + 1) footer")
        }
    }

    func testEveryRiskActionAndControlTextAppears() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let text = try PlanDocumentFixture.rawText(try PlanDocumentFixture.example.get())
        var expected: [String] = []
        for r in plan.risks { expected += [r.title, r.consequenceDescription] }
        for a in plan.actions { expected += [a.description, a.desiredEffect, a.endDate.description, a.status.label] }
        for c in plan.controls { expected += [c.activity, c.what, c.how, c.when] }
        for p in plan.processes where plan.risks.contains(where: { $0.process == p.code }) { expected.append("\(p.code) \(p.name)") }
        expected += ["Konsekvensbeskrivning", "Önskad effekt", "Vad kontrolleras?", "Hur sker kontrollen?", "När utförs kontrollen?",
                     "Vid pennan", "Eva Mörk Månsson (S)", "Ur propositionen 98/99:66 En stärkt kommunal revision"]
        var missing: [String] = []
        for e in expected where !text.contains(PDFInspector.normalized(e)) { missing.append(e) }
        XCTAssertEqual(missing, [], "texts missing from the PDF")
        XCTAssertGreaterThan(expected.count, 100)
    }

    func testTheContentsGiveThePageEachHeadingIsOn() throws {
        let pdf = PDFInspector(try PlanDocumentFixture.example.get())
        let pages = try pdf.pageTexts
        // "1  Inledning      3": number, title, page; the dotted leader is drawn, not text.
        let entry = try NSRegularExpression(pattern: #"^\s*(\d+(?:\.\d+)*)[\s\x{2002}]+(\S.*?)\s{2,}(\d+)\s*$"#)
        var checked = 0, chapters = 0
        for line in pages[1].split(separator: "\n").map(String.init) {
            let ns = line as NSString
            guard let m = entry.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
            let number = ns.substring(with: m.range(at: 1)), title = ns.substring(with: m.range(at: 2))
            guard let listed = Int(ns.substring(with: m.range(at: 3))) else { continue }
            // The page whose text has the heading at a line start (after the contents page).
            let actual = pages.indices.dropFirst(2).first { i in
                pages[i].split(separator: "\n").contains { l in
                    PDFInspector.normalized(String(l)).hasPrefix(PDFInspector.normalized("\(number) \(title)"))
                }
            }
            XCTAssertEqual(actual.map { $0 + 1 }, listed, "contents: \(number) \(title)")
            checked += 1
            if !number.contains(".") { chapters += 1 }
        }
        XCTAssertEqual(chapters, 4, "all four chapters are listed")
        XCTAssertGreaterThan(checked, 15)
        // Bookmarks match the headings, and the contents lines are links.
        let outline = try pdf.outline.map(\.title)
        for title in ["1 Inledning", "1.1 Internkontrollanterna har ordet", "2 Urval av riskinventering",
                      "3 Årets förebyggande åtgärder", "3.1 Personal", "4 Årets planerade kontrollmoment"] {
            XCTAssertTrue(outline.contains(title), "bookmark \(title) in \(outline)")
        }
        XCTAssertGreaterThanOrEqual(try pdf.links(page: 2).filter { $0.destination != nil }.count, checked)
    }

    func testTwoRunsWriteTheSameBytes() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let (a, _) = try PlanDocumentFixture.render(plan, name: "same-a.pdf")
        let (b, _) = try PlanDocumentFixture.render(plan, name: "same-b.pdf")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }

    func testTheGrayscaleLayoutRestylesWithoutCode() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let (url, _) = try PlanDocumentFixture.render(plan, layout: "plan-grayscale", name: "gray.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let gray = PDFInspector(url), ange = PDFInspector(try PlanDocumentFixture.example.get())
        XCTAssertNotEqual(try Data(contentsOf: url), try Data(contentsOf: ange.url))
        let families = Set(try gray.fonts.map(\.baseName))
        XCTAssertTrue(families.contains { $0.hasPrefix("LiberationSerif") }, "\(families)")
        XCTAssertFalse(families.contains { $0.hasPrefix("Carlito") }, "\(families)")
        let pages = try gray.pageTexts
        let n = try gray.pageCount
        XCTAssertTrue(pages[2].contains("3 (\(n))"), "the footer centres \"page (pages)\"")
        XCTAssertTrue(try gray.plainText.contains("Medarbetare slutar"))
    }
}
