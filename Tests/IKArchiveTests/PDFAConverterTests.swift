import Foundation
import XCTest
import IKPDF
import IKTestSupport
@testable import IKArchive

/// The PDF/A-2 conversion on a real Cairo file, read back with the object layer (veraPDF's verdict is in
/// ArchiveValidationTests).
final class PDFAConverterTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var cairoFile: URL { root.appendingPathComponent("Tests/IKPDFTests/Fixtures/cairo-minutes.pdf") }

    func testConversionAddsWhatPDFAAsksAndKeepsCairosBytes() throws {
        let original = [UInt8](try Data(contentsOf: Self.cairoFile))
        let converted = try PDFAConverter(language: "sv-SE").convert(original)
        XCTAssertEqual(Array(converted.prefix(original.count)), original, "an incremental update")
        XCTAssertEqual(try PDFAConverter(language: "sv-SE").convert(original), converted, "deterministic")

        let doc = try PDFDocument(bytes: converted)
        let catalog = try doc.catalog()
        XCTAssertEqual(catalog["Lang"]?.stringValue?.text, "sv-SE")
        let intent = try XCTUnwrap(try doc.resolve(catalog["OutputIntents"]).arrayValue?.first?.dictionaryValue)
        XCTAssertEqual(intent["S"]?.nameValue, "GTS_PDFA1")
        let profile = try XCTUnwrap(try doc.resolve(intent["DestOutputProfile"]).streamValue)
        XCTAssertEqual(try doc.decodedData(profile), [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Sources/IKArchive/ICC/sRGB.icc"))),
                       "the embedded profile is the shipped sRGB.icc")

        let info = try XCTUnwrap(try doc.dictionary(doc.trailer["Info"]))
        XCTAssertEqual(info["CreationDate"]?.stringValue?.text, "D:20251126000000Z")
        XCTAssertEqual(info["ModDate"]?.stringValue?.text, "D:20251126000000Z")
        let metadata = try XCTUnwrap(try doc.resolve(catalog["Metadata"]).streamValue)
        let xmp = String(decoding: try doc.decodedData(metadata), as: UTF8.self)
        for expected in ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                         "<rdf:li xml:lang=\"x-default\">Möte med politiska internkontrollanter 2025-11-26</rdf:li>",
                         "<rdf:li>Ånge kommun</rdf:li>", "<rdf:li>sv-SE</rdf:li>", "<xmp:CreateDate>2025-11-26T00:00:00Z</xmp:CreateDate>",
                         "<pdf:Producer>cairo 1.16.0 (https://cairographics.org)</pdf:Producer>"] {
            XCTAssertTrue(xmp.contains(expected), "XMP lacks \(expected):\n\(xmp)")
        }
        XCTAssertFalse(xmp.contains("pdfuaid"), "PDF/UA is claimed only when asked")

        let id = try XCTUnwrap(doc.trailer["ID"]?.arrayValue)
        XCTAssertEqual(id.count, 2)
        XCTAssertEqual(id[0].stringValue?.bytes.count, 16)

        let fonts = try doc.objectNumbers.compactMap { n -> PDFDictionary? in
            let d = try doc.object(PDFReference(n)).dictionaryValue
            return d?["Subtype"]?.nameValue == "CIDFontType2" ? d : nil
        }
        XCTAssertFalse(fonts.isEmpty)
        XCTAssertTrue(fonts.allSatisfy { $0["CIDToGIDMap"]?.nameValue == "Identity" })
    }

    func testUniversalAccessibilityClaimCarriesItsExtensionSchema() throws {
        let original = [UInt8](try Data(contentsOf: Self.cairoFile))
        let converted = try PDFAConverter(conformance: .accessible, universalAccessibility: true).convert(original)
        let doc = try PDFDocument(bytes: converted)
        let xmp = String(decoding: try doc.decodedData(try XCTUnwrap(try doc.resolve(try doc.catalog()["Metadata"]).streamValue)), as: UTF8.self)
        XCTAssertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        XCTAssertTrue(xmp.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"))
        XCTAssertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"))
    }

    func testDatesAndDigest() {
        XCTAssertEqual(PDFDate(info: "20251126000000Z")?.infoString, "D:20251126000000Z")
        XCTAssertEqual(PDFDate(info: "D:20251126134501+01'00'")?.xmpString, "2025-11-26T13:45:01+01:00")
        XCTAssertEqual(PDFDate(info: "D:2025")?.xmpString, "2025-01-01T00:00:00")
        XCTAssertNil(PDFDate(info: "26 november"))
        XCTAssertNil(PDFDate(info: "D:20251326"))
        let hex = ContentDigest.sha256(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = ContentDigest.sha256([UInt8](repeating: 0x61, count: 1_000)).map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(long, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testXMPEscapesMarkup() {
        XCTAssertEqual(XMPPacket.escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;")
    }
}
