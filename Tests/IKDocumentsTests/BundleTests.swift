import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKPDF
import IKTestSupport

/// The decision bundle read back: minutes then plan, joined from their finished PDFs, each with its own
/// numbering, labels and bookmarks.
final class BundleTests: XCTestCase {
    /// A stand-in for the plan: chapters with bookmarks (one named like a minutes item, to prove the
    /// names stay apart), a table-of-contents line linking to chapter 2, "Sida x av N" in the header.
    private func planPages(chapters: Int = 3) throws -> [LaidOutPage] {
        let body = TextStyle(family: "Carlito", size: 11)
        let heading = body.with { $0.size = 16; $0.bold = true }
        var blocks: [any Block] = [ReferenceLine([TextSpan("2 Kapitel två")], style: body, destination: "chapter-2")]
        for n in 1...chapters {
            blocks.append(PageBreak())
            blocks.append(Paragraph([TextSpan("\(n) Kapitel")], style: heading, keepWithNext: true, tag: .heading(level: 1),
                                    anchor: n == 1 ? "item-1" : "chapter-\(n)", outline: ("\(n) Kapitel", 1)))
            blocks.append(Paragraph([TextSpan("\(n).1 Avsnitt")], style: body.with { $0.bold = true }, keepWithNext: true, tag: .heading(level: 2),
                                    anchor: "section-\(n)", outline: ("\(n).1 Avsnitt", 2)))
            blocks.append(Paragraph("Text i kapitel \(n).", style: body))
        }
        let style = PageStyle(margins: Insets(all: 70),
                              header: PageDecoration(left: .text(["Ånge kommun"]), right: .text(["Sida {page} av {pages}"]), style: body, offset: 35))
        return try Paginator(style: style, context: MinutesFixture.context.layout).paginate(blocks)
    }

    private func minutes(_ layout: String = "minutes-ange", signatories: [Signatory] = []) throws -> RenderedDocument {
        var plan = try MinutesFixture.examplePlan()
        plan.meeting?.signatories = signatories
        let doc = try XCTUnwrap(MinutesDocument(plan: plan, layout: try MinutesFixture.layout(layout)))
        return try doc.render(MinutesFixture.context)
    }

    /// The bundle of two laid-out documents, drawn once each and joined, written as it is (no steps).
    private func bundle(_ minutes: RenderedDocument, _ plan: RenderedDocument, _ name: String) throws -> (RenderedPDF, PDFInspector) {
        let joined = try DecisionBundle.assemble(minutes: try minutes.pdf(), plan: try plan.pdf())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-bundle-\(getpid())-\(name)")
        try PDFOutput().write([PDFOutput.File(url: url, pdf: joined)])
        return (joined, PDFInspector(url))
    }

    func testTheBundleIsTheMinutesThenThePlanEachWithItsOwnNumbering() throws {
        let minutes = try minutes()
        let plan = RenderedDocument(pages: try planPages(), metadata: PDFMetadata(title: "Internkontrollplan 2026", date: "2025-11-26T00:00:00Z"))
        let (joined, pdf) = try bundle(minutes, plan, DecisionBundle.fileName)
        XCTAssertEqual(joined.pageCount, minutes.pages.count + plan.pages.count)
        XCTAssertEqual(try pdf.pageCount, 1 + 4)
        XCTAssertEqual(try pdf.info["Title"], "Beslutsunderlag: Internkontrollplan 2026")
        XCTAssertEqual(joined.metadata.title, "Beslutsunderlag: Internkontrollplan 2026")
        XCTAssertTrue(try pdf.qpdfCheck().ok)

        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        XCTAssertTrue(texts[0].contains("Sida 1(1)"), texts[0])
        XCTAssertTrue(texts[0].contains("1. Antagande av förslag till internkontrollplan 2026"))
        for i in 1...4 { XCTAssertTrue(texts[i].contains("Sida \(i) av 4"), "plan page \(i): \(texts[i])") }
        XCTAssertEqual(try pdf.pageLabels, ["Minnesanteckningar 1", "1", "2", "3", "4"])

        let outline = try pdf.outline
        XCTAssertEqual(outline.map(\.title), ["Möte med politiska internkontrollanter 2025-11-26",
                                              "1. Antagande av förslag till internkontrollplan 2026",
                                              "Internkontrollplan 2026",
                                              "1 Kapitel", "1.1 Avsnitt", "2 Kapitel", "2.1 Avsnitt", "3 Kapitel", "3.1 Avsnitt"])
        XCTAssertEqual(outline.map(\.level), [1, 2, 1, 2, 3, 2, 3, 2, 3])

        // The plan's table of contents still leads to its own chapter 2, under the part's prefix.
        let link = try XCTUnwrap(try pdf.links(page: 2).first)
        XCTAssertEqual(link.destination, "part2.chapter-2")
        XCTAssertTrue(texts[1].contains("2 Kapitel två"), "the page reference still resolves")
        // The structure log pairs with the joined tree: the link's element keeps the prefixed target.
        XCTAssertTrue(joined.structure.elements.contains { if case .link("#part2.chapter-2", _, _) = $0 { return true }; return false })
        XCTAssertEqual(joined.structure.elements.count, try minutes.pdf().structure.elements.count + (try plan.pdf().structure.elements.count))
    }

