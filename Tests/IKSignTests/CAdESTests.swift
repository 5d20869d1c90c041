import Foundation
import IKTestSupport
import XCTest
import X509
@testable import IKSign

/// The CMS side of PAdES, checked against openssl as an independent verifier and against our own verifier.
final class CAdESTests: XCTestCase {
    let pki = TestPKI.shared
    let content = Array("Protokoll fört vid sammanträde med kommunstyrelsen.\n".utf8)

    private func sign(_ name: String, timestamper: CAdESBuilder.Timestamper? = nil) throws -> [UInt8] {
        let identity = try SigningIdentity.load(certificate: pki.cert(name), key: pki.key(name), chain: nil)
        return try CAdESBuilder.signedData(contentDigest: DigestAlgorithm.sha256.hash(content), identity: identity, timestamper: timestamper)
    }

    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = pki.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testOpenSSLVerifiesRSAAndECDSASignaturesWithThePAdESAttributes() throws {
        _ = try write(content, "content.txt")
        for name in ["signer", "ec"] {
            let cms = try write(try sign(name), "\(name).p7s")
            let verify = try PDFTool.execute("openssl", ["cms", "-verify", "-binary", "-inform", "DER", "-in", cms,
                                                         "-content", pki.path("content.txt"), "-CAfile", pki.caCert,
                                                         "-purpose", "any", "-out", "/dev/null"])
            XCTAssertEqual(verify.status, 0, "\(name): \(verify.stderr)")
            XCTAssertTrue(verify.stderr.contains("Verification successful"), verify.stderr)
            let printed = try pki.openssl(["cms", "-cmsout", "-print", "-inform", "DER", "-in", cms])
            XCTAssertTrue(printed.contains("id-smime-aa-signingCertificateV2"), printed)
            XCTAssertTrue(printed.contains("pkcs9-messageDigest") || printed.contains("messageDigest"), printed)
            XCTAssertTrue(printed.contains("contentType"), printed)
            XCTAssertFalse(printed.contains("signingTime"), "PAdES forbids the signing-time attribute")
            XCTAssertTrue(printed.contains("eContent: <ABSENT>"), "the signature must be detached")
        }
    }

    func testOwnVerifierAcceptsGoodAndRejectsChangedContent() throws {
        let cms = try sign("signer")
        let good = try CMSVerifier.verify(signedData: ArraySlice(cms), detachedContent: [ArraySlice(content)])
        XCTAssertTrue(good.isValid, good.problems.joined(separator: "; "))
        XCTAssertEqual(good.signingCertificateMatches, true)
        XCTAssertFalse(good.hasSigningTime)
        var changed = content
        changed[3] ^= 0x01
        let bad = try CMSVerifier.verify(signedData: ArraySlice(cms), detachedContent: [ArraySlice(changed)])
        XCTAssertFalse(bad.digestMatches)
        XCTAssertFalse(bad.isValid)
        // A flipped bit in the signature value itself.
        var forged = cms
        forged[forged.count - 10] ^= 0x40
        let forgedResult = try? CMSVerifier.verify(signedData: ArraySlice(forged), detachedContent: [ArraySlice(content)])
        XCTAssertNotEqual(forgedResult?.isValid, true)
    }

