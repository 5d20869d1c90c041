@testable import IKDocuments
@testable import IKEngine
import XCTest

/// A form's label stands on the line one writes on (the protokoll's justering row, the anslag's dates).
final class WriteInLabelTests: XCTestCase {
    func testTheLabelsBaselineLiesOnTheWriteInLineBesideIt() throws {
        let style = FigureFixture.body
        for room in [16.0, 26.0] {
            let row = TableRow([TableCell([WriteInLabel(text: "Datum då anslaget sätts upp", style: style, lineAt: room)]),
                                TableCell([WriteInLine(text: nil, style: style, height: room, stroke: Stroke())])])
            let table = Table(columns: [.fixed(170), .relative(1)], rows: [row], style: TableStyle(rowRule: nil, headerRule: nil))
            guard case .complete(let frame) = table.layout(in: Region(width: 450, height: 700, fullHeight: 700, isEmpty: true),
                                                           FigureFixture.context) else { return XCTFail("the row did not fit") }
            var baselines: [Double] = [], lines: [Double] = []
            func walk(_ f: Frame, _ origin: Point) {
                for (p, item) in f.items {
                    let at = p.offset(by: origin)
                    switch item {
                    case .text(let t, let range): baselines.append(at.y + t.lines[range.lowerBound].baseline - t.lines[range.lowerBound].top)
                    case .line(let to, _) where to.y == 0 && to.x > 100: lines.append(at.y)
                    case .group(let inner): walk(inner, at)
                    default: break
                    }
                }
            }
            walk(frame, .zero)
            XCTAssertEqual(baselines.count, 1, "room \(room)")
            XCTAssertEqual(lines.count, 1, "room \(room)")
            XCTAssertEqual(baselines.first ?? 0, lines.first ?? -9, accuracy: 0.01, "room \(room): the label floats off its line")
        }
    }
}
