import XCTest
import Foundation
import IKEngine
import IKTestSupport

/// A word of hundreds of kilobytes (a pasted hash, a base64 blob) is broken over lines and pages in time
/// linear in its length. It used to be shaped as one piece: past about 420 kB its width overflowed Pango's
/// 32-bit units and the process trapped, and below that every line shaped it whole again.
final class LongWordTests: XCTestCase {
    private let style = EngineFixture.body

    /// Lays `word` out in a 120 pt table column, writes the PDF and returns it with the CPU seconds taken.
    private func render(_ word: String, _ name: String) throws -> (url: URL, pages: Int, seconds: Double) {
        let table = Table(columns: [.fixed(120), .relative(1)],
                          rows: [TableRow([TableCell([Paragraph(word, style: style)]), TableCell([Paragraph("Kontrollmoment", style: style)])])])
        let start = clock()
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([table])
        let url = try EngineFixture.write(pages, name)
        return (url, pages.count, Double(clock() - start) / Double(CLOCKS_PER_SEC))
    }

    func testAHalfMegabyteWordInATableCellIsPrintedWholeInLinearTime() throws {
        // Letters with a digit now and then, as in a pasted identifier: no dictionary break anywhere.
        let unit = "abcdefghij0123456789"
        let small = String(repeating: unit, count: 6_250)        // 125 kB
        let large = String(repeating: unit, count: 25_000)       // 500 kB
        // The faster of two runs of each: one run's CPU time swings by a fifth inside a full suite.
        let smalls = try (1...2).map { try render(small, "long-125k-\($0).pdf") }
        let larges = try (1...2).map { try render(large, "long-500k-\($0).pdf") }
        defer { for r in smalls + larges { try? FileManager.default.removeItem(at: r.url) } }
        let a = try XCTUnwrap(smalls.min { $0.seconds < $1.seconds }), b = try XCTUnwrap(larges.min { $0.seconds < $1.seconds })
        XCTAssertGreaterThan(b.pages, 3 * a.pages, "four times the word, about four times the pages")
        // Linear: four times the length may take at most about six times as long (quadratic would be 16×).
        XCTAssertLessThan(b.seconds, 6 * max(a.seconds, 0.2), "125 kB took \(a.seconds) s, 500 kB \(b.seconds) s")
        let text = try PDFTool.run("pdftotext", [b.url.path, "-"])
        let printed = text.filter { $0.isLetter || $0.isNumber }
        // Every character once, in order (the other cell, the header and footer aside).
        XCTAssertTrue(printed.contains(large.prefix(600)), "the word's start is printed")
        XCTAssertEqual(printed.filter { $0 == "j" }.count, 25_000, "every character of the word is printed once")
        let info = try PDFTool.run("qpdf", ["--check", b.url.path])
        XCTAssertTrue(info.contains("No syntax or stream encoding errors"), info)
    }
}
