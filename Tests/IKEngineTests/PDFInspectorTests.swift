import XCTest
import Foundation
import CGraphics
import IKTestSupport
@testable import IKEngine

/// The PDF test toolkit checked against a PDF whose content is known: two A4 pages drawn with Cairo
/// and Pango directly (the engine is not involved), with metadata, outline, page labels and a link.
final class PDFInspectorTests: XCTestCase {
    /// Where the sample's words were drawn: baseline-left points, font size 20 (DejaVu Sans).
    static let titleOrigin = (x: 72.0, baseline: 100.0)
    static let pageTwoOrigin = (x: 100.0, baseline: 300.0)
    static let blackBox = PDFRect(x: 300, y: 400, width: 100, height: 50)

    /// Built once for the whole class: the tests only read it.
    private static let sample = Result { try makeSample() }
    private func sample() throws -> (url: URL, titleWidth: Double) { try Self.sample.get() }
    /// One inspector for all tests, so each tool runs once (the inspector caches its answers).
    private static let shared = Result { PDFInspector(try sample.get().url) }
    private func inspector() throws -> PDFInspector { try Self.shared.get() }

    override class func tearDown() {
        if let url = try? sample.get().url { try? FileManager.default.removeItem(at: url) }
        super.tearDown()
    }

    func testPageCountInfoAndPageTexts() throws {
        let pdf = try inspector()
        XCTAssertEqual(try pdf.pageCount, 2)
        let info = try pdf.info
        XCTAssertEqual(info["Title"], "Prov & <test>")
        XCTAssertEqual(info["Author"], "Åsa Öberg")
        XCTAssertEqual(info["Tagged"], "yes")
        XCTAssertTrue(info["Page size"]?.contains("A4") == true, "\(info)")
        let texts = try pdf.pageTexts
        XCTAssertEqual(texts.count, 2)
        XCTAssertTrue(texts[0].contains("Internkontrollplan 2026"), texts[0])
        XCTAssertTrue(texts[0].contains("Åsa & <Ånge>"), texts[0])
        XCTAssertFalse(texts[0].contains("Sida två"))
        XCTAssertTrue(texts[1].contains("Sida två"), texts[1])
    }

    func testPlainTextJoinsSoftHyphenatedWordsLikeTheNormalisedInput() throws {
        let pdf = try inspector()
        let plain = try pdf.plainText
        // Drawn as "kom\u{AD}pe\u{AD}tens…" in a narrow column: broken over lines, with hyphens.
        let input = PDFInspector.normalized("kom\u{AD}pe\u{AD}tens\u{AD}för\u{AD}sörj\u{AD}nings\u{AD}pla\u{AD}nen uppdaterade/\u{200B}reviderade")
        XCTAssertEqual(input, "kompetensförsörjningsplanen uppdaterade/reviderade")
        XCTAssertTrue(plain.contains(input), plain)
        XCTAssertFalse(plain.contains("\u{AD}"))
        XCTAssertEqual(PDFInspector.normalized("  a \n\n b\tc  "), "a b c")
        XCTAssertEqual(PDFInspector.normalized("mål- och\nresultat"), "mål-och resultat")
        XCTAssertEqual(PDFInspector.normalized("a\u{030A}"), "å")
    }

    func testWordBoxesAreWhereTheTextWasDrawn() throws {
        let titleWidth = try sample().titleWidth
        let pdf = try inspector()
        let words = try pdf.words(page: 1)
        guard let title = words.first(where: { $0.text == "Internkontrollplan" }) else {
            return XCTFail("no title word in \(words)")
        }
        // DejaVu Sans: ascent 0.928 em, descent 0.236 em in the PDF's font descriptor.
        XCTAssertEqual(title.box.minX, Self.titleOrigin.x, accuracy: 1)
        XCTAssertEqual(title.box.minY, Self.titleOrigin.baseline - 0.928 * 20, accuracy: 1)
        XCTAssertEqual(title.box.maxY, Self.titleOrigin.baseline + 0.236 * 20, accuracy: 1)
        XCTAssertEqual(title.box.maxX, Self.titleOrigin.x + titleWidth, accuracy: 1)
        XCTAssertTrue(words.contains { $0.text == "&" }, "entities unescaped: \(words.map(\.text))")
        XCTAssertTrue(words.contains { $0.text == "<Ånge>" }, "\(words.map(\.text))")
        let two = try pdf.words(page: 2)
        XCTAssertEqual(two.first?.text, "Sida")
        XCTAssertEqual(two.first?.box.minX ?? 0, Self.pageTwoOrigin.x, accuracy: 1)
        let size = try pdf.pageSize(page: 2)
        XCTAssertEqual(size.width, 595.28, accuracy: 0.1)
        XCTAssertEqual(size.height, 841.89, accuracy: 0.1)
        XCTAssertThrowsError(try pdf.words(page: 3))
    }

