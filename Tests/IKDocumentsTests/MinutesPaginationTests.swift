import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// Long minutes: every page says "Sida x(N)", and no item's heading is left at a page foot.
final class MinutesPaginationTests: XCTestCase {
    func testFifteenLongItemsPaginateWithSidaXOfNOnEveryPage() throws {
        let meeting = MinutesFixture.longMeeting()
        let pages = try MinutesFixture.minutes(meeting, layout: "minutes-ange").layout(MinutesFixture.context.layout)
        let pdf = PDFInspector(try MinutesFixture.write(pages, "minutes-long.pdf"))
        let n = try pdf.pageCount
        XCTAssertGreaterThanOrEqual(n, 4, "15 long items take several pages")
        XCTAssertEqual(n, pages.count)
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        for (i, text) in texts.enumerated() {
            XCTAssertTrue(text.contains("Sida \(i + 1)(\(n))"), "page \(i + 1): \(text.prefix(120))")
        }
        XCTAssertEqual(try pdf.pageLabels, (1...n).map { "Minnesanteckningar \($0)" })
        for item in meeting.items {
            let heading = "\(item.number). \(item.title)"
            let page = try XCTUnwrap(texts.firstIndex { $0.contains(heading) }, "\(heading) is printed")
            // The heading's page also holds the start of its text: "Beslut" and the proposal after it.
            let after = try XCTUnwrap(texts[page].range(of: heading)).upperBound
            let rest = texts[page][after...]
            XCTAssertTrue(rest.hasPrefix(" Beslut Kommunstyrelsens internkontrollanter"),
                          "item \(item.number) on page \(page + 1) is followed by: \(rest.prefix(80))")
        }
        // Every summary paragraph is printed once, in order.
        let all = texts.joined(separator: " ")
        var cursor = all.startIndex
        for item in meeting.items {
            for p in item.summary.blocks.indices {
                let marker = "Stycke \(p + 1) i ärende \(item.number)."
                let r = try XCTUnwrap(all.range(of: marker, range: cursor..<all.endIndex), "\(marker) in order")
                cursor = r.upperBound
            }
        }
    }

    func testAnItemHeadingNeverEndsAPage() throws {
        // Items of varying length land headings at every height of the page; none may be left last.
        let meeting = MinutesFixture.longMeeting(items: 15, paragraphs: 2)
        let pages = try MinutesFixture.minutes(meeting, layout: "minutes-protokoll").layout(MinutesFixture.context.layout)
        let pdf = PDFInspector(try MinutesFixture.write(pages, "protokoll-long.pdf"))
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        let n = texts.count
        XCTAssertGreaterThan(n, 2)
        for (i, text) in texts.enumerated() {
            XCTAssertTrue(text.contains("Sida \(i + 1)(\(n))"), "page \(i + 1)")
            XCTAssertTrue(text.contains("Justerandes signatur"), "page \(i + 1) has the justering boxes")
        }
        for item in meeting.items {
            let heading = "§ \(item.number) \(item.title)"
            let page = try XCTUnwrap(texts.firstIndex { $0.contains(heading) }, heading)
            let rest = texts[page][try XCTUnwrap(texts[page].range(of: heading)).upperBound...]
            XCTAssertTrue(rest.hasPrefix(" Beslut Kommunstyrelsens"), "§ \(item.number) on page \(page + 1): \(rest.prefix(60))")
        }
    }

    func testMoreSignatoriesThanAPageHoldsContinueOnTheNextPage() throws {
        // Twelve signatories with names of three hundred characters: the signature block is taller than a page.
        let name = String(repeating: "Namn ", count: 60)
        let signatories = (0..<12).map { Signatory(name: name + "\($0)", role: Signatory.Role.allCases[$0 % 3]) }
        let meeting = MinutesFixture.longMeeting(items: 1, paragraphs: 1, signatories: signatories)
        let pages = try MinutesFixture.minutes(meeting, layout: "minutes-ange").layout(MinutesFixture.context.layout)
        for page in pages {
            for (p, item) in page.body.items {
                guard case .text(let t, let lines) = item, !lines.isEmpty else { continue }
                XCTAssertLessThanOrEqual(p.y + t.height(of: lines), page.style.body.height + 0.5,
                                         "page \(page.number): \(t.text.prefix(30)) runs over the page foot")
            }
        }
        let text = try PDFInspector(try MinutesFixture.write(pages, "minutes-signatories.pdf")).pageTexts.joined(separator: " ")
        for n in 0..<12 { XCTAssertTrue(text.contains("Namn \(n)"), "signatory \(n) is printed") }
    }
}
