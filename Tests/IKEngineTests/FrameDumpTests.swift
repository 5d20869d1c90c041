import XCTest
@testable import IKEngine

/// Snapshot tests of layout decisions, read as text: `LaidOutPage.dump` shows every line, rule and tag with
/// its position, so a change in where a line breaks or what moves to the next page shows as a diff.
final class FrameDumpTests: XCTestCase {
    let body = TextStyle(family: "Carlito", size: 10, lineHeight: 1.2)
    let heading = TextStyle(family: "Carlito", size: 14, bold: true, hyphenate: false)
    /// A small page, so a few lines fill it: 240 × 100 pt of body.
    let page = PageStyle(size: Size(280, 140), margins: Insets(all: 20))

    func paginate(_ blocks: [any Block]) throws -> [LaidOutPage] {
        try Paginator(style: page, context: EngineFixture.context()).paginate(blocks)
    }

    func assertDump(_ pages: [LaidOutPage], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = pages.map(\.dump).joined()
        if actual != expected { print("--- dump ---\n\(actual)--- end ---") }
        XCTAssertEqual(actual, expected, file: file, line: line)
    }

    /// One-line paragraphs that cannot hyphenate, so the snapshots show page decisions, not line breaking.
    func line(_ text: String, after: Double = 4) -> Paragraph {
        Paragraph([TextSpan(text)], style: body.with { $0.hyphenate = false }, spaceAfter: after)
    }

    /// A heading that would end the page is carried to the next one with the line it keeps with.
    func testAHeadingAtThePageFootMovesToTheNextPageWithItsText() throws {
        let pages = try paginate([
            line("Kommunens interna kontroll"), line("ska säkerställa att verksamheten"), line("bedrivs ändamålsenligt"),
            line("och kostnadseffektivt."), line("Kontrollen följs upp varje tertial."),
            Paragraph([TextSpan("2 Riskinventering")], style: heading, spaceBefore: 8, spaceAfter: 4, keepWithNext: true),
            line("Risker bedöms efter sannolikhet"),
        ])
        assertDump(pages, """
            Page 1 280×140
            └─ Body (20, 20) 240×66
               ├─ P
               │  └─ Text (0, 0) 240 wide, Carlito 10
               │     └─ Line (0, 0) 115.8×10 "Kommunens interna kontroll"
               ├─ P
               │  └─ Text (0, 14) 240 wide, Carlito 10
               │     └─ Line (0, 14) 131×10 "ska säkerställa att verksamheten"
               ├─ P
               │  └─ Text (0, 28) 240 wide, Carlito 10
               │     └─ Line (0, 28) 93.7×10 "bedrivs ändamålsenligt"
               ├─ P
               │  └─ Text (0, 42) 240 wide, Carlito 10
               │     └─ Line (0, 42) 88.8×10 "och kostnadseffektivt."
               └─ P
                  └─ Text (0, 56) 240 wide, Carlito 10
                     └─ Line (0, 56) 130.6×10 "Kontrollen följs upp varje tertial."
            Page 2 280×140
            └─ Body (20, 20) 240×28
               ├─ P
               │  └─ Text (0, 0) 240 wide, Carlito 14 bold
               │     └─ Line (0, 0) 99.9×14 "2 Riskinventering"
               └─ P
                  └─ Text (0, 18) 240 wide, Carlito 10
                     └─ Line (0, 18) 130.3×10 "Risker bedöms efter sannolikhet"

            """)
    }

