import XCTest
import Foundation
import CGraphics
import IKTestSupport
@testable import IKEngine

/// Proves the build and the C libraries from day one: one A4 page with Pango text through Cairo.
final class SmokeTests: XCTestCase {
    func testPrivateFontsSeeOnlyTheBundledFamilies() throws {
        let fonts = try FontLibrary(directory: FontLibrary.defaultDirectory())
        // Pango adds its generic aliases (Sans, Serif, …) on top; they resolve to bundled fonts.
        let generic: Set<String> = ["Sans", "Serif", "Monospace", "System-ui"]
        XCTAssertEqual(fonts.families.subtracting(generic), ["Carlito", "Liberation Sans", "Liberation Serif", "DejaVu Sans"])
    }

    func testOneA4PageWithSwedishText() throws {
        let fonts = try FontLibrary(directory: FontLibrary.defaultDirectory())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-smoke-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = cairo_pdf_surface_create(url.path, Size.a4.width, Size.a4.height)
        let cr = cairo_create(surface)
        let layout = pango_layout_new(fonts.context)
        let desc = pango_font_description_from_string("Carlito 12")
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)
        pango_layout_set_text(layout, "Ånge kommun – Internkontrollplan", -1)
        cairo_move_to(cr, 72, 72)
        pango_cairo_show_layout(cr, layout)
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_show_page(cr)
        XCTAssertEqual(cairo_status(cr), CAIRO_STATUS_SUCCESS)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        XCTAssertEqual(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS)
        cairo_surface_destroy(surface)
        let text = try PDFTool.run("pdftotext", [url.path, "-"])
        XCTAssertTrue(text.contains("Ånge kommun – Internkontrollplan"), text)
        let fontsOut = try PDFTool.run("pdffonts", [url.path])
        XCTAssertTrue(fontsOut.contains("Carlito"), fontsOut)
    }
}
