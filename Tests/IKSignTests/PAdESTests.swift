import Foundation
import IKTestSupport
import XCTest
import IKPDF
@testable import IKSign

/// `ikplan sign` and `ikplan verify` end to end on the rendered example, judged by ikplan's own verifier,
/// pyHanko and poppler's pdfsig, with a real time-stamping authority on loopback.
final class PAdESTests: XCTestCase {
    let pki = TestPKI.shared

    private func sign(_ input: String, _ output: String, signer: String = "signer", extra: [String] = []) throws -> SignFixture.Run {
        try SignFixture.run(["sign", input, "-o", output, "--cert", pki.cert(signer), "--key", pki.key(signer),
                             "--reason", "Justerat", "--location", "Ånge"] + extra)
    }

    private func verify(_ file: String, json: Bool = false) throws -> SignFixture.Run {
        try SignFixture.run(["verify", file, "--trust", pki.caCert] + (json ? ["--format", "json"] : []))
    }

    private func reports(_ file: String) throws -> [SignatureReport] {
        let r = try verify(file, json: true)
        return try JSONDecoder().decode([SignatureReport].self, from: Data(r.stdout.utf8))
    }

    /// pdfsig's verdict lines (it exits 0 even on a mismatch, so the text is what counts).
    private func pdfsig(_ file: String) throws -> String {
        let db = pki.path("nssdb")
        if !FileManager.default.fileExists(atPath: db + "/cert9.db") {
            try FileManager.default.createDirectory(atPath: db, withIntermediateDirectories: true)
            _ = try PDFTool.run("certutil", ["-N", "-d", "sql:" + db, "--empty-password"])
            _ = try PDFTool.run("certutil", ["-A", "-d", "sql:" + db, "-n", "ikplan-test-ca", "-t", "CT,C,C", "-i", pki.caCert])
        }
        let r = try PDFTool.execute("pdfsig", ["-nssdir", "sql:" + db, file])
        print("pdfsig \(URL(fileURLWithPath: file).lastPathComponent):\n\(r.text)")
        return r.text + r.stderr
    }

