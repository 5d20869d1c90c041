import XCTest
import IKEngine
import IKTestSupport

final class TableTests: XCTestCase {
    private func cell(_ text: String, bold: Bool = false) -> TableCell {
        TableCell([Paragraph([TextSpan(text)], style: EngineFixture.body.with { $0.bold = bold })])
    }

    private func table(rows: Int, text: (Int) -> String = { "Risk nummer \($0) med en titel som är lång nog att brytas över rader" }) -> Table {
        let header = TableRow([cell("Process", bold: true), cell("Identifierad risk", bold: true), cell("Riskvärde", bold: true)])
        let body = (1...rows).map { i in TableRow([cell("2.3.\(i) Process"), cell(text(i)), cell("\(i % 16 + 1)")]) }
        return Table(columns: [.relative(1), .relative(2), .fixed(60)], header: [header], rows: body)
    }

    func testHeaderRowRepeatsOnEveryPageTheTableContinuesOn() throws {
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context())
            .paginate([Paragraph("Inledande text.", style: EngineFixture.body), table(rows: 200)])
        XCTAssertGreaterThan(pages.count, 5)
        let url = try EngineFixture.write(pages, "table.pdf")
        defer { if ProcessInfo.processInfo.environment["IKPLAN_KEEP"] == nil { try? FileManager.default.removeItem(at: url) } }
        let texts = try PDFTool.run("pdftotext", ["-layout", url.path, "-"]).components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
        XCTAssertEqual(texts.count, pages.count)
        for (i, t) in texts.enumerated() {
            let body = t.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let firstBodyLine = body.first { !$0.hasPrefix("Ånge kommun") && !$0.hasPrefix("Inledande") } ?? ""
            XCTAssertTrue(firstBodyLine.hasPrefix("Process"), "page \(i + 1) starts with \(firstBodyLine)")
        }
        for i in [1, 57, 123, 200] { XCTAssertTrue(texts.joined().contains("Risk nummer \(i) med"), "row \(i) missing") }
    }

    func testACellLongerThanAPageSplitsAndLosesNothing() throws {
        let long = (1...400).map { "ord\($0)" }.joined(separator: " ")
        let t = table(rows: 3) { $0 == 2 ? long : "kort" }
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([t])
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let url = try EngineFixture.write(pages, "longcell.pdf")
        defer { if ProcessInfo.processInfo.environment["IKPLAN_KEEP"] == nil { try? FileManager.default.removeItem(at: url) } }
        let text = try PDFTool.run("pdftotext", [url.path, "-"])
        let words = Set(text.split(whereSeparator: { $0.isWhitespace }).map { String($0).replacingOccurrences(of: "\u{AD}", with: "") })
        for i in 1...400 { XCTAssertTrue(words.contains("ord\(i)"), "ord\(i) lost") }
    }
}
