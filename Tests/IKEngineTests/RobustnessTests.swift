import XCTest
import Foundation
import IKEngine
import IKTestSupport

/// Input the validator accepts must never crash, hang or clip the engine.
final class RobustnessTests: XCTestCase {
    private let style = EngineFixture.body

    private func texts(_ pages: [LaidOutPage]) -> [(ShapedText, Range<Int>)] {
        pages.flatMap { page in
            page.body.items.compactMap { if case .text(let t, let r) = $0.item { return (t, r) } else { return nil } }
        }
    }

    func testAnUnbreakableWordInANarrowColumnIsBrokenNotClipped() throws {
        let word = String(repeating: "x", count: 5_000)
        let table = Table(columns: [.fixed(40), .relative(1)],
                          rows: [TableRow([TableCell([Paragraph(word, style: style)]), TableCell([Paragraph("kort", style: style)])])])
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([table])
        XCTAssertGreaterThan(pages.count, 1, "5,000 characters in a 40 pt column run over pages")
        for (t, _) in texts(pages) where t.text.hasPrefix("x") {
            XCTAssertLessThanOrEqual(t.naturalWidth, 40 - 8 + 0.5, "a line is wider than its cell")
        }
        let url = try EngineFixture.write(pages, "word.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try PDFTool.run("pdftotext", [url.path, "-"])
        XCTAssertEqual(text.filter { $0 == "x" }.count, 5_000, "every character is printed once")
    }

    func testEmptyTextsAndEmptyTablesLayOut() throws {
        let blocks: [any Block] = [
            Paragraph("", style: style),
            Table(columns: [.relative(1)], rows: []),
            Table(columns: [.relative(1)], header: [TableRow([TableCell([])])], rows: [TableRow([TableCell([Paragraph("", style: style)])])]),
            Flow([]),
        ]
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks)
        XCTAssertEqual(pages.count, 1)
        _ = try EngineFixture.write(pages, "empty.pdf")
    }

    func testAHeadingIsNeverLeftAloneAtAPageFoot() throws {
        // Push a heading towards the page foot by every amount of filler, line by line.
        for fillerLines in stride(from: 30, through: 52, by: 1) {
            let filler = Paragraph((1...fillerLines).map { "Rad \($0)" }.joined(separator: "\n"), style: style)
            let heading = Paragraph([TextSpan("Rubriken")], style: EngineFixture.heading, spaceBefore: 12, keepWithNext: true, tag: .heading(level: 1))
            let after = Paragraph(String(repeating: "Text efter rubriken. ", count: 30), style: style)
            let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([filler, heading, after])
            for page in pages {
                let lastText = page.body.items.last { if case .text = $0.item { return true } else { return false } }
                if case .text(let t, _)? = lastText?.item {
                    XCTAssertNotEqual(t.text, "Rubriken", "heading alone at the foot of page \(page.number) with \(fillerLines) filler lines")
                }
            }
        }
    }

    func testParagraphsNeverLeaveOrCarryASingleLine() throws {
        for fillerLines in stride(from: 40, through: 52, by: 1) {
            let filler = Paragraph((1...fillerLines).map { "Rad \($0)" }.joined(separator: "\n"), style: style)
            let para = Paragraph(String(repeating: "Ord i ett stycke som bryts över sidor. ", count: 20), style: style)
            let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([filler, para])
            for (t, range) in texts(pages) where t.text.hasPrefix("Ord") && t.lines.count >= 4 {
                XCTAssertGreaterThanOrEqual(range.count, 2, "a lone line of the paragraph with \(fillerLines) filler lines")
            }
        }
    }

    func testTwoRunsGiveByteIdenticalFiles() throws {
        func render(_ name: String) throws -> Data {
            let blocks: [any Block] = (1...30).map { Paragraph("Stycke \($0): " + String(repeating: "riskvärde ", count: 40), style: style) }
            let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks, fields: ["title": "T"])
            let url = try EngineFixture.write(pages, name)
            defer { try? FileManager.default.removeItem(at: url) }
            return try Data(contentsOf: url)
        }
        XCTAssertEqual(try render("det1.pdf"), try render("det2.pdf"))
    }

    func testACairoErrorBecomesASwiftErrorAndLeavesThePreviousFileUntouched() throws {
        let url = EngineFixture.tempURL("keep.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let good = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([Paragraph("Bra", style: style)])
        let writer = PDFWriter(metadata: PDFMetadata(title: "T", date: "2026-01-01T00:00:00Z"))
        try writer.write(good, to: url)
        let before = try Data(contentsOf: url)
        var bad = good
        var frame = Frame(size: Size(10, 10))
        frame.add(.tagStart(.paragraph))     // closed as another element: cairo rejects the nesting and
        frame.add(.tagEnd(.table))           // poisons the surface
        bad[0].body.merge(frame, at: .zero)
        XCTAssertThrowsError(try writer.write(bad, to: url)) { error in
            XCTAssertTrue("\(error)".contains("PDF output"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: url), before, "the previous output is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).filter { $0.contains("keep.pdf.") }
        XCTAssertEqual(leftovers, [], "no partial file is left behind")
    }
}