    private func pyHankoValidate(_ file: String, extra: [String] = ["--no-revocation-check"]) throws -> (status: Int32, output: String) {
        let r = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace"] + extra + [file])
        print("pyhanko sign validate \(extra.joined(separator: " ")) \(URL(fileURLWithPath: file).lastPathComponent): \(r.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        return r
    }

    func testBBSignatureIsValidForIkplanPdfsigAndPyHanko() throws {
        let input = try SignFixture.examplePDF("bb-in.pdf")
        let output = pki.path("bb-out.pdf")
        let original = try SignFixture.bytes(input)
        let signed = try sign(input, output)
        XCTAssertEqual(signed.status, 0, signed.stderr)
        let bytes = try SignFixture.bytes(output)
        XCTAssertEqual(Array(bytes.prefix(original.count)), original, "an incremental update leaves the signed bytes untouched")
        XCTAssertEqual(try SignFixture.bytes(input), original, "the input is not changed")

        let v = try verify(output)
        XCTAssertEqual(v.status, 0, v.stdout + v.stderr)
        XCTAssertTrue(v.stdout.contains("Underskriften av Eva Mörk Månsson är giltig; dokumentet har inte ändrats efter underskriften."), v.stdout)
        let report = try XCTUnwrap(try reports(output).first)
        XCTAssertEqual(report.subFilter, "ETSI.CAdES.detached")
        XCTAssertEqual(report.reason, "Justerat")
        XCTAssertEqual(report.location, "Ånge")
        XCTAssertNotNil(report.claimedTime)
        XCTAssertTrue(report.coversRevision && report.digestValid && report.signatureValid && report.chainTrusted)
        XCTAssertNil(report.timestampTime)

        let sig = try pdfsig(output)
        XCTAssertTrue(sig.contains("Signature is Valid."), sig)
        XCTAssertTrue(sig.contains("Certificate is Trusted."), sig)
        XCTAssertTrue(sig.contains("ETSI.CAdES.detached"), sig)
        XCTAssertTrue(sig.contains("Total document signed"), sig)

        let hanko = try pyHankoValidate(output)
        XCTAssertEqual(hanko.status, 0, hanko.output)
        XCTAssertTrue(hanko.output.contains("INTACT:TRUSTED,UNTOUCHED"), hanko.output)
        let check = try PDFTool.execute("qpdf", ["--check", output])
        XCTAssertEqual(check.status, 0, check.text + check.stderr)
    }

    func testBTSignatureWithALoopbackTimestampAuthority() throws {
        let tsa = try LoopbackTSA(pki: pki)
        defer { tsa.stop() }
        let input = try SignFixture.examplePDF("bt-in.pdf")
        let output = pki.path("bt-out.pdf")
        let signed = try sign(input, output, signer: "ec", extra: ["--tsa", tsa.url.absoluteString])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        let report = try XCTUnwrap(try reports(output).first)
        XCTAssertTrue(report.valid, report.message)
        XCTAssertEqual(report.timestampValid, true)
        XCTAssertEqual(report.timestampTrusted, true)
        XCTAssertNotNil(report.timestampTime)
        let hanko = try pyHankoValidate(output)
        XCTAssertEqual(hanko.status, 0, hanko.output)
        XCTAssertTrue(hanko.output.contains("INTACT:TRUSTED,TIMESTAMP_TOKEN<INTACT:TRUSTED>,UNTOUCHED"), hanko.output)
        let sig = try pdfsig(output)
        XCTAssertTrue(sig.contains("Signature is Valid."), sig)
    }

    func testBLTAddsTheChainAndCRLInADSSThatLaterValidationAccepts() throws {
        let tsa = try LoopbackTSA(pki: pki)
        defer { tsa.stop() }
        let input = try SignFixture.examplePDF("blt-in.pdf")
        let output = pki.path("blt-out.pdf")
        let signed = try sign(input, output, extra: ["--chain", pki.caCert, "--tsa", tsa.url.absoluteString,
                                                     "--validation-info", "--crl", pki.crl])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        let report = try XCTUnwrap(try reports(output).first)
        XCTAssertTrue(report.valid, report.message)
        XCTAssertTrue(report.hasValidationData)
        XCTAssertEqual(report.revocation, "good")
        XCTAssertEqual(report.modification, .allowed)
        XCTAssertTrue(report.changes.contains("valideringsdata (DSS)"), "\(report.changes)")
        let hanko = try pyHankoValidate(output)
        XCTAssertEqual(hanko.status, 0, hanko.output)
        XCTAssertTrue(hanko.output.contains("INTACT:TRUSTED"), hanko.output)
        XCTAssertTrue(hanko.output.contains("TIMESTAMP_TOKEN<INTACT:TRUSTED>"), hanko.output)
        // With revocation checking on, pyHanko finds the CRL in the DSS (the certificates name no URLs).
        let ltv = try pyHankoValidate(output, extra: ["--retroactive-revinfo"])
        XCTAssertTrue(ltv.output.contains("INTACT:TRUSTED"), ltv.output)
        // Signing refuses a revoked certificate when the CRL says so.
        let revoked = try sign(input, pki.path("blt-revoked.pdf"), signer: "revoked", extra: ["--chain", pki.caCert, "--validation-info", "--crl", pki.crl])
        XCTAssertEqual(revoked.status, 1)
        XCTAssertTrue(revoked.stderr.contains("revoked"), revoked.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pki.path("blt-revoked.pdf")))
    }

