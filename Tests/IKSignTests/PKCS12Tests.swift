import Foundation
import IKTestSupport
import XCTest
@testable import IKSign

/// `sign --p12`: PKCS#12 files as OpenSSL 3 writes them (AES-256, PBKDF2, HMAC-SHA-256), with the password
/// from a file or the environment; a wrong password, a legacy file and a file without a key are refused
/// with what to do, and nothing is written.
final class PKCS12Tests: XCTestCase {
    let pki = TestPKI.shared

    /// The signer's key, certificate and the CA in one .p12, protected by `password`.
    private func makeP12(_ name: String, password: String, extra: [String] = []) throws -> String {
        let out = pki.path(name)
        _ = try pki.openssl(["pkcs12", "-export", "-inkey", pki.key("signer"), "-in", pki.cert("signer"), "-certfile", pki.caCert,
                             "-out", out, "-passout", "pass:\(password)"] + extra)
        return out
    }

    func testAModernP12SignsAndVerifiesWithItsChain() throws {
        let p12 = try makeP12("signer.p12", password: "hemligt lösen")
        let passwordFile = pki.path("p12-password.txt")
        try "hemligt lösen\n".write(toFile: passwordFile, atomically: true, encoding: .utf8)
        let input = try SignFixture.examplePDF("p12-in.pdf"), output = pki.path("p12-out.pdf")
        let r = try SignFixture.run(["sign", input, "-o", output, "--p12", p12, "--password-file", passwordFile])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stderr.contains("hemligt"), "the password is never printed")
        let v = try SignFixture.run(["verify", output, "--trust", pki.caCert])
        XCTAssertEqual(v.status, 0, v.stdout + v.stderr)
        XCTAssertTrue(v.stdout.contains("Underskriften av Eva Mörk Månsson är giltig"), v.stdout)
        // The same through the environment variable.
        let env = try SignFixture.run(["sign", input, "-o", pki.path("p12-env.pdf"), "--p12", p12],
                                      environment: ["IKPLAN_P12_PASSWORD": "hemligt lösen"])
        XCTAssertEqual(env.status, 0, env.stderr)
    }

    func testAWrongPasswordALegacyFileAndNoFileAreRefusedAndNothingIsWritten() throws {
        let p12 = try makeP12("wrong.p12", password: "rätt")
        let input = try SignFixture.examplePDF("p12-refuse-in.pdf")
        let wrong = try SignFixture.run(["sign", input, "-o", pki.path("p12-wrong.pdf"), "--p12", p12],
                                        environment: ["IKPLAN_P12_PASSWORD": "fel"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("the password is wrong"), wrong.stderr)
        XCTAssertFalse(wrong.stderr.contains("fel\n") || wrong.stderr.contains("rätt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: pki.path("p12-wrong.pdf")))

        let legacy = try makeP12("legacy.p12", password: "gammal", extra: ["-legacy"])
        let old = try SignFixture.run(["sign", input, "-o", pki.path("p12-legacy.pdf"), "--p12", legacy],
                                      environment: ["IKPLAN_P12_PASSWORD": "gammal"])
        XCTAssertEqual(old.status, 1)
        XCTAssertTrue(old.stderr.contains("legacy"), old.stderr)
        XCTAssertTrue(old.stderr.contains("openssl pkcs12"), "says how to convert: \(old.stderr)")

        let certOnly = pki.path("cert-only.p12")
        _ = try pki.openssl(["pkcs12", "-export", "-nokeys", "-in", pki.cert("signer"), "-out", certOnly, "-passout", "pass:x"])
        let noKey = try SignFixture.run(["sign", input, "-o", pki.path("p12-nokey.pdf"), "--p12", certOnly],
                                        environment: ["IKPLAN_P12_PASSWORD": "x"])
        XCTAssertEqual(noKey.status, 1)
        XCTAssertTrue(noKey.stderr.contains("no private key"), noKey.stderr)

        let missing = try SignFixture.run(["sign", input, "-o", pki.path("p12-missing.pdf"), "--p12", pki.path("nowhere.p12")],
                                          environment: ["IKPLAN_P12_PASSWORD": "x"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nowhere.p12"), missing.stderr)
    }
}