    func testOpenSSLSignedDataVerifiesWithOwnVerifier() throws {
        let data = try write(content, "content2.txt")
        let out = pki.path("openssl.p7s")
        try pki.openssl(["cms", "-sign", "-binary", "-outform", "DER", "-in", data, "-signer", pki.cert("ec"),
                         "-inkey", pki.key("ec"), "-md", "sha256", "-out", out])
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: out)))
        let result = try CMSVerifier.verify(signedData: ArraySlice(bytes), detachedContent: [ArraySlice(content)])
        XCTAssertTrue(result.isValid, result.problems.joined(separator: "; "))
        XCTAssertTrue(result.hasSigningTime)
    }

    func testChainToTheTestCAAndNotToAnotherAnchor() throws {
        let cms = try sign("signer")
        let result = try CMSVerifier.verify(signedData: ArraySlice(cms), detachedContent: [ArraySlice(content)])
        let signer = try XCTUnwrap(result.signer)
        let ca = try Certificate(pemEncoded: String(contentsOfFile: pki.caCert, encoding: .utf8))
        let trusted = ChainValidator.validate(leaf: signer, intermediates: [], roots: [ca], at: Date(), purpose: .documentSigning)
        XCTAssertTrue(trusted.trusted, trusted.problems.joined(separator: "; "))
        let tsa = try Certificate(pemEncoded: String(contentsOfFile: pki.cert("tsa"), encoding: .utf8))
        let untrusted = ChainValidator.validate(leaf: signer, intermediates: [], roots: [tsa], at: Date(), purpose: .documentSigning)
        XCTAssertFalse(untrusted.trusted)
        // The TSA's certificate with its critical timeStamping EKU validates for time-stamping only.
        XCTAssertTrue(ChainValidator.validate(leaf: tsa, intermediates: [], roots: [ca], at: Date(), purpose: .timeStamping).trusted)
        XCTAssertFalse(ChainValidator.validate(leaf: signer, intermediates: [], roots: [ca], at: Date(), purpose: .timeStamping).trusted)
    }

    func testRevocationListNamesTheRevokedCertificateOnly() throws {
        let crl = try RevocationList.load(path: pki.crl)
        let ca = try Certificate(pemEncoded: String(contentsOfFile: pki.caCert, encoding: .utf8))
        let revokedDER = try XCTUnwrap(try PEMFile.certificates(at: pki.cert("revoked")).first).der
        let goodDER = try XCTUnwrap(try PEMFile.certificates(at: pki.cert("signer")).first).der
        guard case .revoked = RevocationList.status(ofCertificateDER: revokedDER, issuer: ca, lists: [crl]) else {
            return XCTFail("the revoked certificate is not reported revoked")
        }
        XCTAssertEqual(RevocationList.status(ofCertificateDER: goodDER, issuer: ca, lists: [crl]), .good)
        let tsa = try Certificate(pemEncoded: String(contentsOfFile: pki.cert("tsa"), encoding: .utf8))
        XCTAssertEqual(RevocationList.status(ofCertificateDER: goodDER, issuer: tsa, lists: [crl]), .unknown,
                       "a CRL not signed by the issuer proves nothing")
    }

    func testRefusalsSayWhatIsWrong() throws {
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "" } catch { return "\(error)" }
        }
        XCTAssertTrue(message { _ = try SigningIdentity.load(certificate: pki.cert("signer"), key: pki.key("ec"), chain: nil) }
            .contains("does not belong to the certificate"))
        XCTAssertTrue(message { _ = try SigningIdentity.load(certificate: pki.cert("expired"), key: pki.key("expired"), chain: nil) }
            .contains("expired on 2021-01-01"))
        XCTAssertTrue(message { _ = try SigningIdentity.load(certificate: pki.cert("nousage"), key: pki.key("nousage"), chain: nil) }
            .contains("may not be used for signatures"))
        let short = message { _ = try SigningIdentity.load(certificate: pki.cert("short"), key: pki.key("short"), chain: nil) }
        XCTAssertTrue(short.contains("1024 bits"), short)
        XCTAssertTrue(message { _ = try SigningIdentity.load(certificate: pki.path("missing.pem"), key: pki.key("signer"), chain: nil) }
            .contains("file not found"))
        XCTAssertTrue(message { _ = try SigningIdentity.load(certificate: pki.key("signer"), key: pki.key("signer"), chain: nil) }
            .contains("no certificate found"))
        let keyText = try String(contentsOfFile: pki.key("signer"), encoding: .utf8)
        let keyMessage = message { _ = try SigningIdentity.load(certificate: pki.cert("signer"), key: pki.cert("signer"), chain: nil) }
        XCTAssertTrue(keyMessage.contains("no private key found"), keyMessage)
        XCTAssertFalse(keyMessage.contains(keyText.split(separator: "\n")[1]), "a message must never hold key material")
        XCTAssertTrue(message { _ = try SigningIdentity.loadPKCS12(path: "x.p12", password: "secret") }.contains("PKCS#12"))
    }

    func testTimestampFromARealLoopbackAuthority() throws {
        let tsa = try LoopbackTSA(pki: pki)
        defer { tsa.stop() }
        let client = TimestampClient(url: tsa.url, timeout: 20)
        let cms = try sign("signer", timestamper: client.token(for:))
        let result = try CMSVerifier.verify(signedData: ArraySlice(cms), detachedContent: [ArraySlice(content)])
        XCTAssertTrue(result.isValid, result.problems.joined(separator: "; "))
        let stamp = try XCTUnwrap(result.timestamp)
        XCTAssertTrue(stamp.isValid, stamp.problems.joined(separator: "; "))
        let time = try XCTUnwrap(stamp.time)
        XCTAssertLessThan(abs(time.timeIntervalSinceNow), 120)
        let ca = try Certificate(pemEncoded: String(contentsOfFile: pki.caCert, encoding: .utf8))
        let authority = try XCTUnwrap(stamp.authority)
        XCTAssertTrue(ChainValidator.validate(leaf: authority, intermediates: [], roots: [ca], at: time, purpose: .timeStamping).trusted)
        // openssl agrees that the token stamps this signature.
        let printed = try pki.openssl(["cms", "-cmsout", "-print", "-inform", "DER", "-in", try write(cms, "stamped.p7s")])
        XCTAssertTrue(printed.contains("id-smime-aa-timeStampToken"), printed)
    }

    func testCorruptedSignaturesNeverCrash() throws {
        let cms = try sign("ec")
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            var bytes = cms
            for _ in 0..<(1 + round % 4) {
                let i = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[i] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 7 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator))) }
            _ = try? CMSVerifier.verify(signedData: ArraySlice(bytes), detachedContent: [ArraySlice(content)])
        }
        _ = try? CMSVerifier.verify(signedData: ArraySlice(repeating: 0x30, count: 10_000), detachedContent: nil)
        _ = try? CMSVerifier.verify(signedData: [], detachedContent: nil)
    }
}