    /// A table that continues on the next page starts there with its header row again.
    func testAContinuedTableRepeatsItsHeaderRow() throws {
        let table = Table(columns: [.relative(1), .fixed(60)],
                          header: [TableRow([TableCell([line("Risk", after: 0)]), TableCell([line("Värde", after: 0)])])],
                          rows: (1...3).map { TableRow([TableCell([line("Risk \($0)", after: 0)]), TableCell([line("\($0 * 4)", after: 0)])]) })
        let short = PageStyle(size: Size(280, 90), margins: Insets(all: 20))
        let pages = try Paginator(style: short, context: EngineFixture.context()).paginate([table])
        assertDump(pages, """
            Page 1 280×90
            └─ Body (20, 20) 240×48
               └─ Table
                  ├─ TR
                  │  ├─ TH scope Column
                  │  │  └─ P
                  │  │     └─ Text (4, 3) 172 wide, Carlito 10
                  │  │        └─ Line (4, 3) 16.2×10 "Risk"
                  │  └─ TH scope Column
                  │     └─ P
                  │        └─ Text (184, 3) 52 wide, Carlito 10
                  │           └─ Line (184, 3) 23.5×10 "Värde"
                  ├─ Rule (0, 16) → (240, 16) stroke #000000 1
                  ├─ TR
                  │  ├─ TD
                  │  │  └─ P
                  │  │     └─ Text (4, 19) 172 wide, Carlito 10
                  │  │        └─ Line (4, 19) 23.5×10 "Risk 1"
                  │  └─ TD
                  │     └─ P
                  │        └─ Text (184, 19) 52 wide, Carlito 10
                  │           └─ Line (184, 19) 5.1×10 "4"
                  ├─ Rule (0, 32) → (240, 32) stroke #000000 0.5
                  ├─ TR
                  │  ├─ TD
                  │  │  └─ P
                  │  │     └─ Text (4, 35) 172 wide, Carlito 10
                  │  │        └─ Line (4, 35) 23.5×10 "Risk 2"
                  │  └─ TD
                  │     └─ P
                  │        └─ Text (184, 35) 52 wide, Carlito 10
                  │           └─ Line (184, 35) 5.1×10 "8"
                  └─ Rule (0, 48) → (240, 48) stroke #000000 0.5
            Page 2 280×90
            └─ Body (20, 20) 240×32
               └─ Table
                  ├─ TR
                  │  ├─ TH scope Column
                  │  │  └─ P
                  │  │     └─ Text (4, 3) 172 wide, Carlito 10
                  │  │        └─ Line (4, 3) 16.2×10 "Risk"
                  │  └─ TH scope Column
                  │     └─ P
                  │        └─ Text (184, 3) 52 wide, Carlito 10
                  │           └─ Line (184, 3) 23.5×10 "Värde"
                  ├─ Rule (0, 16) → (240, 16) stroke #000000 1
                  ├─ TR
                  │  ├─ TD
                  │  │  └─ P
                  │  │     └─ Text (4, 19) 172 wide, Carlito 10
                  │  │        └─ Line (4, 19) 23.5×10 "Risk 3"
                  │  └─ TD
                  │     └─ P
                  │        └─ Text (184, 19) 52 wide, Carlito 10
                  │           └─ Line (184, 19) 10.1×10 "12"
                  └─ Rule (0, 32) → (240, 32) stroke #000000 0.5

            """)
    }

    /// Running heads, rules, fills and links appear with their places; page numbers are filled in.
    func testAFrameDumpShowsDecorationsFillsAndLinks() throws {
        var frame = Frame(size: Size(100, 40))
        frame.add(.tagStart(.figure(alt: "En blå ruta")))
        frame.add(.rect(Size(100, 40), fill: Color(hex: "#1f4e79"), stroke: Stroke(color: .black, width: 0.5, dash: [2]), radius: 3))
        frame.add(.line(to: Point(100, 0), stroke: Stroke(width: 1)), at: Point(0, 20))
        frame.add(.link(Size(50, 10), target: "#risker"), at: Point(5, 5))
        frame.add(.destination("risker"), at: Point(0, 0))
        frame.add(.tagEnd(.figure(alt: "En blå ruta")))
        XCTAssertEqual(frame.dump, """
            Frame 100×40
            └─ Figure alt "En blå ruta"
               ├─ Rect (0, 0) 100×40 fill #1f4e79 stroke #000000 0.5 dashed radius 3
               ├─ Rule (0, 20) → (100, 20) stroke #000000 1
               ├─ Link (5, 5) 50×10 → #risker
               └─ Destination risker (0, 0)

            """)
        let styled = PageStyle(size: Size(280, 140), margins: Insets(all: 30),
                               header: PageDecoration(right: .text(["Sida {page} av {pages}"]), style: body, offset: 10))
        let pages = try Paginator(style: styled, context: EngineFixture.context()).paginate([line("Text")])
        XCTAssertTrue(pages[0].dump.contains("├─ Header"), pages[0].dump)
        XCTAssertTrue(pages[0].dump.contains("\"Sida 1 av 1\""), pages[0].dump)
    }
}