    func testASecondSignatureKeepsTheFirstValid() throws {
        let input = try SignFixture.examplePDF("two-in.pdf")
        let first = pki.path("two-first.pdf"), second = pki.path("two-second.pdf")
        XCTAssertEqual(try sign(input, first).status, 0)
        let r = try sign(first, second, signer: "ec")
        XCTAssertEqual(r.status, 0, r.stderr)
        let v = try verify(second)
        XCTAssertEqual(v.status, 0, v.stdout)
        let list = try reports(second)
        XCTAssertEqual(list.count, 2)
        XCTAssertEqual(list[0].modification, .allowed, "\(list[0].changes)")
        XCTAssertEqual(list[1].modification, SignatureReport.Modification.none)
        XCTAssertTrue(list.allSatisfy(\.valid), list.map(\.message).joined(separator: "\n"))
        let hanko = try pyHankoValidate(second)
        XCTAssertEqual(hanko.status, 0, hanko.output)
        XCTAssertFalse(hanko.output.contains("INVALID"), hanko.output)
        let sig = try pdfsig(second)
        XCTAssertEqual(sig.components(separatedBy: "Signature is Valid.").count - 1, 2, sig)
    }

    func testTamperingIsCaught() throws {
        let input = try SignFixture.examplePDF("tamper-in.pdf")
        let signedPath = pki.path("tamper-signed.pdf")
        XCTAssertEqual(try sign(input, signedPath).status, 0)
        let signed = try SignFixture.bytes(signedPath)
        let range = try XCTUnwrap(try reports(signedPath).first?.byteRange)

        // A flipped byte inside the signed range.
        var flipped = signed
        flipped[range[1] / 2] ^= 0x01
        try SignFixture.write(flipped, pki.path("tamper-flipped.pdf"))
        var v = try verify(pki.path("tamper-flipped.pdf"))
        if v.status != 2 {
            XCTAssertEqual(v.status, 1)
            XCTAssertTrue(v.stdout.contains("OGILTIG"), v.stdout)
        }
        XCTAssertNotEqual(try pyHankoValidate(pki.path("tamper-flipped.pdf")).status, 0)

        // A changed /Contents (one hex digit inside the signature).
        var contents = signed
        let at = range[1] + 200
        contents[at] = contents[at] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try SignFixture.write(contents, pki.path("tamper-contents.pdf"))
        v = try verify(pki.path("tamper-contents.pdf"))
        XCTAssertEqual(v.status, 1, v.stdout)
        let sig = try pdfsig(pki.path("tamper-contents.pdf"))
        XCTAssertFalse(sig.contains("Signature is Valid."), sig)

        // An appended update that changes a page.
        let changed = try appendPageChange(to: signed, pageIndex: 2)
        try SignFixture.write(changed, pki.path("tamper-page.pdf"))
        v = try verify(pki.path("tamper-page.pdf"))
        XCTAssertEqual(v.status, 1, v.stdout)
        XCTAssertTrue(v.stdout.contains("dokumentet har ändrats efter underskriften: sida 3"), v.stdout)
        let hanko = try pyHankoValidate(pki.path("tamper-page.pdf"))
        XCTAssertFalse(hanko.output.contains("UNTOUCHED"), hanko.output)

        // The signature moved to another file: the other file's bytes, this file's signature.
        let otherPath = pki.path("tamper-other-signed.pdf")
        let otherInput = try SignFixture.examplePDF("tamper-other.pdf")
        var otherBytes = try SignFixture.bytes(otherInput)
        otherBytes.insert(contentsOf: Array("% another document\n".utf8), at: otherBytes.count)
        try SignFixture.write(otherBytes, otherInput)
        XCTAssertEqual(try sign(otherInput, otherPath, signer: "ec").status, 0)
        var moved = try SignFixture.bytes(otherPath)
        let otherRange = try XCTUnwrap(try reports(otherPath).first?.byteRange)
        let ours = Array(signed[range[1]..<range[2]]), theirs = otherRange[2] - otherRange[1]
        if ours.count == theirs {
            moved.replaceSubrange(otherRange[1]..<otherRange[2], with: ours)
        } else {
            let hex = Array(ours.dropFirst().dropLast().prefix(theirs - 2))
            moved.replaceSubrange((otherRange[1] + 1)..<(otherRange[1] + 1 + hex.count), with: hex)
        }
        try SignFixture.write(moved, pki.path("tamper-moved.pdf"))
        v = try verify(pki.path("tamper-moved.pdf"))
        XCTAssertEqual(v.status, 1, v.stdout)
        XCTAssertTrue(v.stdout.contains("OGILTIG"), v.stdout)
    }

