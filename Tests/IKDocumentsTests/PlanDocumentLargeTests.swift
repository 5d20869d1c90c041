import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// A plan far larger than any real one: the risk table runs over many pages, repeats its header on each,
/// and nothing is drawn outside the text area.
final class PlanDocumentLargeTests: XCTestCase {
    /// 200 risks over 20 processes in three areas, titles and consequences of varied length.
    static func largePlan() -> Plan {
        let words = ["kompetensförsörjning", "arbetsmiljö", "brandskydd", "leverantörsfakturor", "upphandling",
                     "dokumentation", "uppföljning", "rutiner", "verksamhetssystem", "informationssäkerhet"]
        let areas = [ControlArea(id: "ekonomi", name: "Ekonomi"), ControlArea(id: "personal", name: "Personal"),
                     ControlArea(id: "verksamhet", name: "Verksamhet")]
        let processes = (0..<20).compactMap { i -> IKModel.Process? in
            guard let code = KlassaCode("\(i % 3 + 1).\(i / 3 + 1).\(i % 4 + 1)") else { return nil }
            return IKModel.Process(code: code, name: "Process \(i + 1), hantera \(words[i % words.count])", area: areas[i % 3].id)
        }
        let risks = (1...200).map { n in
            let title = (0..<(n % 4 + 2)).map { words[(n + $0) % words.count] }.joined(separator: " och ")
            let consequence = (0..<(n % 7 + 3)).map { "Brister i \(words[(n * 3 + $0) % words.count])" }.joined(separator: ", ") + "."
            return Risk(number: n, process: processes[n % processes.count].code, title: "Risk \(n): \(title)",
                        consequenceDescription: consequence, probability: n % 4 + 1, consequence: (n / 4) % 4 + 1, handled: n % 3 != 0)
        }
        let actions = stride(from: 1, through: 200, by: 9).map { n in
            PreventiveAction(risks: [n], description: "Åtgärd för risk \(n): se över \(words[n % words.count])",
                             status: ActionStatus.allCases[n % ActionStatus.allCases.count],
                             endDate: CalendarDate(year: 2026, month: n % 12 + 1, day: 28), desiredEffect: "Att risk \(n) minskar.")
        }
        let controls = stride(from: 2, through: 200, by: 11).map { n in
            ControlActivity(risks: [n], activity: "Kontroll av risk \(n)", what: "Att \(words[n % words.count]) fungerar",
                            how: "Stickprov", when: "Tertialvis", schedule: .perTertial)
        }
        return Plan(info: PlanInfo(municipality: "Provkommun", board: "Kommunstyrelsen", year: 2026, title: "Internkontrollplan 2026",
                                   date: CalendarDate(year: 2025, month: 11, day: 26), version: "1.0"),
                    areas: areas, processes: processes, risks: risks, actions: actions, controls: controls)
    }

    func testTheRiskTableContinuesWithItsHeaderAndStaysInsideTheTextArea() throws {
        let (url, document) = try PlanDocumentFixture.render(Self.largePlan(), name: "large.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let pdf = PDFInspector(url)
        let layout = try PlanDocumentFixture.layout("plan-ange")
        let page = layout.page
        XCTAssertEqual(try pdf.pageCount, document.pages.count)
        XCTAssertTrue(try pdf.qpdfCheck().ok)

        // Pages of the risk table: those with consequence descriptions.
        let texts = try pdf.pageTexts
        let tablePages = texts.indices.filter { texts[$0].contains("Konsekvensbeskrivning") }.map { $0 + 1 }
        XCTAssertGreaterThan(tablePages.count, 10, "200 risks fill many pages")
        XCTAssertEqual(tablePages, Array((tablePages.first ?? 0)...(tablePages.last ?? 0)), "the table runs on consecutive pages")
        for p in tablePages.dropFirst() {
            // The first words of the body (below the header zone) are the table's header row.
            let body = try pdf.words(page: p).filter { $0.box.minY >= page.margins.top - 1 && $0.box.maxY <= page.size.height - page.margins.bottom + 1 }
            let top = body.map(\.box.minY).min() ?? 0
            let firstLine = body.filter { abs($0.box.minY - top) < 2 }.sorted { $0.box.minX < $1.box.minX }.map(\.text)
            XCTAssertEqual(Array(firstLine.prefix(2)), ["Process/Rutin", "Identifierad"], "page \(p) begins with the header row")
        }
        // Every word inside the text column, between the header's and the footer's outer edges.
        let headerOffset = page.header?.offset ?? page.margins.top
        let footerOffset = page.footer?.offset ?? page.margins.bottom
        for p in 1...(try pdf.pageCount) {
            let area = PDFRect(x: page.margins.left, y: headerOffset, width: page.body.width,
                               height: page.size.height - headerOffset - footerOffset)
            let outside = try pdf.textOutsideArea(page: p, area: area, slack: 1)
            XCTAssertEqual(outside.map(\.text), [], "page \(p): words outside \(area)")
            // Body words never reach into the header or footer zone: only running heads live there.
            let intruders = try pdf.words(page: p).filter {
                $0.box.minY > page.margins.top - 2 && $0.box.minY < page.size.height - page.margins.bottom
                    && $0.box.maxY > page.size.height - page.margins.bottom + 1
            }
            XCTAssertEqual(intruders.map(\.text), [], "page \(p): body text below the text area")
        }
    }
}
