import XCTest
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// The minutes as printed: numbering, items, signatures, the formal variant; read back from the PDF.
final class MinutesRenderTests: XCTestCase {
    func testTheExampleMinutesAreOnePageNumberedSida1Of1() throws {
        let plan = try MinutesFixture.examplePlan()
        let doc = try XCTUnwrap(MinutesDocument(plan: plan, layout: try MinutesFixture.layout("minutes-ange")))
        let pages = try doc.layout(MinutesFixture.context.layout)
        let pdf = PDFInspector(try MinutesFixture.write(pages, "minutes-example.pdf"))
        XCTAssertEqual(try pdf.pageCount, 1)
        let text = PDFInspector.normalized(try pdf.pageTexts[0])
        for expected in ["Ånge kommun", "Sida 1(1)", "Möte med politiska internkontrollanter", "Datum 2025-11-26 10:00–13:00",
                         "Plats Bobergsgymnasiet", "Eva Mörk Månsson (S)", "Olof Bäckman",
                         "1. Antagande av förslag till internkontrollplan 2026", "Beslut",
                         "Kommunstyrelsens internkontrollanter föreslår kommunstyrelsen besluta att",
                         "1. Anta förslag till Internkontrollplan 2026.", "Sammanfattning", "Vid pennan Olof Bäckman"] {
            XCTAssertTrue(text.contains(expected), "missing \"\(expected)\" in: \(text)")
        }
        XCTAssertFalse(text.contains("Underskrifter"), "no signatories, no signature block")
        // The adopted minutes give the participants no roles: none is printed.
        for invented in ["Politisk internkontrollant", "Sekreterare"] { XCTAssertFalse(text.contains(invented), invented) }
        XCTAssertEqual(try pdf.pageLabels, ["Minnesanteckningar 1"])
    }
}

extension MinutesRenderTests {
    func testSignatoriesGetASignatureBlockWithNameAndRole() throws {
        var meeting = try XCTUnwrap(try MinutesFixture.examplePlan().meeting)
        meeting.signatories = MinutesFixture.signatories
        meeting.adjustment = "Ånge 2025-12-01"
        let pages = try MinutesFixture.minutes(meeting, layout: "minutes-ange").layout(MinutesFixture.context.layout)
        let pdf = PDFInspector(try MinutesFixture.write(pages, "minutes-signed.pdf"))
        XCTAssertEqual(try pdf.pageCount, 1)
        let text = PDFInspector.normalized(try pdf.pageTexts[0])
        for expected in ["Underskrifter", "Ort och datum", "Ånge 2025-12-01", "Ordförande", "Justerare", "Sekreterare", "Anna Berg"] {
            XCTAssertTrue(text.contains(expected), "missing \"\(expected)\" in: \(text)")
        }
        // The role stands beneath the name.
        let words = try pdf.words(page: 1)
        let name = try XCTUnwrap(words.first { $0.text == "Anna" })
        let role = try XCTUnwrap(words.first { $0.text == "Justerare" })
        XCTAssertGreaterThan(role.box.minY, name.box.maxY - 1)
        XCTAssertEqual(role.box.minX, name.box.minX, accuracy: 1)
    }

    func testTheFormalProtokollHasParagraphNumbersJusteringBoxesAndAnslag() throws {
        var meeting = try XCTUnwrap(try MinutesFixture.examplePlan().meeting)
        meeting.signatories = MinutesFixture.signatories
        meeting.adjustment = "Kommunhuset, Ånge, 2025-12-01"
        meeting.storagePlace = "Kommunkansliet, Ånge"
        let pages = try MinutesFixture.minutes(meeting, layout: "minutes-protokoll").layout(MinutesFixture.context.layout)
        let pdf = PDFInspector(try MinutesFixture.write(pages, "protokoll-example.pdf"))
        let texts = try pdf.pageTexts.map(PDFInspector.normalized)
        let n = texts.count
        for (i, text) in texts.enumerated() {
            XCTAssertTrue(text.contains("Sida \(i + 1)(\(n))"), "page \(i + 1)")
            XCTAssertTrue(text.contains("Justerandes signatur"), "page \(i + 1) has the justering boxes: \(text)")
            XCTAssertTrue(text.contains("Utdragsbestyrkande"), "page \(i + 1)")
        }
        let all = texts.joined(separator: " ")
        for expected in ["PROTOKOLL", "§ 1 Antagande av förslag till internkontrollplan 2026", "Justeringens plats och tid",
                         "Kommunhuset, Ånge, 2025-12-01", "Utses att justera Anna Berg",
                         "ANSLAG/BEVIS", "Organ Kommunstyrelsen", "Sammanträdesdatum 2025-11-26", "Datum då anslaget sätts upp",
                         "Datum då anslaget tas ned", "Förvaringsplats för protokollet Kommunkansliet, Ånge", "Underskrift"] {
            XCTAssertTrue(all.contains(expected), "missing \"\(expected)\" in: \(all)")
        }
        // pdftotext may drop the narrow space of "§ 1" in a table cell: compare without spaces there.
        XCTAssertTrue(all.replacingOccurrences(of: " ", with: "").contains("Paragrafer§1Underskrifter"), all)
        XCTAssertFalse(all.contains("1. Antagande"), "the protokoll numbers with §")
        XCTAssertEqual(try pdf.pageLabels, (1...n).map { "Protokoll \($0)" })
        // The boxes sit below the body on every page: nothing of the body overlaps them.
        for page in 1...n {
            let label = try XCTUnwrap(try pdf.words(page: page).first { $0.text == "Justerandes" })
            let body = try pdf.words(page: page).filter { $0.box.minY > 100 && $0.box.maxY < label.box.minY - 1 }
            XCTAssertFalse(body.isEmpty)
        }
    }
}

extension MinutesRenderTests {
    func testAnUnknownVariantIsALayoutFileError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-minutes-layout-\(getpid()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try String(contentsOf: LayoutFile.bundled("minutes-ange"), encoding: .utf8)
            .replacingOccurrences(of: "variant: plain", with: "variant: formal")
        try text.write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try MinutesFixture.context.layoutFile(url)) { error in
            XCTAssertTrue("\(error)".contains("minutes.variant: formal is not a variant"), "\(error)")
            XCTAssertTrue("\(error)".contains(url.lastPathComponent), "\(error)")
        }
    }
}

extension MinutesRenderTests {
    func testAMisspeltMinutesKeyIsALayoutFileErrorWithASuggestion() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-minutes-typo-\(getpid()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try String(contentsOf: LayoutFile.bundled("minutes-protokoll"), encoding: .utf8)
            .replacingOccurrences(of: "  numbering:", with: "  numbreing:")
        XCTAssertTrue(text.contains("numbreing"), "the bundled protokoll layout names its numbering")
        try text.write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try MinutesFixture.context.layoutFile(url)) { error in
            XCTAssertTrue("\(error)".contains("unknown key numbreing (did you mean numbering?)"), "\(error)")
        }
    }
}
