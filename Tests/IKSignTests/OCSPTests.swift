import Foundation
import IKTestSupport
import XCTest
import IKPDF
import SwiftASN1
import X509
@testable import IKSign

/// OCSP for PAdES B-LT: `sign --validation-info` asks the responder a certificate's Authority Information
/// Access names (a real `openssl ocsp` responder on loopback, answering from the test CA's database), embeds the
/// answer in the DSS (/OCSPs), refuses a revoked signer and warns when the responder is away; `verify`
/// evaluates the embedded responses (signature by an authorised responder, certificate id, times, status).
final class OCSPTests: XCTestCase {
    let pki = TestPKI.shared

    /// A free TCP port on loopback (bound and released, so the certificates can name it before the responder runs).
    private func freePort() throws -> Int {
        let out = try PDFTool.run("python3", ["-c", "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1]); s.close()"])
        guard let port = Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw NSError(domain: "port", code: 1) }
        return port
    }

    /// `openssl ocsp` answering on `port` from the CA's index with the responder certificate "ocsp" (OCSPSigning
    /// EKU, issued by the CA), stopped when the test ends.
    @discardableResult
    private func startResponder(port: Int) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "ocsp", "-index", pki.path("index.txt"), "-port", "\(port)", "-CA", pki.caCert,
                             "-rsigner", pki.cert("ocsp"), "-rkey", pki.key("ocsp"), "-ndays", "1"]
        let err = Pipe()
        process.standardOutput = err
        process.standardError = err
        try process.run()
        addTeardownBlock { process.terminate(); process.waitUntilExit() }
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("ACCEPT") && Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        XCTAssertTrue(text.contains("ACCEPT"), "the OCSP responder did not start: \(text)")
        return process
    }

    /// A certificate from the CA with `extensions` (an openssl extension section's lines).
    private func issue(_ name: String, cn: String, _ extensions: String) throws {
        if FileManager.default.fileExists(atPath: pki.cert(name)) { return }
        try "[ ext ]\n\(extensions)\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"
            .write(toFile: pki.path("\(name).ext"), atomically: true, encoding: .utf8)
        _ = try pki.openssl(["req", "-new", "-config", pki.path("ca.cnf"), "-newkey", "rsa:2048", "-nodes", "-keyout", pki.key(name),
                             "-out", pki.path("\(name).csr"), "-utf8", "-subj", "/C=SE/O=Testkommunen/CN=\(cn)"])
        _ = try pki.openssl(["ca", "-config", pki.path("ca.cnf"), "-batch", "-notext", "-utf8", "-extfile", pki.path("\(name).ext"),
                             "-extensions", "ext", "-keyfile", pki.key("ca"), "-cert", pki.caCert, "-in", pki.path("\(name).csr"),
                             "-out", pki.cert(name)])
    }

    private func issueSigner(_ name: String, cn: String, ocspURL: String) throws {
        try issue(name, cn: cn, """
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature,nonRepudiation
            authorityInfoAccess = OCSP;URI:\(ocspURL)
            """)
    }

    private func issueResponder() throws {
        try issue("ocsp", cn: "Testkommunens OCSP", """
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature
            extendedKeyUsage = critical,OCSPSigning
            noCheck = ignored
            """)
    }

    private func report(_ path: String) throws -> SignatureReport {
        let v = try SignFixture.run(["verify", path, "--trust", pki.caCert, "--format", "json"])
        return try XCTUnwrap(try JSONDecoder().decode([SignatureReport].self, from: Data(v.stdout.utf8)).first, v.stderr)
    }

    func testTheResponderIsAskedAndItsAnswerIsEmbeddedAndEvaluated() throws {
        try issueResponder()
        let port = try freePort()
        let url = "http://127.0.0.1:\(port)/"
        try issueSigner("ocsp-good", cn: "Karin Ek", ocspURL: url)
        try issueSigner("ocsp-revoked", cn: "Spärrad Karin", ocspURL: url)
        _ = try pki.openssl(["ca", "-config", pki.path("ca.cnf"), "-batch", "-revoke", pki.cert("ocsp-revoked"), "-keyfile", pki.key("ca"), "-cert", pki.caCert])
        let responder = try startResponder(port: port)

        // Good: fetched, in the DSS, and `verify` reads "good" from it.
        let input = try SignFixture.examplePDF("ocsp-in.pdf"), output = pki.path("ocsp-good.pdf")
        let signed = try SignFixture.run(["sign", input, "-o", output, "--cert", pki.cert("ocsp-good"), "--key", pki.key("ocsp-good"),
                                          "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        XCTAssertTrue(signed.stderr.contains("fetched 1 OCSP response for the DSS"), signed.stderr)
        XCTAssertFalse(signed.stderr.contains("warning"), "the responder answered: no CRL is missed: \(signed.stderr)")
        let doc = try PDFDocumentReader.dss(output)
        XCTAssertEqual(doc.ocsps.count, 1, "the response is in /DSS /OCSPs")
        let good = try report(output)
        XCTAssertTrue(good.valid, good.message)
        XCTAssertEqual(good.revocation, "good")
        XCTAssertEqual(good.revocationSource, "OCSP")
        let pdfsig = try PDFTool.run("pdfsig", [output])
        XCTAssertTrue(pdfsig.contains("Signature is Valid."), pdfsig)

        // The embedded answer, checked by an independent reader: openssl verifies its signature against the CA and
        // reads "good" for the signer.
        let embedded = pki.path("ocsp-embedded.der")
        try SignFixture.write(try XCTUnwrap(doc.ocsps.first), embedded)
        let check = try PDFTool.execute("openssl", ["ocsp", "-respin", embedded, "-CAfile", pki.caCert, "-issuer", pki.caCert,
                                                    "-cert", pki.cert("ocsp-good"), "-no_nonce"])
        XCTAssertTrue(check.stderr.contains("Response verify OK"), check.stderr)
        XCTAssertTrue(check.text.contains("ocsp-good.pem: good"), check.text)

        // B-LT with a timestamp, verified with the responder stopped: the answer comes from the DSS.
        let tsa = try LoopbackTSA(pki: pki)
        defer { tsa.stop() }
        let lt = pki.path("ocsp-lt.pdf")
        let ltSigned = try SignFixture.run(["sign", input, "-o", lt, "--cert", pki.cert("ocsp-good"), "--key", pki.key("ocsp-good"),
                                            "--chain", pki.caCert, "--validation-info", "--tsa", tsa.url.absoluteString])
        XCTAssertEqual(ltSigned.status, 0, ltSigned.stderr)
        XCTAssertTrue(ltSigned.stdout.contains("PAdES B-LT"), ltSigned.stdout)
        responder.terminate()
        responder.waitUntilExit()
        let ltReport = try report(lt)
        XCTAssertTrue(ltReport.valid, ltReport.message)
        XCTAssertEqual(ltReport.revocation, "good")
        XCTAssertEqual(ltReport.revocationSource, "OCSP")
        let hanko = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", lt])
        XCTAssertTrue(hanko.output.contains("INTACT:TRUSTED"), hanko.output)
        XCTAssertTrue(hanko.output.contains("TIMESTAMP_TOKEN<INTACT:TRUSTED>"), hanko.output)

        // B-LTA: a document timestamp after the DSS (the signer's OCSP answer, and the CA's CRL for the timestamp
        // authority, which names no responder). pyHanko's AdES validation, offline (the responder is stopped), finds
        // everything it needs in the file and agrees; so does `verify`. Without the document timestamp pyHanko's
        // AdES mode finds no proof of existence for the DSS and says UNTRUSTED.
        responder.terminate()
        let lta = pki.path("ocsp-lta.pdf")
        let ltaSigned = try SignFixture.run(["sign", input, "-o", lta, "--cert", pki.cert("ocsp-good"), "--key", pki.key("ocsp-good"),
                                             "--chain", pki.caCert, "--tsa", tsa.url.absoluteString, "--ocsp", embedded, "--crl", pki.crl, "--lta"])
        XCTAssertEqual(ltaSigned.status, 0, ltaSigned.stderr)
        XCTAssertTrue(ltaSigned.stdout.contains("PAdES B-LTA"), ltaSigned.stdout)
        let ltaRun = try SignFixture.run(["verify", lta, "--trust", pki.caCert, "--format", "json"])
        XCTAssertEqual(ltaRun.status, 0, ltaRun.stdout + ltaRun.stderr)
        let ltaReports = try JSONDecoder().decode([SignatureReport].self, from: Data(ltaRun.stdout.utf8))
        XCTAssertEqual(ltaReports.count, 2)
        XCTAssertTrue(ltaReports.allSatisfy(\.valid), ltaReports.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(ltaReports.map { $0.isDocumentTimestamp == true }, [false, true])
        XCTAssertEqual(ltaReports.first?.revocationSource, "OCSP")
        let text = try SignFixture.run(["verify", lta, "--trust", pki.caCert])
        XCTAssertTrue(text.stdout.contains("Dokumenttidsstämpeln från Testkommunens tidsstämpel är giltig"), text.stdout)
        XCTAssertTrue(text.stdout.contains("spärrstatus: ej spärrat (enligt OCSP-svar)"), text.stdout)
        let ades = try PyHanko.run(["sign", "adesverify", "--trust", pki.caCert, "--trust-replace", lta])
        print("pyhanko sign adesverify ocsp-lta.pdf: \(ades.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        XCTAssertEqual(ades.status, 0, ades.output)
        XCTAssertTrue(ades.output.contains("INTACT:TRUSTED,TIMESTAMP_TOKEN<INTACT:TRUSTED>,EXTENDED_WITH_LTA_UPDATES"), ades.output)
        let plainHanko = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", lta])
        print("pyhanko sign validate ocsp-lta.pdf: \(plainHanko.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        XCTAssertTrue(plainHanko.output.contains("INTACT:TRUSTED,TIMESTAMP_TOKEN<INTACT:TRUSTED>,EXTENDED_WITH_LTA_UPDATES"),
                      "the document timestamp is a pure LTA update, as pyHanko's own is: \(plainHanko.output)")
        // A changed byte after the first signature's revision (in the DSS) breaks the document timestamp.
        var tampered = try SignFixture.bytes(lta)
        let firstEnd = try XCTUnwrap(ltaReports.first?.byteRange).suffix(2).reduce(0, +)
        let stampStart = try XCTUnwrap(ltaReports.last?.byteRange[1])
        let spot = try XCTUnwrap((firstEnd..<stampStart).first { tampered[$0] == UInt8(ascii: "/") && tampered[$0 + 1] == UInt8(ascii: "T") })
        tampered[spot + 1] = UInt8(ascii: "X")
        let tamperedPath = pki.path("ocsp-lta-tampered.pdf")
        try SignFixture.write(tampered, tamperedPath)
        let broken = try SignFixture.run(["verify", tamperedPath, "--trust", pki.caCert, "--format", "json"])
        XCTAssertNotEqual(broken.status, 0)
        let brokenReports = try JSONDecoder().decode([SignatureReport].self, from: Data(broken.stdout.utf8))
        XCTAssertEqual(brokenReports.last?.isDocumentTimestamp, true)
        XCTAssertEqual(brokenReports.last?.digestValid, false, broken.stdout)
        // pyHanko's own document timestamp on the B-LT file, for comparison, and ikplan reading it.
        let hankoLTA = pki.path("ocsp-hanko-lta.pdf")
        let stamped = try PyHanko.run(["sign", "timestamp", "--trust", pki.caCert, "--trust-replace", "--timestamp-url", tsa.url.absoluteString, lt, hankoLTA])
        XCTAssertEqual(stamped.status, 0, stamped.output)
        let hankoView = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", hankoLTA])
        print("pyhanko sign validate ocsp-hanko-lta.pdf: \(hankoView.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        let ikplanView = try SignFixture.run(["verify", hankoLTA, "--trust", pki.caCert])
        print("ikplan verify ocsp-hanko-lta.pdf: \(ikplanView.stdout)")
        XCTAssertEqual(ikplanView.status, 0, ikplanView.stdout)
        XCTAssertTrue(ikplanView.stdout.contains("Dokumenttidsstämpeln från Testkommunens tidsstämpel är giltig"), ikplanView.stdout)
        let vera = try VeraPDF.validate([URL(fileURLWithPath: lta)], flavours: ["2b"])
        XCTAssertTrue(vera.allSatisfy(\.isCompliant) && vera.count == 1, vera.map(\.description).joined(separator: "\n"))
        let pdfsigLTA = try PDFTool.run("pdfsig", [lta])
        print("pdfsig ocsp-lta.pdf: \(pdfsigLTA)")
        try startResponder(port: port)

        // Revoked: refused at signing, nothing written.
        let refusedPath = pki.path("ocsp-revoked.pdf")
        let refused = try SignFixture.run(["sign", input, "-o", refusedPath, "--cert", pki.cert("ocsp-revoked"), "--key", pki.key("ocsp-revoked"),
                                           "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("revoked") && refused.stderr.contains("OCSP"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: refusedPath))

        // A file whose DSS holds a "revoked" answer (signed before the revocation was known): `verify` says revoked.
        let before = pki.path("ocsp-before.pdf")
        let early = try SignFixture.run(["sign", input, "-o", before, "--cert", pki.cert("ocsp-revoked"), "--key", pki.key("ocsp-revoked"),
                                         "--chain", pki.caCert])
        XCTAssertEqual(early.status, 0, early.stderr)
        let answer = pki.path("ocsp-revoked.der")
        _ = try pki.openssl(["ocsp", "-issuer", pki.caCert, "-cert", pki.cert("ocsp-revoked"), "-url", url, "-no_nonce",
                             "-respout", answer, "-noverify"])
        let identity = try SigningIdentity.load(certificate: pki.cert("ocsp-revoked"), key: pki.key("ocsp-revoked"), chain: pki.caCert)
        let withAnswer = try DSSWriter.append(to: try SignFixture.bytes(before), identity: identity, signature: [],
                                              validation: ValidationData(ocspResponses: [try SignFixture.bytes(answer)]))
        let revokedPath = pki.path("ocsp-revoked-dss.pdf")
        try SignFixture.write(withAnswer, revokedPath)
        let revoked = try report(revokedPath)
        XCTAssertFalse(revoked.valid, revoked.message)
        XCTAssertEqual(revoked.revocation, "revoked")
        XCTAssertEqual(revoked.revocationSource, "OCSP")

        // The same answer given as a file: refused too.
        let given = try SignFixture.run(["sign", input, "-o", pki.path("ocsp-given.pdf"), "--cert", pki.cert("ocsp-revoked"),
                                         "--key", pki.key("ocsp-revoked"), "--chain", pki.caCert, "--ocsp", answer])
        XCTAssertEqual(given.status, 1, given.stderr)

        // Unreachable: signed, with a warning naming the OCSP responder.
        try issueSigner("ocsp-away", cn: "Ola Borta", ocspURL: "http://127.0.0.1:9/")
        let away = try SignFixture.run(["sign", input, "-o", pki.path("ocsp-away.pdf"), "--cert", pki.cert("ocsp-away"),
                                        "--key", pki.key("ocsp-away"), "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(away.status, 0, away.stderr)
        XCTAssertTrue(away.stderr.contains("warning: the OCSP response from http://127.0.0.1:9/ cannot be fetched"), away.stderr)
    }

    /// B-LTA with nothing given but URLs: the signer's and the timestamp authority's certificates both name the
    /// responder, ikplan fetches both answers into the DSS, and pyHanko's AdES validation, offline, agrees.
    func testBLTAFetchesTheTimestampAuthoritysStatusToo() throws {
        try issueResponder()
        let port = try freePort()
        let url = "http://127.0.0.1:\(port)/"
        try issueSigner("lta-signer", cn: "Lena Ås", ocspURL: url)
        try issue("tsa-ocsp", cn: "Testkommunens tidsstämpel med OCSP", """
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature,nonRepudiation
            extendedKeyUsage = critical,timeStamping
            authorityInfoAccess = OCSP;URI:\(url)
            """)
        let responder = try startResponder(port: port)
        let tsa = try LoopbackTSA(pki: pki, signer: "tsa-ocsp")
        defer { tsa.stop() }
        let input = try SignFixture.examplePDF("lta-in.pdf"), output = pki.path("lta-out.pdf")
        let signed = try SignFixture.run(["sign", input, "-o", output, "--cert", pki.cert("lta-signer"), "--key", pki.key("lta-signer"),
                                          "--chain", pki.caCert, "--tsa", tsa.url.absoluteString, "--lta"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        XCTAssertTrue(signed.stdout.contains("PAdES B-LTA"), signed.stdout)
        XCTAssertTrue(signed.stderr.contains("fetched 1 OCSP response for the DSS"), signed.stderr)
        XCTAssertTrue(signed.stderr.contains("fetched 1 revocation answer for the timestamp authority"), signed.stderr)
        XCTAssertFalse(signed.stderr.contains("warning"), signed.stderr)
        XCTAssertEqual(try PDFDocumentReader.dss(output).ocsps.count, 2)
        // pyHanko's own B-LTA with the same PKI and responder, for comparison.
        let theirs = pki.path("lta-hanko.pdf")
        let hankoSigned = try PyHanko.run(["sign", "addsig", "--field", "Sig1", "--use-pades", "--use-pades-lta", "--with-validation-info",
                                           "--timestamp-url", tsa.url.absoluteString, "--trust", pki.caCert, "--trust-replace",
                                           "pemder", "--key", pki.key("lta-signer"), "--cert", pki.cert("lta-signer"), "--chain", pki.caCert,
                                           "--no-pass", input, theirs])
        print("pyhanko addsig B-LTA: \(hankoSigned.output)")
        responder.terminate()
        responder.waitUntilExit()
        let ades = try PyHanko.run(["sign", "adesverify", "--trust", pki.caCert, "--trust-replace", output])
        print("pyhanko sign adesverify lta-out.pdf: \(ades.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        let theirsAdes = try PyHanko.run(["sign", "adesverify", "--trust", pki.caCert, "--trust-replace", theirs])
        print("pyhanko sign adesverify lta-hanko.pdf: \(theirsAdes.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        // pyHanko 0.38's AdES mode, offline, finds no usable revocation data in either file when only `openssl ocsp`
        // answers are there (it accepts a CRL, see testTheResponderIsAsked…): it must at least judge ikplan's file
        // exactly as its own.
        func verdict(_ output: String) -> String? {
            output.split(separator: "\n").first { $0.contains(":INTACT:") }.map { String($0.split(separator: ":").dropFirst(2).joined(separator: ":")) }
        }
        XCTAssertEqual(hankoSigned.status, 0, hankoSigned.output)
        XCTAssertNotNil(verdict(ades.output), ades.output)
        XCTAssertEqual(verdict(ades.output), verdict(theirsAdes.output), "pyHanko judges ikplan's B-LTA as its own")
        let plain = try PyHanko.run(["sign", "validate", "--trust", pki.caCert, "--trust-replace", "--no-revocation-check", output])
        XCTAssertTrue(plain.output.contains("INTACT:TRUSTED,TIMESTAMP_TOKEN<INTACT:TRUSTED>,EXTENDED_WITH_LTA_UPDATES"), plain.output)
        // ikplan reads pyHanko's B-LTA, with its OCSP answers, as valid too.
        let theirsView = try SignFixture.run(["verify", theirs, "--trust", pki.caCert, "--format", "json"])
        XCTAssertEqual(theirsView.status, 0, theirsView.stdout)
        let theirReports = try JSONDecoder().decode([SignatureReport].self, from: Data(theirsView.stdout.utf8))
        XCTAssertEqual(theirReports.first?.revocationSource, "OCSP", theirsView.stdout)
        let v = try SignFixture.run(["verify", output, "--trust", pki.caCert])
        XCTAssertEqual(v.status, 0, v.stdout)
        XCTAssertTrue(v.stdout.contains("(enligt OCSP-svar)"), v.stdout)
        let json = try SignFixture.run(["verify", output, "--trust", pki.caCert, "--format", "json"])
        let reports = try JSONDecoder().decode([SignatureReport].self, from: Data(json.stdout.utf8))
        XCTAssertEqual(reports.map(\.timestampRevocation), ["good", "good"], "the authority's status, from its OCSP answer")
        XCTAssertEqual(reports.last?.revocation, "good")
    }

    /// Responses `verify` must not believe: signed by a certificate the CA did not authorise for OCSP, and an
    /// answer about another certificate. Made offline by `openssl ocsp -reqin`.
    func testAResponseFromAnUnauthorisedResponderOrForAnotherCertificateDoesNotCount() throws {
        try issueResponder()
        let signer = try Certificate(pemEncoded: String(contentsOfFile: pki.cert("signer"), encoding: .utf8))
        let other = try Certificate(pemEncoded: String(contentsOfFile: pki.cert("ec"), encoding: .utf8))
        let ca = try Certificate(pemEncoded: String(contentsOfFile: pki.caCert, encoding: .utf8))
        let signerDER = try derBytes { try $0.serialize(signer) }
        let request = try OCSPRequestBuilder.request(forCertificateDER: signerDER, issuer: ca)
        try SignFixture.write(request, pki.path("req.der"))
        func answer(by responder: String) throws -> OCSPResponse {
            let out = pki.path("resp-\(responder).der")
            _ = try pki.openssl(["ocsp", "-index", pki.path("index.txt"), "-CA", pki.caCert, "-rsigner", pki.cert(responder),
                                 "-rkey", pki.key(responder), "-reqin", pki.path("req.der"), "-respout", out, "-ndays", "1"])
            return try OCSPResponse(der: try SignFixture.bytes(out))
        }
        let authorised = try answer(by: "ocsp")
        XCTAssertEqual(authorised.status(ofCertificateDER: signerDER, issuer: ca, at: Date()), .good)
        XCTAssertNil(authorised.status(ofCertificateDER: try derBytes { try $0.serialize(other) }, issuer: ca, at: Date()),
                     "an answer about another certificate")
        XCTAssertNil(authorised.status(ofCertificateDER: signerDER, issuer: ca, at: Date().addingTimeInterval(3 * 86_400)),
                     "a stale answer (past nextUpdate) does not speak for a later time")
        let byCA = try answer(by: "ca")
        XCTAssertEqual(byCA.status(ofCertificateDER: signerDER, issuer: ca, at: Date()), .good, "the issuer itself may answer")
        let unauthorised = try answer(by: "signer")
        XCTAssertNil(unauthorised.status(ofCertificateDER: signerDER, issuer: ca, at: Date()), "a responder without OCSPSigning")
        XCTAssertThrowsError(try OCSPResponse(der: Array("not an OCSP response".utf8)))

        // Hostile bytes: every truncation and a flipped bit at every byte of the signed part either fail to read
        // or are not believed; nothing crashes.
        let der = authorised.der
        let tbs = authorised.tbsDER
        let tbsStart = try XCTUnwrap((0...(der.count - tbs.count)).first { Array(der[$0..<($0 + tbs.count)]) == tbs })
        var believed = 0
        for index in tbsStart..<(tbsStart + tbs.count) {
            var mutated = der
            mutated[index] ^= 0x10
            if let r = try? OCSPResponse(der: mutated), r.status(ofCertificateDER: signerDER, issuer: ca, at: Date()) != nil { believed += 1 }
        }
        XCTAssertEqual(believed, 0, "a changed byte in the signed response data is never believed")
        for length in stride(from: 0, to: der.count, by: 3) {
            _ = (try? OCSPResponse(der: Array(der.prefix(length))))?.status(ofCertificateDER: signerDER, issuer: ca, at: Date())
        }
    }
}

/// The DSS of a file on disk.
enum PDFDocumentReader {
    static func dss(_ path: String) throws -> DocumentSecurityStore {
        DocumentSecurityStore(try PDFDocument(bytes: try SignFixture.bytes(path)))
    }
}