    func testDestinationNamesAreUniqueAcrossPartsAndEveryLinkResolves() throws {
        let plan = RenderedDocument(pages: try planPages(), metadata: PDFMetadata(title: "Plan", date: "2025-11-26T00:00:00Z"))
        let (joined, _) = try bundle(try minutes(), plan, "beslutsunderlag-names.pdf")
        let doc = try PDFDocument(data: joined.bytes)
        let names = try doc.dictionary(try doc.dictionary(try doc.catalog()["Names"])?["Dests"])
        let list = try doc.resolve(names?["Names"]).arrayValue ?? []
        let keys = stride(from: 0, to: list.count, by: 2).compactMap { list[$0].stringValue?.text }
        XCTAssertEqual(Set(keys).count, keys.count, "duplicates in \(keys)")
        XCTAssertEqual(keys, keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }, "a name tree is sorted")
        for name in ["part1", "part2", "part1.item-1", "part2.item-1", "part2.chapter-2"] {
            XCTAssertTrue(keys.contains(name), "\(name) in \(keys)")
        }
        // Every link and bookmark goes to a name the tree holds.
        for page in try doc.pages() {
            for annotation in try doc.annotations(of: page) {
                guard let dest = annotation.dictionary["Dest"]?.stringValue?.text else { continue }
                XCTAssertTrue(keys.contains(dest), "link to \(dest)")
            }
        }
    }

    func testTheFormalProtokollKeepsItsBoxesAndLabelsInTheBundle() throws {
        let minutes = try minutes("minutes-protokoll", signatories: [Signatory(name: "Eva Mörk Månsson", role: .chair),
                                                                      Signatory(name: "Olof Bäckman", role: .secretary)])
        let plan = RenderedDocument(pages: try planPages(chapters: 1), metadata: PDFMetadata(title: "Internkontrollplan 2026", date: "2025-11-26T00:00:00Z"))
        let (joined, pdf) = try bundle(minutes, plan, "beslutsunderlag-protokoll.pdf")
        let n = minutes.pages.count
        // The protokoll's signature fields come along, on the same pages, for the form step.
        let own = try minutes.pdf().formFields
        XCTAssertFalse(own.isEmpty, "the protokoll has signature fields")
        XCTAssertEqual(joined.formFields, own, "the minutes come first: same pages, same places")
        XCTAssertEqual(try pdf.pageCount, n + plan.pages.count)
        XCTAssertEqual(Array(try pdf.pageLabels.prefix(n + 1)), (1...n).map { "Protokoll \($0)" } + ["1"])
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        for i in 0..<n { XCTAssertTrue(texts[i].contains("Justerandes signatur"), "minutes page \(i + 1)") }
        XCTAssertFalse(texts[n].contains("Justerandes signatur"), "the plan has no justering boxes")
    }
}

extension BundleTests {
    /// The bundle's pages are the two files' pages: the same text, page by page.
    func testTheRealPlanAndMinutesMakeOneBundle() throws {
        let plan = try MinutesFixture.examplePlan()
        let context = MinutesFixture.context
        let planDoc = try PlanDocument(plan: plan, layout: try MinutesFixture.layout("plan-ange"), context: context,
                                       folder: MinutesFixture.repository.appendingPathComponent("examples/ange-2026")).render()
        let minutes = try XCTUnwrap(MinutesDocument(plan: plan, layout: try MinutesFixture.layout("minutes-ange"))).render(context)
        let (_, pdf) = try bundle(minutes, planDoc, "beslutsunderlag-real.pdf")
        let n = planDoc.pages.count
        XCTAssertEqual(try pdf.pageCount, 1 + n)
        XCTAssertEqual(try pdf.pageLabels.first, "Minnesanteckningar 1")
        XCTAssertEqual(try pdf.pageLabels.count, 1 + n)
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        XCTAssertTrue(texts[0].contains("Sida 1(1)"))
        XCTAssertTrue(texts[n].contains("Sida \(n) av \(n)"), "the plan's last page counts the plan's pages only: \(texts[n].prefix(100))")
        let planURL = try MinutesFixture.write(planDoc.pages, "plan-alone.pdf", metadata: planDoc.metadata)
        XCTAssertEqual(Array(texts.dropFirst()), try PDFInspector(planURL).pageTexts.map(PDFInspector.normalized))
        let top = try pdf.outline.filter { $0.level == 1 }.map(\.title)
        XCTAssertEqual(top, ["Möte med politiska internkontrollanter 2025-11-26", "Internkontrollplan 2026"])
        XCTAssertTrue(try pdf.qpdfCheck().ok)
    }
}
