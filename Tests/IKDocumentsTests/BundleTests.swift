import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// The decision bundle read back: minutes then plan, each with its own numbering, labels and bookmarks.
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

    private func minutes(_ layout: String = "minutes-ange") throws -> RenderedDocument {
        let plan = try MinutesFixture.examplePlan()
        let doc = try XCTUnwrap(MinutesDocument(plan: plan, layout: try MinutesFixture.layout(layout)))
        return try doc.render(MinutesFixture.context)
    }

    func testTheBundleIsTheMinutesThenThePlanEachWithItsOwnNumbering() throws {
        let minutes = try minutes()
        let plan = RenderedDocument(pages: try planPages(), metadata: PDFMetadata(title: "Internkontrollplan 2026", date: "2025-11-26T00:00:00Z"))
        let bundle = DecisionBundle(minutes: minutes, plan: plan)
        let pages = bundle.join()
        XCTAssertEqual(pages.count, minutes.pages.count + plan.pages.count)
        let url = try MinutesFixture.write(pages, DecisionBundle.fileName, metadata: bundle.metadata)
        let pdf = PDFInspector(url)
        XCTAssertEqual(try pdf.pageCount, 1 + 4)
        XCTAssertEqual(try pdf.info["Title"], "Beslutsunderlag: Internkontrollplan 2026")
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
    }

    func testDestinationNamesAreUniqueAcrossParts() throws {
        let bundle = DecisionBundle(parts: [.init(title: "Protokoll", pages: try minutes().pages),
                                            .init(title: "Plan", pages: try planPages())],
                                    metadata: PDFMetadata(title: "B", date: "2025-11-26T00:00:00Z"))
        let names = bundle.join().flatMap(\.body.destinations)
        XCTAssertEqual(Set(names).count, names.count, "duplicates in \(names)")
        XCTAssertTrue(names.contains("part1.item-1"))
        XCTAssertTrue(names.contains("part2.item-1"))
        XCTAssertEqual(names.first, "part1")
    }

    func testTheFormalProtokollKeepsItsBoxesAndLabelsInTheBundle() throws {
        let minutes = try minutes("minutes-protokoll")
        let plan = RenderedDocument(pages: try planPages(chapters: 1), metadata: PDFMetadata(title: "Internkontrollplan 2026", date: "2025-11-26T00:00:00Z"))
        let bundle = DecisionBundle(minutes: minutes, plan: plan)
        let url = try MinutesFixture.write(bundle.join(), "beslutsunderlag-protokoll.pdf", metadata: bundle.metadata)
        let pdf = PDFInspector(url)
        let n = minutes.pages.count
        XCTAssertEqual(try pdf.pageCount, n + plan.pages.count)
        XCTAssertEqual(Array(try pdf.pageLabels.prefix(n + 1)), (1...n).map { "Protokoll \($0)" } + ["1"])
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        for i in 0..<n { XCTAssertTrue(texts[i].contains("Justerandes signatur"), "minutes page \(i + 1)") }
        XCTAssertFalse(texts[n].contains("Justerandes signatur"), "the plan has no justering boxes")
    }
}

extension BundleTests {
    func testTheRealPlanAndMinutesMakeOneBundle() throws {
        let plan = try MinutesFixture.examplePlan()
        let context = MinutesFixture.context
        let planDoc = try PlanDocument(plan: plan, layout: try MinutesFixture.layout("plan-ange"), context: context,
                                       folder: MinutesFixture.repository.appendingPathComponent("examples/ange-2026")).render()
        let minutes = try XCTUnwrap(MinutesDocument(plan: plan, layout: try MinutesFixture.layout("minutes-ange"))).render(context)
        let bundle = DecisionBundle(minutes: minutes, plan: planDoc)
        let pdf = PDFInspector(try MinutesFixture.write(bundle.join(), "beslutsunderlag-real.pdf", metadata: bundle.metadata))
        let n = planDoc.pages.count
        XCTAssertEqual(try pdf.pageCount, 1 + n)
        XCTAssertEqual(try pdf.pageLabels.first, "Minnesanteckningar 1")
        XCTAssertEqual(try pdf.pageLabels.count, 1 + n)
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        XCTAssertTrue(texts[0].contains("Sida 1(1)"))
        XCTAssertTrue(texts[n].contains("Sida \(n) av \(n)"), "the plan's last page counts the plan's pages only: \(texts[n].prefix(100))")
        let top = try pdf.outline.filter { $0.level == 1 }.map(\.title)
        XCTAssertEqual(top, ["Möte med politiska internkontrollanter 2025-11-26", "Internkontrollplan 2026"])
        XCTAssertTrue(try pdf.qpdfCheck().ok)
    }
}
