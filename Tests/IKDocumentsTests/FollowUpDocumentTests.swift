import Foundation
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport
import XCTest

/// The board's tertial follow-up, read back from the real PDF: what the summary counts, each occasion's result in
/// words, the corrective actions, the risks' movement, the decision; running heads on every page, continued tables
/// with their header; a T3 report with the tertials side by side; a tertial without a file refused.
final class FollowUpDocumentTests: XCTestCase {
    func render(_ plan: Plan, tertial: Int, layout: String = "followup-ange", name: String) throws -> (URL, RenderedDocument) {
        let document = try FollowUpDocument(plan: plan, layout: try PlanDocumentFixture.layout(layout), context: PlanDocumentFixture.context,
                                            tertial: tertial).render()
        let url = PlanDocumentFixture.tempURL(name)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try document.write(to: url)
        return (url, document)
    }

    func words(_ url: URL) throws -> String {
        PDFInspector.normalized(try PDFTool.run("pdftotext", ["-raw", url.path, "-"]))
    }

    func testTheExamplesT1ReportSaysWhatTheFileSays() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let (url, doc) = try render(plan, tertial: 1, name: "followup-t1.pdf")
        let pdf = PDFInspector(url)
        XCTAssertEqual(try pdf.pageCount, doc.pages.count)
        XCTAssertTrue((5...8).contains(doc.pages.count), "\(doc.pages.count) pages")
        let text = try words(url)
        for expected in ["Uppföljning av internkontrollplan 2026", "Tertial 1: januari–april 2026", "Rapportdatum 2026-05-13",
                         "13 av 16", "kontrolltillfällen utförda under T1", "13 av 16 utförda, 4 med avvikelse",
                         "5 vid antagandet", "1 efter T1",
                         "Vid antagandet 2025-11-26", "Efter tertial 1 2026", "3 × 3 = 9", "4 × 3 = 12", "↑ högre", "2 × 3 = 6", "↓ lägre",
                         "Jämfört med 2025: riskerna 2, 4, 13, 14, 15, 17 har samma riskvärde som 2025.",
                         "K7 Kontroll att plan finns", "Inte rapporterad.", "Ansvarig: HR-chefen, senast 2026-06-30",
                         "Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2026, tertial 1.",
                         "Internkontrollanternas kommentar", "Underskrift"] {
            XCTAssertTrue(text.contains(expected), "missing «\(expected)»")
        }
        // Every occasion due in T1 has a badge in words: 9 without remark, 4 with a deviation, 3 not done (the
        // overview is only in T2 and T3 reports).
        func count(_ s: String) -> Int { text.components(separatedBy: s).count - 1 }
        XCTAssertEqual(count("Korrigerande åtgärd "), 4, "one row per corrective action")
        XCTAssertGreaterThanOrEqual(count("Ej utförd"), 3 + 1, "K8 januari, februari and K11, and the legend")
        XCTAssertGreaterThanOrEqual(count("Avvikelse"), 4)
        // Running heads on every page; continued tables repeat their header.
        let pages = try pdf.pageTexts
        for (n, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Sida \(n + 1) av \(pages.count)"), "page \(n + 1) has no running head")
            XCTAssertTrue(page.contains("Uppföljning T1 2026 · Internkontrollplan 2026"), "page \(n + 1) has no footer")
            if page.contains("(forts.)") { XCTAssertTrue(page.contains("Tillfälle") || page.contains("Slutdatum"), "page \(n + 1): a continued table without its header") }
        }
    }

    func testAT3ReportPutsTheTertialsSideBySide() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        plan.followUps.append(FollowUp(tertial: 3, year: 2026, file: "uppfoljning/2026-T3.yaml", date: CalendarDate(year: 2027, month: 1, day: 20),
                                       controls: [ControlResult(controlID: "K10", period: .year, date: CalendarDate(year: 2026, month: 11, day: 3))],
                                       actions: [ActionUpdate(actionID: "A2", status: .done, date: CalendarDate(year: 2026, month: 10, day: 1))]))
        plan.followUps[plan.followUps.count - 1].risks = [RiskReassessment(number: 9, probability: 3, consequence: 3, comment: "Rutinen följs nu.")]
        let (url, _) = try render(plan, tertial: 3, name: "followup-t3.pdf")
        let text = try words(url)
        for expected in ["Tertial 3: september–december 2026", "Helår 2026", "Kontrollmoment T1 T2 T3", "K10 Externt utförd brandskyddskontroll",
                         "3 × 3 = 9 oförändrat T1: 4 × 3 = 12"] {
            XCTAssertTrue(text.contains(expected), "missing «\(expected)»")
        }
        // T2 has no file: its occasions are not done; the year counts T1's results and T3's one.
        XCTAssertTrue(text.contains("T2 0 av "), text)
        XCTAssertFalse(text.contains("A2 Utbildning i systematiskt arbete mot hot och våld 2025-04-30 passerat"), "A2 is done by T3")
    }

    func testATertialWithoutAFileIsRefusedWithWhatToWrite() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        XCTAssertThrowsError(try FollowUpDocument(plan: plan, layout: try PlanDocumentFixture.layout("followup-ange"),
                                                  context: PlanDocumentFixture.context, tertial: 2)) { error in
            XCTAssertEqual("\(error)", "the plan folder has no follow-up of T2: write uppfoljning/2026-T2.yaml; it has T1 (uppfoljning/2026-T1.yaml)")
        }
    }

    func testTheFollowUpSectionOfALayoutIsCheckedLikeEveryOther() throws {
        let url = PlanDocumentFixture.tempURL("followup-layout.yaml")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        var text = try String(contentsOf: LayoutFile.bundled("followup-ange"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  bar_height: 9pt", with: "  bar_hieght: 9pt")
        text = text.replacingOccurrences(of: "  control_columns: [16, 13, 17, 54]", with: "  control_columns: [16, 13, 17]")
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try PlanDocumentFixture.context.layoutFile(url)) { error in
            let messages = (error as? LayoutFileError)?.diagnostics.map(\.message) ?? []
            XCTAssertTrue(messages.contains("unknown key bar_hieght (did you mean bar_height?)"), "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("expected 4 positive widths") }, "\(messages)")
        }
    }
}
