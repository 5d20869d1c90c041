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

    func testALayoutCanPrintTheLinesWithoutFields() throws {
        let minutes = try renderMinutes("nofields") { $0.replacingOccurrences(of: "  signatures: start\n", with: "  signatures: start\n  signature_fields: false\n") }
        XCTAssertEqual(try PDFDocument(data: try Data(contentsOf: URL(fileURLWithPath: minutes))).formFields().count, 0)
        XCTAssertTrue(try PDFTool.run("pdftotext", [minutes, "-"]).contains("Underskrifter"))
    }
}
