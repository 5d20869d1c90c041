import Foundation
import XCTest
import IKTestSupport
@testable import IKPDF

/// Incremental updates and full rewrites, checked by qpdf, poppler and reading back.
final class PDFWriteTests: XCTestCase {
    func testIncrementalUpdateKeepsTheOriginalBytesAndChains() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        let original = try PDFFixture.bytes(PDFFixture.cairoMinutes)
        let doc = try PDFDocument(bytes: original)
        var update = PDFUpdate(doc)
        let infoRef = try XCTUnwrap(doc.trailer["Info"]?.referenceValue)
        var info = try XCTUnwrap(try doc.dictionary(.reference(infoRef)))
        info["Title"] = .text("Ändrad titel")
        update.set(infoRef, .dictionary(info))
        let extra = update.add(.dictionary(["Type": .name("Test"), "Value": .integer(7)]))
        update.trailer["ID"] = .array([.string(PDFString(bytes: [1, 2, 3, 4], spelling: .hex)),
                                       .string(PDFString(bytes: [1, 2, 3, 4], spelling: .hex))])
        let written = try update.writeIncremental()
        XCTAssertEqual(Array(written.bytes.prefix(original.count)), original, "the original bytes are untouched")
        XCTAssertEqual(written.bytes.suffix(6), Array("%%EOF\n".utf8))
        XCTAssertEqual(try update.writeIncremental().bytes, written.bytes, "deterministic")

