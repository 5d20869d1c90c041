import XCTest
import IKEngine
import IKTestSupport
@testable import IKDocuments

/// Chapter 1's process figure: texts inside their shapes, unbroken titles, nothing outside the frame.
final class FigureProcessTests: XCTestCase {
    let shaper = FigureFixture.shaper
    let figure = ProcessFigure(style: ProcessFigureStyle(base: FigureFixture.body))

    func testEveryStepsTextLiesInsideItsShape() throws {
        for width in [FigureFixture.bodyWidth, 300] {
            let g = figure.geometry(width: width, shaper: shaper)
            let pdf = try FigureFixture.write([figure.frame(width: width, shaper: shaper)], "process-\(Int(width))")
            FigureFixture.png(pdf, height: g.size.height)
            let words = try pdf.words(page: 1)
            for (i, step) in figure.style.steps.enumerated() {
                let area = FigureFixture.onPage(g.textAreas[i])
                for part in (step.title + " " + step.subtitle).split(separator: " ") {
                    let w = try XCTUnwrap(words.first { $0.text == part && area.contains($0.box, slack: 0.5) },
                                          "\(part) of \(step.title) is not whole inside its shape at width \(width)")
                    XCTAssertTrue(area.contains(w.box, slack: 0.5))
                }
            }
            let label = FigureFixture.onPage(g.returnLabelArea)
            for part in ["Uppföljning", "och", "analys"] {
                XCTAssertTrue(words.contains { $0.text == part && label.contains($0.box, slack: 0.5) }, "\(part) at width \(width)")
            }
        }
    }

    func testTheShapesPointRightInOrderAndStayInsideTheFrame() {
        let width = FigureFixture.bodyWidth
        let g = figure.geometry(width: width, shaper: shaper)
        XCTAssertEqual(g.shapes.count, 5)
        for points in g.shapes + [g.returnArrow] {
            for p in points {
                XCTAssertTrue(p.x >= -0.01 && p.x <= width + 0.01 && p.y >= -0.01 && p.y <= g.size.height + 0.01, "\(p) clipped")
            }
        }
        for (a, b) in zip(g.shapes, g.shapes.dropFirst()) {
            let tip = a.max { $0.x < $1.x }?.x ?? 0
            XCTAssertLessThan(a.map(\.x).min() ?? 0, b.map(\.x).min() ?? 0, "steps run left to right")
            XCTAssertLessThan(tip, (b.map(\.x).min() ?? 0) + 12.01, "a tip reaches into the next step's notch, no further")
        }
        // The return arrow points up into the first step, under its text.
        let apex = g.returnArrow.filter { $0.x < width / 2 }.min { $0.y < $1.y }
        XCTAssertEqual(apex?.x ?? 0, g.textAreas[0].minX + g.textAreas[0].width / 2, accuracy: 0.01)
    }

    func testTheNamedFigureAndTheBlock() throws {
        let layout = try FigureFixture.layout(try FigureReadme.colour, "process-named")
        let frame = try XCTUnwrap(try Figures.named("processfigur", width: 400, layout: layout, shaper: shaper))
        XCTAssertEqual(frame.size.width, 400)
        XCTAssertNil(try Figures.named("okänd", width: 400, layout: layout, shaper: shaper))
        let block = try XCTUnwrap(try Figures.block(named: "processfigur", layout: layout))
        guard case .complete(let f) = block.layout(in: Region(width: 450, height: 700, fullHeight: 700, isEmpty: true), FigureFixture.context),
              case .tagStart(.figure(let alt)) = f.items.first?.item else { return XCTFail("not one tagged figure") }
        XCTAssertTrue(alt.hasPrefix("Processfigur i 5 steg: Mål (Beslut, lagar, regler mm), därefter Styrning"), alt)
        XCTAssertTrue(alt.contains("Uppföljning och analys"), alt)
    }

    func testStepsAndColoursComeFromTheLayout() throws {
        let layout = try FigureFixture.layout("""
            process_figure:
              fills: ["#ffffff", accent]
              steps: [{title: Ett, subtitle: a}, {title: Två}]
            """, "process-custom")
        let style = try ProcessFigureStyle(layout: layout)
        XCTAssertEqual(style.steps.map(\.title), ["Ett", "Två"])
        XCTAssertEqual(style.fill(1), Color(hex: "#1f4e79"))
        let f = ProcessFigure(style: style).frame(width: 300, shaper: shaper)
        for case .text(let t, _) in f.items.map(\.item) where t.text == "Ett" { XCTAssertEqual(t.style.color, .black) }
        XCTAssertThrowsError(try ProcessFigureStyle(layout: FigureFixture.layout("process_figure:\n  fill: blå\n", "process-bad"))) {
            XCTAssertTrue("\($0)".contains("process_figure.fill: \"blå\" is not a colour"), "\($0)")
        }
    }
}
