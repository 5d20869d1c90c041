import XCTest
import IKEngine
import IKTestSupport
@testable import IKDocuments

/// The risk matrix, checked on the PDF: numbers inside their cells, axes the right way round, crowded cells.
final class FigureMatrixTests: XCTestCase {
    let shaper = FigureFixture.shaper
    let style = MatrixStyle(base: FigureFixture.body)

    /// Risks spread over the matrix, a few sharing cells, like the Ånge plan.
    let risks = [
        MatrixRisk(number: 1, probability: 2, consequence: 3), MatrixRisk(number: 2, probability: 3, consequence: 3),
        MatrixRisk(number: 3, probability: 2, consequence: 3), MatrixRisk(number: 4, probability: 4, consequence: 4),
        MatrixRisk(number: 5, probability: 1, consequence: 1), MatrixRisk(number: 6, probability: 1, consequence: 4),
        MatrixRisk(number: 7, probability: 4, consequence: 1), MatrixRisk(number: 8, probability: 2, consequence: 2),
        MatrixRisk(number: 11, probability: 3, consequence: 2), MatrixRisk(number: 14, probability: 2, consequence: 4),
    ]

    /// The word of risk `number` inside the grid (scale numbers 1–4 lie outside it).
    private func word(_ number: Int, in words: [PDFWord], grid: PDFRect) -> PDFWord? {
        words.first { FigureFixture.bare($0) == String(number) && grid.contains($0.box) }
    }

    func testEveryRiskNumberLiesInItsCell() throws {
        let figure = RiskMatrixFigure(risks: risks, style: style)
        let width = FigureFixture.bodyWidth
        let g = figure.geometry(width: width, shaper: shaper)
        let pdf = try FigureFixture.write([figure.frame(width: width, shaper: shaper)], "matrix")
        FigureFixture.png(pdf)
        let words = try pdf.words(page: 1)
        let grid = FigureFixture.onPage(g.grid)
        for r in risks {
            let cell = FigureFixture.onPage(g.cell(probability: r.probability, consequence: r.consequence))
            guard let w = word(r.number, in: words, grid: grid) else { XCTFail("risk \(r.number) is not in the grid: \(words)"); continue }
            XCTAssertTrue(cell.contains(w.box), "risk \(r.number) at \(w.box) is outside its cell \(cell)")
        }
    }

    func testProbabilityFourIsAtTheTopAndConsequenceFourAtTheRight() throws {
        let corners = [MatrixRisk(number: 41, probability: 4, consequence: 1), MatrixRisk(number: 11, probability: 1, consequence: 1),
                       MatrixRisk(number: 14, probability: 1, consequence: 4)]
        let figure = RiskMatrixFigure(risks: corners, style: style)
        let g = figure.geometry(width: 400, shaper: shaper)
        let words = try FigureFixture.write([figure.frame(width: 400, shaper: shaper)], "matrix-axes").words(page: 1)
        let grid = FigureFixture.onPage(g.grid)
        let (top, origin, right) = (word(41, in: words, grid: grid), word(11, in: words, grid: grid), word(14, in: words, grid: grid))
        let o = try XCTUnwrap(origin)
        XCTAssertLessThan(try XCTUnwrap(top).box.maxY, o.box.minY, "probability 4 is above probability 1")
        XCTAssertGreaterThan(try XCTUnwrap(right).box.minX, o.box.maxX, "consequence 4 is right of consequence 1")

        // The scales: "4" left of the grid is the highest, "4" under the grid is the rightmost.
        let left = words.filter { ["1", "2", "3", "4"].contains($0.text) && $0.box.maxX <= grid.minX }
        let under = words.filter { ["1", "2", "3", "4"].contains($0.text) && $0.box.minY >= grid.maxY }
        XCTAssertEqual(left.sorted { $0.box.minY < $1.box.minY }.map(\.text), ["4", "3", "2", "1"])
        XCTAssertEqual(under.sorted { $0.box.minX < $1.box.minX }.map(\.text), ["1", "2", "3", "4"])
        let text = words.map(\.text)
        XCTAssertTrue(text.contains("Sannolikhet") && text.contains("Konsekvens"), "\(text)")
    }