        let back = try PDFDocument(bytes: written.bytes)
        XCTAssertEqual(back.sections.count, 2)
        XCTAssertEqual(back.trailer["Prev"]?.integerValue, doc.startxref)
        XCTAssertEqual(try back.dictionary(.reference(infoRef))?["Title"]?.stringValue?.text, "Ändrad titel")
        XCTAssertEqual(try back.object(extra).dictionaryValue?["Value"], .integer(7))
        XCTAssertEqual(back.size, extra.number + 1)
        try PDFFixture.assertQpdfClean(written.bytes, in: dir, "incremental update")
        let url = dir.appendingPathComponent("updated.pdf")
        try written.data.write(to: url)
        XCTAssertTrue(try PDFTool.run("pdfinfo", [url.path]).contains("Ändrad titel"))
    }

    func testIncrementalUpdateOfAnXrefStreamFileIsAnXrefStream() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        let url = try PDFFixture.qpdf(PDFFixture.cairoMinutes, ["--object-streams=generate"], in: dir, name: "objstm.pdf")
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(url))
        var update = PDFUpdate(doc)
        var catalog = try doc.catalog()
        catalog["Lang"] = .text("sv-SE")
        update.set(try XCTUnwrap(doc.catalogReference), .dictionary(catalog))
        let written = try update.writeIncremental()
        let back = try PDFDocument(bytes: written.bytes)
        XCTAssertTrue(back.sections[0].isStream)
        XCTAssertEqual(try back.catalog()["Lang"]?.stringValue?.text, "sv-SE")
        XCTAssertEqual(try back.pages().count, 1)
        try PDFFixture.assertQpdfClean(written.bytes, in: dir, "xref stream update")
        XCTAssertEqual(try PDFFixture.text(written.bytes, in: dir), try PDFFixture.text(doc.bytes, in: dir))
    }

    func testFullRewriteFlattensObjectStreamsAndKeepsTheText() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        let url = try PDFFixture.qpdf(PDFFixture.cairoMinutes, ["--object-streams=generate"], in: dir, name: "objstm.pdf")
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(url))
        let written = try PDFUpdate(doc).writeFull()
        XCTAssertEqual(try PDFUpdate(doc).writeFull().bytes, written.bytes, "deterministic")
        let back = try PDFDocument(bytes: written.bytes)
        XCTAssertEqual(back.sections.count, 1)
        XCTAssertFalse(back.sections[0].isStream)
        XCTAssertFalse(back.xref.values.contains { if case .inObjectStream = $0 { return true }; return false })
        try PDFFixture.assertQpdfClean(written.bytes, in: dir, "full rewrite")
        XCTAssertEqual(try PDFFixture.text(written.bytes, in: dir), try PDFFixture.text(doc.bytes, in: dir))
        // The rewrite of Cairo's own file, after an update, is one section again.
        var update = PDFUpdate(try PDFDocument(bytes: try PDFFixture.bytes(PDFFixture.cairoMinutes)))
        update.add(.dictionary(["A": .integer(1)]))
        let twice = try PDFDocument(bytes: try update.writeIncremental().bytes)
        let flat = try PDFUpdate(twice).writeFull()
        try PDFFixture.assertQpdfClean(flat.bytes, in: dir, "rewrite of an update")
        XCTAssertNil(try PDFDocument(bytes: flat.bytes).trailer["Prev"])
    }

    /// What a signer does: a signature dictionary with placeholders, written, then the byte range and the
    /// signature filled in without moving a byte.
    func testSignaturePlaceholdersAreFilledInPlace() throws {
        let dir = try PDFFixture.temporaryDirectory(self)
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(PDFFixture.cairoMinutes))
        var update = PDFUpdate(doc)
        let sig = update.add(.dictionary([
            "Type": .name("Sig"), "Filter": .name("Adobe.PPKLite"), "SubFilter": .name("ETSI.CAdES.detached"),
            "ByteRange": .placeholder(PDFPlaceholder(id: "range", kind: .byteRange)),
            "Contents": .placeholder(PDFPlaceholder(id: "sig", kind: .hexString(byteCount: 64))),
        ]))
        var written = try update.writeIncremental()
        let size = written.bytes.count
        let range = try written.byteRange(excluding: "sig")
        XCTAssertEqual(range[0], 0)
        XCTAssertEqual(range[2] - range[1], 2 + 128)
        XCTAssertEqual(range[2] + range[3], size)
        try written.fill("range", byteRange: range)
        let digestInput = try written.signedBytes(range)
        try written.fill("sig", hex: [0xDE, 0xAD, 0xBE, 0xEF])
        XCTAssertEqual(written.bytes.count, size, "filling moves nothing")
        XCTAssertEqual(try written.signedBytes(range), digestInput, "the signature lies outside the signed bytes")
        XCTAssertThrowsError(try written.fill("sig", hex: [UInt8](repeating: 1, count: 65)))

        let back = try PDFDocument(bytes: written.bytes)
        let d = try XCTUnwrap(try back.object(sig).dictionaryValue)
        XCTAssertEqual(d["ByteRange"]?.arrayValue?.compactMap(\.integerValue), range)
        XCTAssertEqual(d["Contents"]?.stringValue?.bytes.prefix(4), [0xDE, 0xAD, 0xBE, 0xEF])
        XCTAssertEqual(d["Contents"]?.stringValue?.bytes.count, 64)
        try PDFFixture.assertQpdfClean(written.bytes, in: dir, "signature placeholders")
    }

    func testFormFieldsAndAnnotationsAreFound() throws {
        let doc = try PDFDocument(bytes: try PDFFixture.bytes(PDFFixture.cairoMinutes))
        var update = PDFUpdate(doc)
        let page = try XCTUnwrap(try doc.pages().first)
        let parentRef = PDFReference(update.nextNumber)
        let widgetRef = PDFReference(update.nextNumber + 1)
        update.set(parentRef, .dictionary(["T": .text("Underskrifter"), "FT": .name("Sig"),
                                            "Kids": .array([.reference(widgetRef)])]))
        update.set(widgetRef, .dictionary(["Type": .name("Annot"), "Subtype": .name("Widget"), "T": .text("Ordförande"),
                                            "Parent": .reference(parentRef), "Rect": .array([0, 0, 0, 0].map { .integer($0) }),
                                            "P": .reference(page.reference), "F": .integer(132)]))
        var pageDict = page.dictionary
        pageDict["Annots"] = .array([.reference(widgetRef)])
        update.set(page.reference, .dictionary(pageDict))
        var catalog = try doc.catalog()
        catalog["AcroForm"] = .dictionary(["Fields": .array([.reference(parentRef)]), "SigFlags": .integer(3)])
        update.set(try XCTUnwrap(doc.catalogReference), .dictionary(catalog))
        let back = try PDFDocument(bytes: try update.writeIncremental().bytes)
        let fields = try back.formFields()
        XCTAssertEqual(fields.map(\.fullName), ["Underskrifter.Ordförande"])
        XCTAssertEqual(fields.first?.fieldType, "Sig", "FT is inherited")
        XCTAssertEqual(fields.first?.widgets, [widgetRef])
        let annots = try back.annotations()
        XCTAssertEqual(annots.map(\.subtype), ["Widget"])
        XCTAssertEqual(annots.first?.reference, widgetRef)
    }
}
