import XCTest
import Foundation
import IKEngine
import IKTestSupport

final class ImageAndFontTests: XCTestCase {
    private func writeSVG() throws -> URL {
        let url = EngineFixture.tempURL("logo.svg")
        try """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="0" y="0" width="200" height="100" fill="#1f4e79"/><circle cx="50" cy="50" r="30" fill="#ffffff"/>
        </svg>
        """.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testAnSVGLogoInTheHeaderIsDrawnAsVectorsAtItsAspectRatio() throws {
        let svg = try writeSVG()
        defer { try? FileManager.default.removeItem(at: svg) }
        let image = try ImageSource(contentsOf: svg)
        XCTAssertEqual(image.size.width / image.size.height, 2, accuracy: 0.01)
        var style = EngineFixture.pageStyle
        style.header?.left = .image(image, height: 20)
        let pages = try Paginator(style: style, context: EngineFixture.context())
            .paginate([Paragraph("Första sidan", style: EngineFixture.body), PageBreak(), Paragraph("Andra sidan", style: EngineFixture.body)])
        let url = try EngineFixture.write(pages, "logo.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let inspector = PDFInspector(url)
        XCTAssertEqual(try inspector.pageCount, 2)
        XCTAssertTrue(try inspector.qpdfCheck().ok)
        // The logo's blue shows in the header zone of page 2 (the first page has no header here).
        let img = try inspector.render(page: 2, dpi: 72)
        let top = Int(EngineFixture.pageStyle.header?.offset ?? 35) + 5
        let left = Int(EngineFixture.pageStyle.margins.left) + 3
        XCTAssertLessThan(Int(img[left, top]), 120, "dark logo pixel expected at (\(left), \(top))")
    }

    func testAMissingOrUnsupportedImageIsAClearError() {
        XCTAssertThrowsError(try ImageSource(contentsOf: URL(fileURLWithPath: "/nonexistent/logo.svg"))) {
            XCTAssertTrue("\($0)".contains("does not exist"), "\($0)")
        }
        XCTAssertThrowsError(try ImageSource(contentsOf: URL(fileURLWithPath: "/etc/hostname"))) {
            XCTAssertTrue("\($0)".contains("only PNG and SVG"), "\($0)")
        }
    }

    func testOnlyBundledFontsAreEmbeddedAndSymbolsFallBack() throws {
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context())
            .paginate([Paragraph([TextSpan("Åtgärd klar ✓ → ≥ − "), TextSpan("fet", bold: true), TextSpan(" kursiv", italic: true)],
                                 style: EngineFixture.body)])
        let url = try EngineFixture.write(pages, "fonts.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let fonts = try PDFInspector(url).fonts
        XCTAssertFalse(fonts.isEmpty)
        for f in fonts {
            XCTAssertTrue(f.embedded, "\(f.name) is not embedded")
            XCTAssertTrue(["Carlito", "DejaVuSans"].contains { f.name.contains($0) }, "unexpected font \(f.name)")
        }
        XCTAssertTrue(fonts.contains { $0.name.contains("Carlito-Bold") })
        XCTAssertTrue(fonts.contains { $0.name.contains("Carlito-Italic") })
        XCTAssertTrue(fonts.contains { $0.name.contains("DejaVuSans") }, "symbols fall back to DejaVu Sans")
        let text = try PDFInspector(url).plainText
        XCTAssertTrue(text.contains("✓ → ≥ −"), text)
    }

    func testTextsWithCharactersNoBundledFontHasAreReported() {
        let shaper = TextShaper(fonts: EngineFixture.fonts)
        _ = shaper.shape("Åtgärd klar ✓ → ≥", style: EngineFixture.body, width: 200)
        XCTAssertEqual(shaper.missingGlyphs, [], "Swedish and the symbols are covered")
        _ = shaper.shape("Risk 😀 中文", style: EngineFixture.body, width: 200)
        XCTAssertEqual(shaper.missingGlyphs, ["Risk 😀 中文"])
    }

    func testATurnedFrameReadsUpwardsFromItsPosition() throws {
        let shaper = TextShaper(fonts: EngineFixture.fonts)
        let title = shaper.shape("Sannolikhet", style: EngineFixture.body, width: 0)
        var inner = Frame(size: Size(title.naturalWidth, title.height))
        inner.add(.text(title, lines: 0..<title.lines.count))
        var body = Frame(size: Size(100, 200))
        body.add(.turnedUp(inner), at: Point(20, 150))
        let page = LaidOutPage(number: 1, body: body, style: EngineFixture.pageStyle)
        let url = try EngineFixture.write([page], "turned.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let word = try XCTUnwrap(try PDFInspector(url).words(page: 1).first { $0.text == "Sannolikhet" })
        let origin = EngineFixture.pageStyle.body.origin
        XCTAssertGreaterThan(word.box.maxY - word.box.minY, (word.box.maxX - word.box.minX) * 3, "the word stands upright")
        XCTAssertEqual(word.box.maxY, origin.y + 150, accuracy: 2, "it starts at the item's position…")
        XCTAssertEqual(word.box.minY, origin.y + 150 - title.naturalWidth, accuracy: 2, "…and reads upwards")
        XCTAssertEqual(word.box.minX, origin.x + 20, accuracy: 3)
    }
}
