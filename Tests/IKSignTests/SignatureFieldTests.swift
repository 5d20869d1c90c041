import Foundation
import IKTestSupport
import XCTest
import IKPDF
@testable import IKSign

/// The protokoll's Underskrifter block carries an empty signature field on each signatory's line, named
/// after the role; ikplan and pyHanko each sign one by name, and the file stays PDF/A-2a and PDF/UA-1.
final class SignatureFieldTests: XCTestCase {
    let pki = TestPKI.shared

    /// The example with three signatories, rendered as the formal protokoll.
    private func renderMinutes(_ name: String, layoutEdit: ((String) -> String)? = nil) throws -> String {
        let root = SignFixture.packageRoot
        let plan = URL(fileURLWithPath: pki.path("\(name)-plan"))
        try? FileManager.default.removeItem(at: plan)
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/ange-2026"), to: plan)
        let yaml = plan.appendingPathComponent("plan.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let signatories = """
              note_taker: Olof Bäckman
              signatories:
                - name: Olof Bäckman
                  role: sekreterare
                - name: Eva Mörk Månsson
                  role: ordförande
                - name: Anna Berg
                  role: justerare
            """
        XCTAssertTrue(text.contains("  note_taker: Olof Bäckman\n"))
        try text.replacingOccurrences(of: "  note_taker: Olof Bäckman\n", with: signatories + "\n").write(to: yaml, atomically: true, encoding: .utf8)
        var layout = root.appendingPathComponent("Layouts/minutes-protokoll.yaml")
        if let layoutEdit {
            let edited = plan.appendingPathComponent("protokoll.yaml")
            try layoutEdit(try String(contentsOf: layout, encoding: .utf8)).write(to: edited, atomically: true, encoding: .utf8)
            layout = edited
        }
        let out = pki.path("\(name)-out")
        let r = try SignFixture.run(["render", plan.path, "-o", out, "--minutes-layout", layout.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        return out + "/minutes.pdf"
    }

    func testEachSignatoryHasAFieldThatIkplanAndPyHankoSignByName() throws {
        let minutes = try renderMinutes("fields")
        let doc = try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: minutes)))
        let fields = try doc.formFields()
        XCTAssertEqual(fields.map(\.fullName), ["Sekreterare", "Ordförande", "Justerare 1"])
        XCTAssertTrue(fields.allSatisfy { $0.fieldType == "Sig" && $0.value == nil })
        for f in fields {
            XCTAssertEqual(f.dictionary["F"]?.integerValue, 4, "\(f.fullName) prints")
            XCTAssertNotNil(f.dictionary["TU"], "\(f.fullName) says what it is for")
            XCTAssertNotNil(f.dictionary["StructParent"], "\(f.fullName) is in the structure tree")
        }
        // The field lies over the signing room, just above the signatory's printed name.
        let words = try PDFInspector(URL(fileURLWithPath: minutes)).words(page: 1)
        let pageHeight = 841.89
        for (field, name) in zip(fields, ["Bäckman", "Månsson", "Berg"]) {
            let rect = try XCTUnwrap(try doc.resolve(field.dictionary["Rect"]).arrayValue?.compactMap(\.numberValue))
            let fieldBottom = pageHeight - rect[1]          // in the words' top-down coordinates
            // The printed name nearest below the field (the participants list names them too, higher up).
            let word = try XCTUnwrap(words.filter { $0.text == name && $0.box.minY >= fieldBottom - 1 }.min { $0.box.minY < $1.box.minY }, name)
            XCTAssertEqual(word.box.minY - fieldBottom, 3, accuracy: 3, "\(field.fullName): the name sits right under the field")
            XCTAssertLessThanOrEqual(rect[0], word.box.minX + 1, field.fullName)
            XCTAssertGreaterThan(rect[3] - rect[1], 20, "\(field.fullName): room to sign")
        }
        let verdicts = try VeraPDF.validate([URL(fileURLWithPath: minutes)], flavours: ["ua1", "2a"])
        XCTAssertEqual(verdicts.count, 2)
        XCTAssertTrue(verdicts.allSatisfy(\.isCompliant), verdicts.map(\.description).joined(separator: "\n"))

        // The chair signs with ikplan, the justerare with pyHanko: both in their own fields, nothing added.
        let chair = pki.path("fields-chair.pdf"), both = pki.path("fields-both.pdf")
        let signed = try SignFixture.run(["sign", minutes, "-o", chair, "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                          "--field", "Ordförande"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        let hanko = try PyHanko.run(["sign", "addsig", "--field", "Justerare 1", "--use-pades", "pemder", "--key", pki.key("signer"),
                                     "--cert", pki.cert("signer"), "--no-pass", chair, both])
        XCTAssertEqual(hanko.status, 0, hanko.output)
        let v = try SignFixture.run(["verify", both, "--trust", pki.caCert, "--format", "json"])
        let reports = try JSONDecoder().decode([SignatureReport].self, from: Data(v.stdout.utf8))
        XCTAssertEqual(reports.map(\.field).sorted(), ["Justerare 1", "Ordförande"], v.stdout)
        XCTAssertTrue(reports.allSatisfy(\.valid), reports.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: both))).formFields().count, 3, "no field was added")
    }


    /// Signing a prepared field draws who signed, in what role and when inside the field's rectangle, in the
    /// bundled fonts: the text is there for pdftotext, the pixels are there on the rendered page, the file
    /// stays PDF/A-2b and PDF/UA-1 with two such signatures, and pyHanko still finds the first one intact.
    func testASignedFieldShowsNameRoleAndTimeInsideItsRectangle() throws {
        let minutes = try renderMinutes("appearance")
        let chair = pki.path("appearance-chair.pdf"), both = pki.path("appearance-both.pdf")
        let first = try SignFixture.run(["sign", minutes, "-o", chair, "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                         "--field", "Ordförande"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let second = try SignFixture.run(["sign", chair, "-o", both, "--cert", pki.cert("ec"), "--key", pki.key("ec"),
                                          "--field", "Justerare 1", "--reason", "Justerat"])
        XCTAssertEqual(second.status, 0, second.stderr)

        let doc = try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: both)))
        let fields = Dictionary(uniqueKeysWithValues: try doc.formFields().map { ($0.fullName, $0) })
        let words = try PDFInspector(URL(fileURLWithPath: both)).words(page: 1)
        let pageHeight = 841.89
        let stockholm = DateFormatter()
        stockholm.timeZone = TimeZone(identifier: "Europe/Stockholm")
        stockholm.dateFormat = "yyyy-MM-dd"
        for (name, expected) in [("Ordförande", ["Eva", "Mörk", "Månsson", "Ordförande", "Digitalt", "underskriven"]),
                                 ("Justerare 1", ["Per", "Östlund", "Justerat", "Digitalt", "underskriven"])] {
            let field = try XCTUnwrap(fields[name])
            let rect = try XCTUnwrap(try doc.resolve(field.dictionary["Rect"]).arrayValue?.compactMap(\.numberValue))
            let inside = words.filter { w in
                w.box.minX >= rect[0] - 0.5 && w.box.maxX <= rect[2] + 0.5
                    && w.box.minY >= pageHeight - rect[3] - 0.5 && w.box.maxY <= pageHeight - rect[1] + 0.5
            }.map(\.text)
            for word in expected { XCTAssertTrue(inside.contains(word), "\(name): \(word) is drawn inside the field; inside: \(inside)") }
            // The time on Stockholm time, from the signature's /M.
            let sig = try XCTUnwrap(try doc.dictionary(field.value))
            let m = try XCTUnwrap(try doc.resolve(sig["M"]).stringValue?.text)
            let date = try XCTUnwrap(PDFDate.parse(m))
            XCTAssertTrue(inside.contains(stockholm.string(from: date)), "\(name): the signing date; inside: \(inside)")
            // The appearance is a form with its own font resources (embedded, so the file stays PDF/A).
            let ap = try XCTUnwrap(try doc.dictionary(field.dictionary["AP"]))
            let normal = try XCTUnwrap(try doc.resolve(ap["N"]).streamValue)
            XCTAssertEqual(normal.dictionary["Subtype"]?.nameValue, "Form")
            let fonts = try XCTUnwrap(try doc.dictionary(try doc.dictionary(normal.dictionary["Resources"])?["Font"]))
            XCTAssertFalse(fonts.isEmpty, "\(name): the appearance carries its fonts")
            let drawn = String(decoding: try doc.decodedData(normal), as: UTF8.self)
            XCTAssertTrue(drawn.contains("Tf") && drawn.contains("TJ"), drawn)
            XCTAssertFalse(drawn.contains("MCID") || drawn.contains("BDC") || drawn.contains("EMC"),
                           "\(name): no marked content pointing into a structure tree the appearance is not part of: \(drawn)")
            // Ink inside the rectangle on the rendered page, none before signing.
            XCTAssertEqual(try darkPixels(minutes, rect: rect), 0, "\(name): the unsigned field is empty")
            XCTAssertGreaterThan(try darkPixels(both, rect: rect), 100, "\(name): the signed field shows the text")
        }
        let verdicts = try VeraPDF.validate([URL(fileURLWithPath: both)], flavours: ["2b", "ua1"])
        XCTAssertEqual(verdicts.count, 2)
        XCTAssertTrue(verdicts.allSatisfy(\.isCompliant), verdicts.map(\.description).joined(separator: "\n"))
        let hanko = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", both])
        XCTAssertTrue(hanko.output.contains("Ordförande:") && hanko.output.contains("INTACT:TRUSTED,EXTENDED_WITH_FORM_FILLING,ACCEPTABLE_MODIFICATIONS"), hanko.output)
        XCTAssertTrue(hanko.output.contains("Justerare 1:") && hanko.output.contains("INTACT:TRUSTED,UNTOUCHED"), hanko.output)
        let v = try SignFixture.run(["verify", both, "--trust", pki.caCert])
        XCTAssertEqual(v.status, 0, v.stdout + v.stderr)

        // --no-appearance keeps the field's appearance as it was (empty).
        let plain = pki.path("appearance-plain.pdf")
        let r = try SignFixture.run(["sign", minutes, "-o", plain, "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                     "--field", "Ordförande", "--no-appearance"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let plainRect = try XCTUnwrap(try doc.resolve(fields["Ordförande"]?.dictionary["Rect"]).arrayValue?.compactMap(\.numberValue))
        XCTAssertEqual(try darkPixels(plain, rect: plainRect), 0)

        // A zero-size (invisible) field another tool prepared is signed as it is: nothing to draw into.
        let withHidden = pki.path("appearance-hidden-field.pdf"), hiddenSigned = pki.path("appearance-hidden-signed.pdf")
        let added = try PyHanko.run(["sign", "addfields", "--field", "1/0,0,0,0/Osynlig", minutes, withHidden])
        XCTAssertEqual(added.status, 0, added.output)
        let hidden = try SignFixture.run(["sign", withHidden, "-o", hiddenSigned, "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                          "--field", "Osynlig"])
        XCTAssertEqual(hidden.status, 0, hidden.stderr)
    }


    /// `sign --visible PAGE,X,Y,W,H` makes a new field where asked (millimetres from the top left), in the
    /// structure tree like a prepared one, and signs it visibly: the name lies inside, veraPDF 2b and ua1 pass,
    /// pyHanko finds the signature untouched. On a file signed already it refuses (a new field would break the
    /// first signature), and it says how to write the placement when it cannot read it. Nothing is written then.
    func testAVisibleSignatureInANewField() throws {
        let input = try SignFixture.examplePDF("visible-in.pdf"), output = pki.path("visible-out.pdf")
        let r = try SignFixture.run(["sign", input, "-o", output, "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                     "--visible", "1,20,240,70,18", "--reason", "Ordförande"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: output)))
        let field = try XCTUnwrap(try doc.formFields().first { $0.fullName == "Underskrift 1" })
        XCTAssertNotNil(field.dictionary["StructParent"], "the new field is in the structure tree")
        let rect = try XCTUnwrap(try doc.resolve(field.dictionary["Rect"]).arrayValue?.compactMap(\.numberValue))
        let mm = 72 / 25.4
        XCTAssertEqual(rect[0], 20 * mm, accuracy: 0.1)
        XCTAssertEqual(841.89 - rect[3], 240 * mm, accuracy: 0.1, "240 mm from the top")
        XCTAssertEqual(rect[2] - rect[0], 70 * mm, accuracy: 0.1)
        let words = try PDFInspector(URL(fileURLWithPath: output)).words(page: 1)
        let inside = words.filter { $0.box.minX >= rect[0] - 0.5 && $0.box.maxX <= rect[2] + 0.5
            && $0.box.minY >= 841.89 - rect[3] - 0.5 && $0.box.maxY <= 841.89 - rect[1] + 0.5 }.map(\.text)
        for word in ["Eva", "Mörk", "Månsson", "Ordförande", "Digitalt"] { XCTAssertTrue(inside.contains(word), "\(word) in \(inside)") }
        XCTAssertGreaterThan(try darkPixels(output, rect: rect), 100)
        let verdicts = try VeraPDF.validate([URL(fileURLWithPath: output)], flavours: ["2b", "ua1"])
        XCTAssertEqual(verdicts.count, 2)
        XCTAssertTrue(verdicts.allSatisfy(\.isCompliant), verdicts.map(\.description).joined(separator: "\n"))
        let hanko = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", output])
        XCTAssertTrue(hanko.output.contains("Underskrift 1:") && hanko.output.contains("INTACT:TRUSTED,UNTOUCHED"), hanko.output)

        let again = pki.path("visible-again.pdf")
        let refused = try SignFixture.run(["sign", output, "-o", again, "--cert", pki.cert("ec"), "--key", pki.key("ec"),
                                           "--visible", "1,110,240,70,18"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("signed already"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: again))
        for bad in ["1,a", "0,20,240,70,18", "1,20,240,5,5", "99,20,240,70,18", "1,180,240,70,18"] {
            let b = try SignFixture.run(["sign", input, "-o", pki.path("visible-bad.pdf"), "--cert", pki.cert("signer"), "--key", pki.key("signer"),
                                         "--visible", bad])
            XCTAssertEqual(b.status, 1, bad)
            XCTAssertTrue(b.stderr.contains("--visible"), "\(bad): \(b.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: pki.path("visible-bad.pdf")), bad)
        }
    }

    /// Dark pixels of page 1 at 72 dpi inside `rect` (PDF coordinates), shrunk by 1.5 pt against the field's edge.
    private func darkPixels(_ pdf: String, rect: [Double]) throws -> Int {
        let prefix = pki.path("px-\(UUID().uuidString.prefix(6))")
        _ = try PDFTool.run("pdftoppm", ["-r", "72", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, prefix])
        let bytes = try SignFixture.bytes(prefix + ".pgm")
        // P5 header: "P5\n<w> <h>\n<max>\n", then one byte a pixel.
        var fields: [Int] = [], index = 2, current = ""
        while fields.count < 3, index < bytes.count {
            let c = bytes[index]; index += 1
            if c >= 0x30 && c <= 0x39 { current.append(Character(UnicodeScalar(c))) } else if !current.isEmpty { fields.append(Int(current) ?? 0); current = "" }
        }
        guard fields.count == 3 else { throw NSError(domain: "pgm", code: 1) }
        let width = fields[0], height = fields[1], pageHeight = 841.89
        var count = 0
        for y in Int((pageHeight - rect[3] + 1.5).rounded(.up))..<Int((pageHeight - rect[1] - 1.5).rounded(.down)) where y >= 0 && y < height {
            for x in Int((rect[0] + 1.5).rounded(.up))..<Int((rect[2] - 1.5).rounded(.down)) where x >= 0 && x < width {
                if bytes[index + y * width + x] < 128 { count += 1 }
            }
        }
        return count
    }

    func testALayoutCanPrintTheLinesWithoutFields() throws {
        let minutes = try renderMinutes("nofields") { $0.replacingOccurrences(of: "  signatures: start\n", with: "  signatures: start\n  signature_fields: false\n") }
        XCTAssertEqual(try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: minutes))).formFields().count, 0)
        XCTAssertTrue(try PDFTool.run("pdftotext", [minutes, "-"]).contains("Underskrifter"))
    }
}
