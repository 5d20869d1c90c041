import XCTest
import IKEngine
import IKModel
import IKTestSupport
@testable import IKDocuments

/// Every figure on one page, in the colour and the grayscale layout of the README, through the engine:
/// a valid, tagged PDF that looks like its reviewed reference image.
final class FigureGalleryTests: XCTestCase {
    let shaper = FigureFixture.shaper
    let body = FigureFixture.body

    private func gallery(_ layout: LayoutFile) throws -> [any Block] {
        let risks = [(1, 2, 3), (2, 3, 3), (3, 2, 3), (4, 4, 4), (5, 1, 1), (6, 1, 4), (7, 4, 1), (8, 2, 2), (9, 3, 2), (10, 2, 4), (11, 3, 4)]
            .map { MatrixRisk(number: $0.0, probability: $0.1, consequence: $0.2) }
        let matrix = RiskMatrixFigure(risks: risks, style: try MatrixStyle(layout: layout), spaceAfter: 18)
        let badges = try BadgeStyle(layout: layout)
        let bands = try RiskBands(layout: layout)
        let rows = ActionStatus.allCases.enumerated().map { i, status in
            TableRow([TableCell([Paragraph("Risk \(i + 1)", style: body)]),
                      TableCell([RiskValueChip([2, 4, 9, 12, 16][i], bands: bands, style: badges, line: body)]),
                      TableCell([StatusBadge(status, style: badges, line: body)])])
        }
        let table = Table(columns: [.relative(1), .fixed(60), .fixed(100)], rows: rows, spaceAfter: 18)
        let process = try XCTUnwrap(try Figures.block(named: "processfigur", layout: layout))
        return [process, Spacer(18), matrix, table]
    }

    private func check(_ yaml: String, _ name: String) throws {
        let layout = try FigureFixture.layout(yaml, name)
        let pdf = try FigureFixture.write(blocks: gallery(layout), name)
        FigureFixture.png(pdf, height: 720)
        XCTAssertEqual(try pdf.pageCount, 1)
        XCTAssertTrue(try pdf.qpdfCheck().ok)
        XCTAssertEqual(try pdf.info["Tagged"], "yes")
        let text = try pdf.plainText
        for expected in ["Uppföljning och analys", "Sannolikhet", "Konsekvens", "Mycket hög (12–16)", "Ej påbörjad", "Avbruten"] {
            XCTAssertTrue(text.contains(expected), "\(name) lacks \(expected)")
        }
        ReferenceImage.assertMatches(pdf: pdf.url, page: 1, name: name)
    }

    func testTheColourLayout() throws { try check(try FigureReadme.colour, "figures-colour") }
    func testTheGrayscaleLayout() throws { try check(try FigureReadme.grayscale, "figures-grayscale") }
}
