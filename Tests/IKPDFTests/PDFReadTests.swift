import Foundation
import XCTest
import IKTestSupport
@testable import IKPDF

/// Reading real files: Cairo's classic xref table, and qpdf's object streams, xref streams and page trees.
final class PDFReadTests: XCTestCase {
    func testCairoFileOpensAndEveryListedObjectReads() throws {
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(PDFFixture.cairoMinutes))
        XCTAssertEqual(doc.headerVersion, "1.5")
        XCTAssertEqual(doc.sections.count, 1)
        XCTAssertFalse(doc.sections[0].isStream)
        XCTAssertEqual(try doc.catalog()["Type"]?.nameValue, "Catalog")
        XCTAssertEqual(try doc.pages().count, 1)
        let info = try XCTUnwrap(try doc.dictionary(doc.trailer["Info"]))
        XCTAssertEqual(info["Author"]?.stringValue?.text, "Ånge kommun")
        XCTAssertEqual(info["Producer"]?.stringValue?.text.hasPrefix("cairo 1.16.0"), true)
        for n in doc.objectNumbers {
            XCTAssertNotEqual(try doc.object(PDFReference(n)), .null, "object \(n)")
        }
        // Every stream Cairo wrote decodes (fonts, content, ToUnicode maps).
        var streams = 0
        for n in doc.objectNumbers {
            if case .stream(let s) = try doc.object(PDFReference(n)) {
                streams += 1
                XCTAssertNoThrow(try doc.decodedData(s), "stream \(n)")
            }
        }
        XCTAssertGreaterThan(streams, 5)
    }

    func testObjectStreamsAndXrefStreamsReadLikeTheOriginal() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        let original = try PDFDocument(bytes: try PDFFixture.bytes(PDFFixture.cairoMinutes))
        // Three copies of the page make a page tree with kids; object streams hold the dictionaries.
        let m = PDFFixture.cairoMinutes.path
        let three = dir.appendingPathComponent("three.pdf")
        _ = try PDFTool.runData("qpdf", ["--empty", "--object-streams=generate", "--pages", m, m, m, "--", three.path], accepting: [3])
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(three))
        XCTAssertTrue(doc.sections[0].isStream, "qpdf wrote an xref stream")
        XCTAssertTrue(doc.xref.values.contains { if case .inObjectStream = $0 { return true }; return false })
        let pages = try doc.pages()
        XCTAssertEqual(pages.count, 3)
        let originalContent = try content(of: try original.pages()[0], in: original)
        for page in pages {
            XCTAssertEqual(page.inherited["MediaBox"]?.arrayValue?.count, 4)
            XCTAssertEqual(try content(of: page, in: doc), originalContent, "page \(page.index) draws the same")
        }
    }

    func testHybridAndLinearizedFilesRead() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        for (name, options) in [("linear.pdf", ["--linearize"]), ("preserve.pdf", ["--object-streams=preserve", "--qdf"]),
                                ("gen-linear.pdf", ["--object-streams=generate", "--linearize"])] {
            let url = try PDFFixture.qpdf(PDFFixture.cairoMinutes, options, in: dir, name: name)
            let doc = try PDFDocument(bytes: try PDFFixture.bytes(url))
            XCTAssertEqual(try doc.pages().count, 1, name)
            XCTAssertEqual(try doc.dictionary(doc.trailer["Info"])?["Author"]?.stringValue?.text, "Ånge kommun", name)
        }
    }

    func testSyntaxCornersParse() throws {
        let source = """
        << /A (a \\(nested (paren)\\) \\101\\n) /B <48 65 6c6C 6f7> /C [1 -2 +3 .5 -.25 4. 12 0 R 7]
           /N#20ame /x /D true /E null /F 1 0 R % a comment
        >>
        """
        var p = PDFParser(bytes: Array(source.utf8))
        guard case .dictionary(let d) = try p.parseObject() else { return XCTFail("not a dictionary") }
        XCTAssertEqual(d["A"]?.stringValue?.bytes, Array("a (nested (paren)) A\n".utf8))
        XCTAssertEqual(d["B"]?.stringValue?.bytes, Array("Hellop".utf8))
        XCTAssertEqual(d["C"], .array([.integer(1), .integer(-2), .integer(3), .real(0.5), .real(-0.25), .real(4),
                                       .reference(PDFReference(12, 0)), .integer(7)]))
        XCTAssertEqual(d["N ame"], .name("x"))
        XCTAssertEqual(d["D"], .bool(true))
        XCTAssertNil(d["E"], "null reads as absent")
        XCTAssertEqual(d["F"], .reference(PDFReference(1)))
    }

    func testWrittenObjectsReadBackTheSame() throws {
        let values: [PDFObject] = [
            .string(PDFString(bytes: [0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x00, 0xFF, 0x41])),
            .string(PDFString(bytes: [0, 1, 2, 0xAB], spelling: .hex)),
            .text("Sannolikhet × konsekvens – Ånge"),
            .name("A name#with (odd) bytes/ä"),
            .real(0.1), .real(-1234.000001), .real(1e-9), .integer(-42),
            .array([.null, .bool(false), .dictionary(["K": .array([])])]),
        ]
        for v in values {
            var s = PDFSerializer()
            try s.write(v)
            var p = PDFParser(bytes: s.out)
            let back = try p.parseObject()
            if case .real(let r) = v {
                XCTAssertEqual(back.numberValue ?? .nan, r, accuracy: 1e-6)
            } else {
                XCTAssertEqual(back, v, String(decoding: s.out, as: UTF8.self))
            }
        }
        XCTAssertEqual(PDFSerializer.format(595.2756), "595.2756")
        XCTAssertEqual(PDFSerializer.format(-0.0000001), "0")
        XCTAssertEqual(PDFString(text: "Ånge").text, "Ånge")
    }

    private func content(of page: PDFPage, in doc: PDFDocument) throws -> [UInt8] {
        var out: [UInt8] = []
        let c = try doc.resolve(page.dictionary["Contents"])
        let parts: [PDFObject] = c.arrayValue ?? [c]
        for part in parts {
            guard let s = try doc.resolve(part).streamValue else { continue }
            out += try doc.decodedData(s)
        }
        return out
    }
}