    func testTwelveRisksInOneCellAllFitInside() throws {
        let crowd = (1...12).map { MatrixRisk(number: 100 + $0, probability: 3, consequence: 2) }
        for width in [FigureFixture.bodyWidth, 220] {
            let figure = RiskMatrixFigure(risks: crowd, style: style)
            let g = figure.geometry(width: width, shaper: shaper)
            let pdf = try FigureFixture.write([figure.frame(width: width, shaper: shaper)], "matrix-crowd-\(Int(width))")
            FigureFixture.png(pdf)
            let words = try pdf.words(page: 1)
            let cell = FigureFixture.onPage(g.cell(probability: 3, consequence: 2))
            for r in crowd {
                let w = try XCTUnwrap(words.first { FigureFixture.bare($0) == String(r.number) }, "risk \(r.number) at width \(width)")
                XCTAssertTrue(cell.contains(w.box), "risk \(r.number) at \(w.box) overflows its cell \(cell) at width \(width)")
            }
        }
    }

    func testCellTextKeepsContrastWithItsBand() {
        let figure = RiskMatrixFigure(risks: (1...16).map { MatrixRisk(number: $0, probability: ($0 - 1) / 4 + 1, consequence: ($0 - 1) % 4 + 1) }, style: style)
        let frame = figure.frame(width: 400, shaper: shaper)
        let g = figure.geometry(width: 400, shaper: shaper)
        var checked = 0
        for (position, item) in frame.items {
            guard case .text(let text, _) = item, g.grid.contains(position) else { continue }
            let p = 4 - Int((position.y - g.grid.minY) / (g.grid.height / 4)), c = Int((position.x - g.grid.minX) / (g.grid.width / 4)) + 1
            let fill = style.bands.band(for: p * c).color
            XCTAssertGreaterThanOrEqual(text.style.color.contrast(with: fill), 4.5, "cell p\(p) c\(c)")
            checked += 1
        }
        XCTAssertEqual(checked, 16)
    }

    func testTheLegendNamesEveryBandWithItsValues() throws {
        let figure = RiskMatrixFigure(risks: risks, style: style)
        let text = try FigureFixture.write([figure.frame(width: 400, shaper: shaper)], "matrix-legend").plainText
        for expected in ["Låg (1–3)", "Medel (4–6)", "Hög (8–9)", "Mycket hög (12–16)"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected) in \(text)")
        }
    }

    func testTheBlockIsOneTaggedFigureCentredInItsColumn() {
        let figure = RiskMatrixFigure(risks: risks, style: style)
        guard case .complete(let f) = figure.layout(in: Region(width: 500, height: 800, fullHeight: 800, isEmpty: true), FigureFixture.context) else {
            return XCTFail("the matrix does not fit an empty page")
        }
        guard case .tagStart(.figure(let alt)) = f.items.first?.item, case .tagEnd(.figure) = f.items.last?.item else {
            return XCTFail("not wrapped in a Figure tag")
        }
        // The alternative text says which risks stand in which cell, highest risk value first.
        XCTAssertTrue(alt.contains("Sannolikhet 2, konsekvens 3 (riskvärde 6, Medel): risk 1, 3."), alt)
        XCTAssertTrue(alt.contains("Sannolikhet 3, konsekvens 3 (riskvärde 9, Hög): risk 2."), alt)
        let order = ["Sannolikhet 4, konsekvens 4", "Sannolikhet 3, konsekvens 3", "Sannolikhet 1, konsekvens 1"].map {
            alt.range(of: $0)?.lowerBound
        }
        XCTAssertEqual(order.compactMap { $0 }.count, 3, alt)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "cells from the highest risk value down")
        let xs = f.items.compactMap { if case .rect = $0.item { return $0.position.x } else { return nil } }
        // The leftmost rectangle is the legend's first swatch, at the grid's left edge.
        XCTAssertEqual(xs.min() ?? 0, (500 - style.maxWidth) / 2 + figure.geometry(width: 500, shaper: shaper).grid.minX, accuracy: 0.01)
    }

    func testRisksOutsideTheScaleAreReportedNotDrawn() {
        let figure = RiskMatrixFigure(risks: [MatrixRisk(number: 9, probability: 5, consequence: 2)], style: style)
        XCTAssertEqual(figure.unplaced.map(\.number), [9])
        let texts = figure.frame(width: 300, shaper: shaper).items.compactMap { if case .text(let t, _) = $0.item { return t.text } else { return nil } }
        XCTAssertFalse(texts.contains("9"))
    }
}

private extension Rect {
    func contains(_ p: Point) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }
}
