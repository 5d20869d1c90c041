import Foundation
import XCTest
import IKDocuments
import IKEngine
import IKInput
import IKPDF
import IKTestSupport
@testable import IKArchive

/// The PDF/UA-1 conversion on files the engine writes, read back with the object layer (veraPDF's verdict
/// on the real documents is in PDFUAValidationTests).
final class PDFUAConverterTests: XCTestCase {
    static let fonts: FontLibrary = {
        do { return try FontLibrary(directory: FontLibrary.defaultDirectory()) } catch { preconditionFailure("fonts: \(error)") }
    }()

    func testUnmarkedContentAndDecorationsBecomeArtifactsAndTheRestIsCopied() throws {
        let content = """
        q 0 0 1 rg 0 0 10 10 re f
        /P <</MCID 0>> BDC BT (a\\)) Tj ET EMC
        0 0 m 1 1 l S
        /Private <</MCID 1>> BDC BT <41> Tj ET EMC
        /P <</MCID 2>> BDC /Span <</ActualText (fi)>> BDC BT (fi) Tj ET EMC EMC Q
        """
        let marked = try ContentMarker(decorations: [1: "Header"], decorationName: "Private").mark(Array(content.utf8))
        XCTAssertEqual(String(decoding: marked.bytes, as: UTF8.self), """
        q 0 0 1 rg /Artifact BMC
        0 0 10 10 re f
        EMC
        /P <</MCID 0>> BDC BT (a\\)) Tj ET EMC
        /Artifact BMC
        0 0 m 1 1 l S
        EMC
        /Artifact <</Type /Pagination /Subtype /Header>> BDC BT <41> Tj ET EMC
        /P <</MCID 2>> BDC /Span <</ActualText (fi)>> BDC BT (fi) Tj ET EMC EMC Q
        """)
        XCTAssertEqual(marked.artifactRuns, 2)
        XCTAssertEqual(marked.unmarkedTextRuns, 0)
        XCTAssertEqual(marked.decorationsMarked, 1)
        let text = try ContentMarker(decorations: [:], decorationName: "Private").mark(Array("BT (lost) Tj ET".utf8))
        XCTAssertEqual(text.unmarkedTextRuns, 1, "untagged text is counted: a gap in the documents' tagging")
        XCTAssertThrowsError(try ContentMarker(decorations: [:], decorationName: "Private").mark(Array("/P BMC (x) Tj".utf8)))
    }

    private func document() throws -> (RenderedPDF, StructureLog) {
        let context = LayoutContext(shaper: TextShaper(fonts: Self.fonts))
        let body = TextStyle(family: "Carlito", size: 11)
        let style = PageStyle(margins: Insets(top: 70, right: 60, bottom: 70, left: 60),
                              header: PageDecoration(left: .text(["Ånge kommun"]), right: .text(["Sida {page} av {pages}"]), style: body, offset: 35))
        var drawing = Frame(size: Size(40, 20))
        drawing.add(.rect(Size(40, 20), fill: .black, stroke: nil, radius: 0))
        let blocks: [any Block] = [
            Paragraph([TextSpan("Rubrik")], style: body, tag: .heading(level: 1)),
            Paragraph([TextSpan("Se "), TextSpan("webbplatsen", link: "https://www.ange.se"), TextSpan(".")], style: body),
            Canvas(drawing, tag: .figure(alt: "En svart rektangel")),
            Table(columns: [.relative(1), .relative(1)],
                  header: [TableRow([TableCell([Paragraph("Risk", style: body)]), TableCell([Paragraph("Värde", style: body)])])],
                  rows: [TableRow([TableCell([Paragraph("Brand och annat", style: body)], columnSpan: 2)])]),
        ]
        let pages = try Paginator(style: style, context: context).paginate(blocks)
        let pdf = try PDFWriter(metadata: PDFMetadata(title: "Test", date: "2026-01-01T00:00:00Z")).render(pages)
        return (pdf, pdf.structure)
    }