    /// An incremental update that replaces one page's content with a new stream.
    private func appendPageChange(to bytes: [UInt8], pageIndex: Int) throws -> [UInt8] {
        let doc = try PDFDocument(bytes: bytes)
        let page = try doc.pages()[pageIndex]
        var update = PDFUpdate(doc)
        let stream = update.add(.stream(PDFStream(dictionary: [:], data: Array("BT /F1 24 Tf 100 100 Td (Bedrageri) Tj ET".utf8))))
        var dict = page.dictionary
        dict["Contents"] = .reference(stream)
        update.set(page.reference, .dictionary(dict))
        return try update.writeIncremental().bytes
    }

    func testRefusalsWriteNothingAndNeverPrintTheKey() throws {
        let input = try SignFixture.examplePDF("refuse-in.pdf")
        let keyLine = try String(contentsOfFile: pki.key("signer"), encoding: .utf8).split(separator: "\n")[1]
        for (signer, words) in [("expired", "expired on"), ("nousage", "may not be used for signatures")] {
            let out = pki.path("refuse-\(signer).pdf")
            let r = try sign(input, out, signer: signer)
            XCTAssertEqual(r.status, 1)
            XCTAssertTrue(r.stderr.contains(words), r.stderr)
            XCTAssertTrue(r.stderr.contains("nothing written"), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
        let mismatch = try SignFixture.run(["sign", input, "-o", pki.path("refuse-mismatch.pdf"), "--cert", pki.cert("signer"), "--key", pki.key("ec")])
        XCTAssertEqual(mismatch.status, 1)
        XCTAssertTrue(mismatch.stderr.contains("does not belong"), mismatch.stderr)
        let keyAsCert = try SignFixture.run(["sign", input, "-o", pki.path("refuse-k.pdf"), "--cert", pki.key("signer"), "--key", pki.key("signer")])
        XCTAssertFalse((keyAsCert.stdout + keyAsCert.stderr).contains(keyLine), "a key is never printed")
        let p12 = try SignFixture.run(["sign", input, "-o", pki.path("refuse-p12.pdf"), "--p12", pki.path("x.p12")],
                                      environment: ["IKPLAN_P12_PASSWORD": "hemligt"])
        XCTAssertEqual(p12.status, 1)
        XCTAssertTrue(p12.stderr.contains("PKCS#12"), p12.stderr)
        XCTAssertFalse(p12.stderr.contains("hemligt"))
        // An existing output is not replaced without --force, and never the input itself.
        let existing = pki.path("refuse-existing.pdf")
        try SignFixture.write(Array("keep me".utf8), existing)
        XCTAssertEqual(try sign(input, existing).status, 1)
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "keep me")
        XCTAssertEqual(try sign(input, input, extra: ["--force"]).status, 1)
        let unknownField = try sign(input, pki.path("refuse-field.pdf"), extra: ["--field", "Ordförande"])
        XCTAssertEqual(unknownField.status, 1)
        XCTAssertTrue(unknownField.stderr.contains("no signature field \"Ordförande\""), unknownField.stderr)
    }

    func testAFileSignedByPyHankoVerifiesWithIkplan() throws {
        let input = try SignFixture.examplePDF("hanko-in.pdf")
        let output = pki.path("hanko-out.pdf")
        let r = try PyHanko.run(["sign", "addsig", "--field", "Sig1", "--use-pades", "pemder", "--key", pki.key("signer"),
                                 "--cert", pki.cert("signer"), "--no-pass", input, output])
        XCTAssertEqual(r.status, 0, r.output)
        let v = try verify(output)
        XCTAssertEqual(v.status, 0, v.stdout + v.stderr)
        XCTAssertTrue(v.stdout.contains("Underskriften av Eva Mörk Månsson är giltig"), v.stdout)
    }

    func testAPreparedSignatureFieldIsFilledByName() throws {
        let input = try SignFixture.examplePDF("field-in.pdf")
        let prepared = pki.path("field-prepared.pdf"), output = pki.path("field-signed.pdf")
        // pyHanko prepares an empty signature field on page 1, as a signing service would find it.
        let r = try PyHanko.run(["sign", "addfields", "--field", "1/300,100,500,150/Ordförande", input, prepared])
        XCTAssertEqual(r.status, 0, r.output)
        let signed = try sign(prepared, output, extra: ["--field", "Ordförande"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        let list = try reports(output)
        XCTAssertEqual(list.map(\.field), ["Ordförande"], "the prepared field is signed, no new one added")
        XCTAssertTrue(list.allSatisfy(\.valid), list.map(\.message).joined(separator: "\n"))
        let hanko = try pyHankoValidate(output)
        XCTAssertEqual(hanko.status, 0, hanko.output)
        XCTAssertTrue(hanko.output.contains("INTACT:TRUSTED,UNTOUCHED"), hanko.output)
        let again = try sign(output, pki.path("field-twice.pdf"), extra: ["--field", "Ordförande"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already signed"), again.stderr)
    }

    func testASignedPDFAFileStaysPDFA2b() throws {
        let tsa = try LoopbackTSA(pki: pki)
        defer { tsa.stop() }
        let input = try SignFixture.examplePDF("pdfa-in.pdf")
        let first = pki.path("pdfa-first.pdf"), second = pki.path("pdfa-second.pdf")
        XCTAssertEqual(try sign(input, first, extra: ["--tsa", tsa.url.absoluteString]).status, 0)
        XCTAssertEqual(try sign(first, second, signer: "ec", extra: ["--chain", pki.caCert, "--validation-info", "--crl", pki.crl]).status, 0)
        let verdicts = try VeraPDF.validate([URL(fileURLWithPath: input), URL(fileURLWithPath: second)], flavours: ["2b"])
        for v in verdicts { print("veraPDF: \(v)") }
        XCTAssertEqual(verdicts.count, 2)
        XCTAssertTrue(verdicts.allSatisfy(\.isCompliant), verdicts.map(\.description).joined(separator: "\n"))
    }

    func testVerifyReadsCorruptedFilesWithoutCrashing() throws {
        let input = try SignFixture.examplePDF("fuzz-in.pdf")
        let signedPath = pki.path("fuzz-signed.pdf")
        XCTAssertEqual(try sign(input, signedPath, signer: "ec").status, 0)
        let signed = try SignFixture.bytes(signedPath)
        let ca = try TrustAnchors.load(paths: [pki.caCert])
        var generator = SystemRandomNumberGenerator()
        let tail = max(0, signed.count - 30_000)
        let start = Date()
        for round in 0..<150 {
            var bytes = signed
            for _ in 0..<(1 + round % 5) {
                // Mostly in the signature and the trailer, where the verifier reads most.
                let i = Int.random(in: tail..<bytes.count, using: &generator)
                bytes[i] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 10 == 0 { bytes = Array(bytes.prefix(Int.random(in: tail..<bytes.count, using: &generator))) }
            _ = try? PDFVerifier.verify(bytes, trust: ca)
        }
        _ = try? PDFVerifier.verify([], trust: ca)
        _ = try? PDFVerifier.verify(Array("%PDF-1.7\n%%EOF\n".utf8), trust: ca)
        XCTAssertLessThan(Date().timeIntervalSince(start), 120)
    }
}
