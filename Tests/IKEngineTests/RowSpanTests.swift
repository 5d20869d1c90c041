import XCTest
import IKEngine
import IKTestSupport

/// Cells spanning rows: the rows stand together, the spanning cell never needs more room than they give,
/// and a span taller than a page falls back to an ordinary cell instead of clipping.
final class RowSpanTests: XCTestCase {
    private let style = EngineFixture.body

    private func table(spanText: String, pairs: Int) -> Table {
        var rows: [TableRow] = []
        for i in 1...pairs {
            rows.append(TableRow([TableCell([Paragraph(i == 1 ? spanText : "P\(i)", style: style)], rowSpan: 2),
                                  TableCell([Paragraph("Riskrad\(i)", style: style)])], keepWithNext: true, ruleBelow: false))
            rows.append(TableRow([TableCell([Paragraph("Konsekvensrad\(i)", style: style)])]))
        }
        return Table(columns: [.relative(1), .relative(2)], header: [TableRow([TableCell([Paragraph("Process", style: style)]),
                                                                            TableCell([Paragraph("Risk", style: style)])])], rows: rows)
    }

    private func words(_ pages: [LaidOutPage], _ name: String) throws -> [[PDFWord]] {
        let url = try EngineFixture.write(pages, name)
        defer { try? FileManager.default.removeItem(at: url) }
        let inspector = PDFInspector(url)
        return try (1...pages.count).map { try inspector.words(page: $0) }
    }

    func testASpanningCellSitsBesideBothRowsAndTheNextRowStartsBelowIt() throws {
        let long = "2.3.2.2 Hantera kompetensförsörjning och pensionsavgångar i verksamheterna"
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([table(spanText: long, pairs: 3)])
        let w = try words(pages, "span.pdf")[0]
        func y(_ text: String) throws -> Double { try XCTUnwrap(w.first { $0.text == text }, text).box.minY }
        // The second row follows the first directly, not below the whole process name…
        XCTAssertLessThan(try y("Konsekvensrad1") - y("Riskrad1"), 20)
        // …and the next pair starts below the process name's last line.
        let lastOfSpan = try XCTUnwrap(w.last { $0.text.hasPrefix("verksamheterna") || $0.text.hasPrefix("heterna") })
        XCTAssertGreaterThan(try y("P2"), lastOfSpan.box.maxY)
    }

    func testASpanTallerThanAPageFallsBackToAnOrdinaryCellAndLosesNothing() throws {
        let huge = (1...900).map { "ord\($0)" }.joined(separator: " ")
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([table(spanText: huge, pairs: 2)])
        XCTAssertGreaterThan(pages.count, 1)
        let all = Set(try words(pages, "bigspan.pdf").flatMap { $0.map { PDFInspector.normalized($0.text) } })
        for i in 1...900 { XCTAssertTrue(all.contains("ord\(i)"), "ord\(i) lost") }
        XCTAssertTrue(all.contains("Konsekvensrad1"))
    }
}