    func testFiguresHeaderCellsLinksLanguageAndTabOrder() throws {
        let (pdf, log) = try document()
        let converter = PDFUAConverter(language: "sv-SE")
        let (bytes, report) = try converter.convert([UInt8](pdf.bytes), structure: log)
        XCTAssertEqual(try converter.convert([UInt8](pdf.bytes), structure: log).bytes, bytes, "deterministic")
        XCTAssertEqual(Array(bytes.prefix(pdf.bytes.count)), [UInt8](pdf.bytes), "an incremental update")
        XCTAssertEqual(report.elements, log.elements.count)
        XCTAssertEqual(report.figures, 1)
        XCTAssertEqual(report.headerCells, 2)
        XCTAssertEqual(report.links, 1)
        XCTAssertEqual(report.decorations, 1, "the running head of the one page")
        XCTAssertEqual(report.unmarkedTextRuns, 0)

        let doc = try PDFDocument(bytes: bytes)
        let catalog = try doc.catalog()
        XCTAssertEqual(catalog["Lang"]?.stringValue?.text, "sv-SE")
        XCTAssertEqual(try doc.dictionary(catalog["ViewerPreferences"])?["DisplayDocTitle"], .bool(true))
        XCTAssertEqual(try doc.dictionary(catalog["MarkInfo"])?["Marked"], .bool(true))
        for page in try doc.pages() { XCTAssertEqual(page.dictionary["Tabs"]?.nameValue, "S") }

        var elements: [PDFDictionary] = []
        func walk(_ k: PDFObject?) throws {
            guard let k else { return }
            let items: [PDFObject] = k.arrayValue ?? [k]
            for item in items {
                guard let e = try doc.dictionary(item), e["S"] != nil else { continue }
                elements.append(e)
                try walk(e["K"])
            }
        }
        try walk(try doc.dictionary(catalog["StructTreeRoot"])?["K"])
        XCTAssertEqual(elements.compactMap { $0["S"]?.nameValue }, log.cairoNames.filter { $0 != StructureTag.decorationName })
        let figure = try XCTUnwrap(elements.first { $0["S"]?.nameValue == "Figure" })
        XCTAssertEqual(figure["Alt"]?.stringValue?.text, "En svart rektangel")
        let th = elements.filter { $0["S"]?.nameValue == "TH" }.compactMap { $0["A"]?.dictionaryValue }
        XCTAssertEqual(th.map { $0["Scope"]?.nameValue }, ["Column", "Column"])
        let td = try XCTUnwrap(elements.first { $0["S"]?.nameValue == "TD" }?["A"]?.dictionaryValue)
        XCTAssertEqual(td["ColSpan"]?.integerValue, 2)
        let link = try XCTUnwrap(try doc.annotations().first { $0.subtype == "Link" })
        XCTAssertEqual(link.dictionary["Contents"]?.stringValue?.text, "webbplatsen")
        XCTAssertNotNil(link.dictionary["StructParent"], "the link is in the structure tree")
        XCTAssertFalse(elements.contains { $0["S"]?.nameValue == "Private" }, "decorations leave the structure tree")
        let page = try XCTUnwrap(try doc.pages().first)
        let content = String(decoding: try doc.decodedData(try XCTUnwrap(try doc.resolve(page.dictionary["Contents"]).streamValue)), as: UTF8.self)
        XCTAssertTrue(content.contains("/Artifact <</Type /Pagination /Subtype /Header>> BDC"), "the running head is a pagination artifact")
        XCTAssertFalse(content.contains("/Private"))
    }

    func testATreeThatDoesNotMatchTheLogIsRefused() throws {
        let (pdf, log) = try document()
        var wrong = log
        wrong.elements.removeLast()
        XCTAssertThrowsError(try PDFUAConverter().convert([UInt8](pdf.bytes), structure: wrong))
        var renamed = log
        renamed.elements[2] = .paragraph
        XCTAssertThrowsError(try PDFUAConverter().convert([UInt8](pdf.bytes), structure: renamed)) { error in
            XCTAssertTrue("\(error)".contains("structure element 3 is /H1"), "\(error)")
        }
    }
}

/// The real documents: every piece of text the documents draw is either tagged content or page furniture;
/// nothing is made an artifact for want of a tag.
final class PDFUADocumentTests: XCTestCase {
    func testTheExampleLeavesNoTextUntaggedInEitherLook() throws {
        let context = try DocumentContext()
        let folder = ResourceLocator.find("examples").appendingPathComponent("ange-2026")
        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        let plan = try XCTUnwrap(loaded, diagnostics.renderedText())
        for (planLayout, minutesLayout) in [("plan-ange", "minutes-ange"), ("plan-grayscale", "minutes-protokoll")] {
            let planDoc = try PlanDocument(plan: plan, layout: try context.layoutFile(LayoutFile.bundled(planLayout)),
                                           context: context, folder: folder).render()
            let minutes = try XCTUnwrap(MinutesDocument(plan: plan, layout: try context.layoutFile(LayoutFile.bundled(minutesLayout))))
                .render(context)
            let planPDF = try planDoc.pdf(), minutesPDF = try minutes.pdf()
            for (name, pdf) in [("plan", planPDF), ("minutes", minutesPDF),
                                ("bundle", try DecisionBundle.assemble(minutes: minutesPDF, plan: planPDF))] {
                let report = try PDFUAConverter().convert([UInt8](pdf.bytes), structure: pdf.structure).report
                XCTAssertEqual(report.unmarkedTextRuns, 0, "\(planLayout)/\(name): text drawn outside any tag")
                XCTAssertEqual(report.decorations, pdf.structure.elements.filter { if case .decoration = $0 { return true }; return false }.count)
                XCTAssertGreaterThan(report.decorations, 0, "\(planLayout)/\(name): running heads are decorations")
                XCTAssertGreaterThan(report.figures + report.headerCells, 0)
            }
        }
    }
}
