import XCTest
import IKEngine
@testable import IKDocuments

/// The risk-value bands: defaults, reading them from a layout's `matrix:` section, and clear errors.
final class FigureBandsTests: XCTestCase {
    func testTheStandardBandsCoverEveryValue() {
        let b = RiskBands.standard
        XCTAssertEqual(b.bands.map(\.label), ["Låg", "Medel", "Hög", "Mycket hög"])
        XCTAssertEqual(b.bands.map(\.rangeText), ["1–3", "4–6", "8–9", "12–16"])
        XCTAssertEqual([1, 3, 4, 6, 8, 9, 12, 16].map { b.band(for: $0).label },
                       ["Låg", "Låg", "Medel", "Medel", "Hög", "Hög", "Mycket hög", "Mycket hög"])
    }

    func testEveryDefaultBandKeepsTextContrast() {
        for band in RiskBands.standard.bands {
            XCTAssertGreaterThanOrEqual(band.textColor.contrast(with: band.color), 4.5, band.label)
        }
    }

    func testBandsAreReadFromTheLayoutWithNamedColours() throws {
        let layout = try FigureFixture.layout("""
            matrix:
              bands:
                - {max: 4, color: "#ffffff", label: Liten}
                - {max: 16, color: accent, label: Stor}
            """, "bands-ok")
        let bands = try RiskBands(layout: layout)
        XCTAssertEqual(bands.bands.map(\.rangeText), ["1–4", "6–16"])
        XCTAssertEqual(bands.band(for: 12).color, Color(hex: "#1f4e79"))
        XCTAssertEqual(bands.band(for: 12).textColor, .white)
    }

    func testALayoutWithoutAMatrixSectionGetsTheStandardBands() throws {
        XCTAssertEqual(try RiskBands(layout: FigureFixture.layout("", "bands-none")), .standard)
    }

    func testTheGrayscaleSnippetOfTheReadmeReadsAndStaysReadable() throws {
        let layout = try FigureFixture.layout(try FigureReadme.grayscale, "bands-gray")
        let bands = try RiskBands(layout: layout)
        XCTAssertEqual(bands.bands.count, 4)
        for band in bands.bands { XCTAssertGreaterThanOrEqual(band.textColor.contrast(with: band.color), 4.5) }
        let badges = try BadgeStyle(layout: layout)
        for status in badges.colors.keys {
            let c = badges.colors(for: status)
            XCTAssertGreaterThanOrEqual(c.text.contrast(with: c.fill), 4.5, status.label)
        }
        _ = try ProcessFigureStyle(layout: layout)
    }

    private func assertBandError(_ bandsYAML: String, contains expected: [String], line: Int? = nil,
                                 file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertThrowsError(try RiskBands(layout: FigureFixture.layout("matrix:\n  bands:\n" + bandsYAML, "bands-bad")),
                             file: file, line: lineNumber) { error in
            let text = "\(error)"
            XCTAssertTrue(error is LayoutFileError, text, file: file, line: lineNumber)
            for e in expected { XCTAssertTrue(text.contains(e), "\(text) lacks \(e)", file: file, line: lineNumber) }
            if let line { XCTAssertTrue(text.contains(".yaml:\(line): error:"), text, file: file, line: lineNumber) }
        }
    }

    func testBadBandsAreClearErrors() {
        // Lines: colors 1–3, styles 4–5, page 6, matrix 7, bands 8, entries from 9.
        assertBandError("    - {max: 6, color: \"#00ff00\", label: A}\n    - {max: 3, color: \"#ff0000\", label: B}\n",
                        contains: ["matrix.bands:", "max 3 must be above the previous band's max 6"])
        assertBandError("    - {max: 3, color: \"#00ff00\", label: A}\n    - {max: 12, color: \"#ff0000\", label: B}\n",
                        contains: ["the last band must end at max: 16", "not 12"])
        assertBandError("    - {max: 6, color: \"#00ff00\", label: A}\n    - {max: 7, color: \"#ffff00\", label: B}\n    - {max: 16, color: \"#ff0000\", label: C}\n",
                        contains: ["7–7 holds no possible risk value"])
        assertBandError("    - {max: 3, color: \"#00ff00\", label: A}\n    - {max: 16, color: \"röd\", label: B}\n",
                        contains: ["\"röd\" is not a colour"], line: 10)
        assertBandError("    - {max: 16, colour: \"#00ff00\", label: A}\n",
                        contains: ["unknown key colour", "did you mean color?"], line: 9)
        assertBandError("    - {max: 16, color: \"#00ff00\"}\n", contains: ["label is missing"])
        assertBandError("    []\n", contains: ["give at least one band"])
    }

    /// The README snippets the figure tests read must be there: a renamed block fails, it does not pass empty.
    func testAMissingReadmeSnippetIsAFailure() throws {
        XCTAssertThrowsError(try FigureReadme.snippet("no-such-block")) { error in
            XCTAssertTrue("\(error)".contains("has no block opened by ```yaml no-such-block"), "\(error)")
        }
        XCTAssertTrue(try FigureReadme.colour.contains("matrix:"))
        XCTAssertTrue(try FigureReadme.grayscale.contains("matrix:"))
    }

    func testATypoInTheMatrixSectionIsNamed() {
        XCTAssertThrowsError(try MatrixStyle(layout: FigureFixture.layout("matrix:\n  bnds: []\n", "matrix-typo"))) { error in
            XCTAssertTrue("\(error)".contains("unknown key bnds (did you mean bands?)"), "\(error)")
        }
    }
}
