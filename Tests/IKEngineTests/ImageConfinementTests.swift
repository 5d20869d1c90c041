import XCTest
import Foundation
import IKEngine
import CGraphics
import IKTestSupport

/// An SVG never pulls in what lies outside its own bytes: librsvg gets the bytes without a base file, so it
/// refuses every file and address the SVG refers to (a `data:` URL, inside the bytes, still draws).
final class ImageConfinementTests: XCTestCase {
    /// A page with the SVG as a 200 × 200 pt figure, rendered back; the pixel at the figure's centre.
    private func centrePixel(of svg: String) throws -> UInt8 {
        let image = try ImageSource(bytes: Array(svg.utf8), name: "logo.svg")
        var frame = Frame(size: Size(200, 200))
        frame.add(.image(image, Size(200, 200)))
        let canvas = Canvas(frame, tag: nil)
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([canvas])
        let url = try EngineFixture.write(pages, "svg-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let img = try PDFInspector(url).render(page: 1, dpi: 72)
        return img[Int(EngineFixture.pageStyle.margins.left) + 100, Int(EngineFixture.pageStyle.margins.top) + 100]
    }

    func testAnSVGThatRefersToAFileOutsideDrawsNothingOfIt() throws {
        // A black PNG on disk, referred to by absolute path and by file: URL.
        let png = EngineFixture.tempURL("black-\(UUID().uuidString).png")
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 20, 20)
        cairo_surface_write_to_png(surface, png.path)        // a new RGB24 surface is black
        cairo_surface_destroy(surface)
        defer { try? FileManager.default.removeItem(at: png) }
        for href in [png.path, "file://\(png.path)"] {
            let svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200">
                  <image xlink:href="\(href)" x="0" y="0" width="200" height="200"/></svg>
                """
            XCTAssertGreaterThan(try centrePixel(of: svg), 200, "\(href) was loaded into the PDF")
        }
        // The same picture inside the SVG, as a data: URL, is drawn: the check above can fail.
        let data = try Data(contentsOf: png).base64EncodedString()
        let inline = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200">
              <image xlink:href="data:image/png;base64,\(data)" x="0" y="0" width="200" height="200"/></svg>
            """
        XCTAssertLessThan(try centrePixel(of: inline), 60)
    }
}