    func testTextOutsideArea() throws {
        let pdf = try inspector()
        let textArea = PDFRect(minX: 60, minY: 60, maxX: 540, maxY: 790)
        XCTAssertEqual(try pdf.textOutsideArea(page: 2, area: textArea), [])
        let narrow = PDFRect(minX: 60, minY: 60, maxX: 150, maxY: 790)
        let outside = try pdf.textOutsideArea(page: 1, area: narrow).map(\.text)
        XCTAssertTrue(outside.contains("2026"), "\(outside)")
        XCTAssertFalse(outside.contains("Åsa"), "\(outside)")
    }

    func testFontsAndValidity() throws {
        let pdf = try inspector()
        let fonts = try pdf.fonts
        XCTAssertFalse(fonts.isEmpty)
        for font in fonts {
            XCTAssertTrue(font.embedded && font.subset && font.hasToUnicode, "\(font)")
        }
        XCTAssertTrue(fonts.contains { $0.baseName.hasPrefix("DejaVuSans") }, "\(fonts)")
        let check = try pdf.qpdfCheck()
        XCTAssertTrue(check.ok, check.output)
    }

    func testQpdfCheckFailsOnADamagedFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-damaged-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        var data = try Data(contentsOf: try sample().url)
        data.removeSubrange(data.count / 2..<(data.count / 2 + 200))
        try data.write(to: url)
        let check = try PDFInspector(url).qpdfCheck()
        XCTAssertFalse(check.ok, check.output)
    }

    func testPageLabelsOutlineAndLinks() throws {
        let pdf = try inspector()
        XCTAssertEqual(try pdf.pageLabels, ["i", "1"])
        let outline = try pdf.outline
        XCTAssertEqual(outline.map(\.title), ["Inledning", "Risker", "Riskmatris"])
        XCTAssertEqual(outline.map(\.level), [1, 1, 2])
        let links = try pdf.links(page: 1)
        XCTAssertEqual(links.count, 1)
        XCTAssertEqual(links.first?.uri, "https://www.ange.se")
        XCTAssertEqual(links.first?.rect.minX ?? 0, 72, accuracy: 2)
        XCTAssertEqual(try pdf.links(page: 2), [])
    }

    func testAbsentPageLabelsAndOutlineAreEmpty() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-plain-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = cairo_pdf_surface_create(url.path, 200, 100)
        cairo_surface_show_page(surface)
        cairo_surface_finish(surface)
        XCTAssertEqual(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS)
        cairo_surface_destroy(surface)
        let pdf = PDFInspector(url)
        XCTAssertEqual(try pdf.pageLabels, [])
        XCTAssertTrue(try pdf.outline.isEmpty)
        XCTAssertEqual(try pdf.words(page: 1), [])
        XCTAssertEqual(try pdf.fonts, [])
        XCTAssertEqual(try pdf.pageTexts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }, [""])
    }

    func testToolErrorsCarryCommandAndStderr() {
        let pdf = PDFInspector(URL(fileURLWithPath: "/nonexistent/x.pdf"))
        XCTAssertThrowsError(try pdf.pageCount) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("pdfinfo") && message.contains("/nonexistent/x.pdf"), message)
        }
        XCTAssertEqual(try PDFInspector(URL(fileURLWithPath: "/nonexistent/x.pdf")).qpdfCheck().ok, false)
    }

    func testRenderedPagesAndComparison() throws {
        let pdf = try inspector()
        let dpi = 36
        let one = try pdf.render(page: 1, dpi: dpi)
        // A4 at 36 dpi: 8.27 × 11.69 in.
        XCTAssertEqual(one.width, 298, accuracy: 1)
        XCTAssertEqual(one.height, 421, accuracy: 1)
        let scale = Double(dpi) / 72
        // The top right corner is blank; the middle of the black box is black.
        XCTAssertEqual(one.range(x: one.width - 60, y: 0, width: 60, height: 40).min, 255)
        let box = Self.blackBox
        XCTAssertEqual(one[Int((box.minX + box.width / 2) * scale), Int((box.minY + box.height / 2) * scale)], 0)
        XCTAssertEqual(compare(one, one).meanAbsDiff, 0)
        XCTAssertEqual(compare(one, one).differingFraction, 0)
        let two = try pdf.render(page: 2, dpi: dpi)
        let d = compare(one, two)
        XCTAssertGreaterThan(d.meanAbsDiff, 0)
        XCTAssertGreaterThan(d.differingFraction, 0)
        // PGM written and read back is the same image.
        let back = try GrayImage(pgm: one.pgmData)
        XCTAssertEqual(back, one)
        XCTAssertThrowsError(try GrayImage(pgm: Data("P6\n1 1\n255\n\0\0\0".utf8)))
        XCTAssertThrowsError(try GrayImage(pgm: Data("P5\n10 10\n255\n\0".utf8)))
    }

    func testReferenceImagesAreRecordedOnlyOnRequestAndCompared() throws {
        let url = try sample().url
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-refs-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        func check(page: Int, update: Bool) throws -> ReferenceImage.Outcome {
            try ReferenceImage.check(pdf: url, page: page, name: "sample-p1", dpi: 20, tolerance: 0.001,
                                     directory: dir, update: update)
        }
        let missing = try check(page: 1, update: false)
        XCTAssertEqual(missing, .missing(dir.appendingPathComponent("sample-p1.pgm")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path), "nothing written without the update flag")
        XCTAssertEqual(try check(page: 1, update: true), .recorded(dir.appendingPathComponent("sample-p1.pgm")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("sample-p1.png").path))
        XCTAssertEqual(try check(page: 1, update: false), .matched(meanAbsDiff: 0, differingFraction: 0))
        guard case let .mismatch(mean, fraction, actual, sizesDiffer) = try check(page: 2, update: false) else {
            return XCTFail("page 2 should not match page 1's reference")
        }
        XCTAssertGreaterThan(mean, 0)
        XCTAssertGreaterThan(fraction, 0.001)
        XCTAssertFalse(sizesDiffer)
        XCTAssertEqual(try GrayImage(contentsOf: actual), try PDFInspector(url).render(page: 2, dpi: 20))
        try? FileManager.default.removeItem(at: actual)
        XCTAssertThrowsError(try ReferenceImage.check(pdf: url, page: 1, name: "../escape", dpi: 20, tolerance: 0,
                                                      directory: dir, update: true))
        XCTAssertTrue(ReferenceImage.directory.path.hasSuffix("Tests/References"), ReferenceImage.directory.path)
    }

    // MARK: - The sample PDF

    private static func makeSample() throws -> (url: URL, titleWidth: Double) {
        let fonts = try FontLibrary(directory: FontLibrary.defaultDirectory())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-inspector-\(getpid()).pdf")
        guard let surface = cairo_pdf_surface_create(url.path, Size.a4.width, Size.a4.height),
              let cr = cairo_create(surface) else { throw EngineError.cairo("no surface") }
        defer { cairo_destroy(cr); cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Prov & <test>")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, "Åsa Öberg")
        let none = cairo_pdf_outline_flags_t(rawValue: 0)
        _ = cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, "Inledning", "page=1", none)
        let risks = cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, "Risker", "page=2", none)
        _ = cairo_pdf_surface_add_outline(surface, risks, "Riskmatris", "page=2", none)

        // A link outside any structure element leaves a dangling /StructParent in cairo 1.16
        // (qpdf: "file is damaged"), so the page is wrapped in Document/P.
        cairo_tag_begin(cr, "Document", "")
        cairo_pdf_surface_set_page_label(surface, "i")
        cairo_tag_begin(cr, "P", "")
        let titleWidth = show(fonts, cr, "Internkontrollplan", at: titleOrigin, size: 20, draw: false)
        show(fonts, cr, "Internkontrollplan 2026", at: titleOrigin, size: 20)
        show(fonts, cr, "Åsa & <Ånge>", at: (72, 200), size: 12)
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri='https://www.ange.se'")
        show(fonts, cr, "ange.se", at: (72, 230), size: 12)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
        show(fonts, cr, "kom\u{AD}pe\u{AD}tens\u{AD}för\u{AD}sörj\u{AD}nings\u{AD}pla\u{AD}nen uppdaterade/\u{200B}reviderade",
             at: (72, 300), size: 10, width: 60)
        cairo_tag_end(cr, "P")
        cairo_rectangle(cr, blackBox.minX, blackBox.minY, blackBox.width, blackBox.height)
        cairo_fill(cr)
        cairo_show_page(cr)

        cairo_pdf_surface_set_page_label(surface, "1")
        cairo_tag_begin(cr, "P", "")
        show(fonts, cr, "Sida två", at: pageTwoOrigin, size: 20)
        cairo_tag_end(cr, "P")
        cairo_tag_end(cr, "Document")
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw EngineError.cairo("sample PDF: \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        return (url, titleWidth)
    }

    /// Draws `text` with its first baseline at `at`; returns the logical width in points.
    @discardableResult
    private static func show(_ fonts: FontLibrary, _ cr: OpaquePointer, _ text: String, at: (x: Double, baseline: Double),
                             size: Int, width: Double? = nil, draw: Bool = true) -> Double {
        let layout = pango_layout_new(fonts.context)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let desc = pango_font_description_from_string("DejaVu Sans \(size)")
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)
        if let width { pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE))) }
        pango_layout_set_text(layout, text, -1)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        if draw {
            cairo_move_to(cr, at.x, at.baseline - baseline)
            pango_cairo_show_layout(cr, layout)
        }
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}
