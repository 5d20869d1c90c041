import XCTest
import IKEngine
import IKModel
import IKTestSupport
@testable import IKDocuments

/// Status badges and value chips: words on every badge, contrast, shrink-to-fit, baselines, narrow cells.
final class FigureBadgeTests: XCTestCase {
    let shaper = FigureFixture.shaper
    let body = FigureFixture.body
    let style = BadgeStyle(base: FigureFixture.body)
    let padding = Insets(vertical: 3, horizontal: 4)

    func testEveryDefaultBadgeKeepsTextContrast() {
        for status in ActionStatus.allCases {
            let c = style.colors(for: status)
            XCTAssertGreaterThanOrEqual(c.text.contrast(with: c.fill), 4.5, status.label)
            // …and the drawn words really use that colour.
            let f = StatusBadge(status, style: style, line: body).frame(maxWidth: 200, shaper: shaper)
            for case .text(let t, _) in f.items.map(\.item) { XCTAssertEqual(t.style.color, c.text) }
        }
    }

    /// A table like the plan's action table: a description, then the badge, one row per status.
    private func actionTable(statusWidth: Double) -> Table {
        let rows = ActionStatus.allCases.enumerated().map { i, status in
            TableRow([TableCell([Paragraph("Åtgärd \(i + 1) gäller", style: body)]),
                      TableCell([StatusBadge(status, style: style, line: body)])])
        }
        return Table(columns: [.fixed(150), .fixed(statusWidth)], rows: rows, style: TableStyle(padding: padding))
    }

    func testBadgesSayTheirStatusInWordsOnTheBodyBaseline() throws {
        let pdf = try FigureFixture.write(blocks: [actionTable(statusWidth: 120)], "badges")
        FigureFixture.png(pdf, height: 160)
        let words = try pdf.words(page: 1)
        let reference = shaper.shape("Ag", style: body, width: 0)
        let baselineInRow = padding.top + (reference.lines.first?.baseline ?? 0)
        for status in ActionStatus.allCases {
            let label = status.label.split(separator: " ").map(String.init)
            let first = try XCTUnwrap(words.first { $0.text == label[0] && $0.box.minX > FigureFixture.margins.left + 150 },
                                      "no \(status.label) in \(words.map(\.text))")
            if label.count > 1 { XCTAssertTrue(words.contains { $0.text == label[1] }, status.label) }
            // The description's first word in the same row gives the row's baseline and the font's ascent share.
            let row = try XCTUnwrap(words.first { $0.text == "Åtgärd" && abs($0.box.minY - first.box.minY) < 6 })
            let baseline = row.box.minY - padding.top + baselineInRow
            let ascentShare = (baseline - row.box.minY) / row.box.height
            let badgeBaseline = first.box.minY + ascentShare * first.box.height
            XCTAssertEqual(badgeBaseline, baseline, accuracy: 0.35, "\(status.label) sits off the body baseline")
        }
    }

    func testABadgeShrinksToItsWords() {
        let klar = StatusBadge(.done, style: style, line: body).frame(maxWidth: 300, shaper: shaper)
        let ej = StatusBadge(.notStarted, style: style, line: body).frame(maxWidth: 300, shaper: shaper)
        let natural = shaper.shape("Klar", style: style.badge.text, width: 0).naturalWidth
        XCTAssertEqual(klar.size.width, natural + style.badge.padding.horizontal, accuracy: 0.01)
        XCTAssertLessThan(klar.size.width, ej.size.width)
    }

    func testANarrowCellWrapsTheBadgeInsteadOfOverflowing() throws {
        let column = 40.0
        let pdf = try FigureFixture.write(blocks: [actionTable(statusWidth: column)], "badges-narrow")
        FigureFixture.png(pdf, height: 200)
        let cell = PDFRect(x: FigureFixture.margins.left + 150 + padding.left, y: 0, width: column - padding.horizontal, height: 2000)
        let words = try pdf.words(page: 1).filter { $0.box.minX > FigureFixture.margins.left + 150 }
        for w in words { XCTAssertTrue(cell.contains(w.box, slack: 0.01), "\(w.text) at \(w.box) leaves its cell \(cell)") }
        // Words shrink, then break only at dictionary hyphens (a soft hyphen ends the piece), never between letters.
        let joined = words.map(\.text).joined(separator: " ").replacingOccurrences(of: "\u{AD} ", with: "")
        XCTAssertEqual(joined, "Ej påbörjad Pågående Försenad Klar Avbruten")
        for status in ActionStatus.allCases {
            XCTAssertLessThanOrEqual(StatusBadge(status, style: style, line: body).frame(maxWidth: 32, shaper: shaper).size.width, 32.001)
        }
    }

    func testValueChipsShowTheValueOnTheirBandColour() throws {
        let bands = RiskBands.standard
        let chips = [1, 6, 9, 16].map { RiskValueChip($0, bands: bands, style: style, line: body) }
        let widths = chips.map { $0.frame(maxWidth: 100, shaper: shaper).size.width }
        XCTAssertEqual(Set(widths.map { ($0 * 100).rounded() }).count, 1, "chips of one and two digits differ: \(widths)")
        for chip in chips {
            let f = chip.frame(maxWidth: 100, shaper: shaper)
            let band = bands.band(for: chip.value)
            guard case .rect(_, let fill, _, _)? = f.items.first?.item else { return XCTFail("no pill") }
            XCTAssertEqual(fill, band.color)
            for case .text(let t, _) in f.items.map(\.item) {
                XCTAssertEqual(t.text, String(chip.value))
                XCTAssertGreaterThanOrEqual(t.style.color.contrast(with: band.color), 4.5)
            }
        }
        let table = Table(columns: [.fixed(60)], rows: chips.map { TableRow([TableCell([$0])]) }, style: TableStyle(padding: padding))
        let words = try FigureFixture.write(blocks: [table], "chips").words(page: 1).map(\.text)
        XCTAssertEqual(words, ["1", "6", "9", "16"])
    }

    func testBadgeColoursComeFromTheLayout() throws {
        let layout = try FigureFixture.layout("badges:\n  statuses:\n    klar: {fill: accent}\n    Försenad: {fill: \"#ffffff\", text: \"#333333\"}\n", "badges-ok")
        let s = try BadgeStyle(layout: layout)
        XCTAssertEqual(s.colors(for: .done), BadgeColors(fill: Color(hex: "#1f4e79") ?? .black, text: .white))
        XCTAssertEqual(s.colors(for: .delayed).text, Color(hex: "#333333"))
        XCTAssertEqual(s.colors(for: .ongoing), BadgeColors(fill: BadgeStyle.defaultFills[.ongoing] ?? .black))
        _ = try BadgeStyle(layout: FigureFixture.layout(try FigureReadme.colour, "badges-readme"))
    }

    func testBadBadgeSectionsAreClearErrors() {
        let cases = [
            ("badges:\n  statuses:\n    klar: {fill: \"#2e7d32\", text: \"#1b5e20\"}\n", "contrast of 1."),
            ("badges:\n  statuses:\n    färdig: {fill: \"#2e7d32\"}\n", "unknown status \"färdig\""),
            ("badges:\n  statuses:\n    klar: {fil: \"#2e7d32\"}\n", "unknown key fil (did you mean fill?)"),
            ("badges:\n  sise: 9\n", "unknown key sise (did you mean size?)"),
        ]
        for (yaml, expected) in cases {
            XCTAssertThrowsError(try BadgeStyle(layout: FigureFixture.layout(yaml, "badges-bad"))) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error)")
                XCTAssertTrue("\(error)".contains("error: badges"), "\(error)")
            }
        }
    }
}
