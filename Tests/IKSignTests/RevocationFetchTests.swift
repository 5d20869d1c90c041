import Foundation
import IKTestSupport
import XCTest
@testable import IKSign

/// `sign --validation-info` without --crl fetches the CRLs the certificates name (a real HTTP server on
/// loopback serving the test CA's list), refuses a signer the fetched list revokes, and says what it could
/// not fetch instead of leaving it out silently.
final class RevocationFetchTests: XCTestCase {
    let pki = TestPKI.shared

    /// A plain HTTP server on 127.0.0.1 for `folder`, stopped when the test ends.
    private func serve(_ folder: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", """
            import http.server, functools, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            handler.log_message = lambda *a: None
            server = http.server.HTTPServer(("127.0.0.1", 0), handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """, folder]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        addTeardownBlock { process.terminate(); process.waitUntilExit() }
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while !line.contains(UInt8(ascii: "\n")) && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw NSError(domain: "serve", code: 1, userInfo: [NSLocalizedDescriptionKey: "the HTTP server did not start"])
        }
        return port
    }

    /// A signer certificate whose CRL distribution point is `url`.
    private func issue(_ name: String, cn: String, crlURL: String) throws {
        try """
            [ cdp ]
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature,nonRepudiation
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            crlDistributionPoints = URI:\(crlURL)
            """.write(toFile: pki.path("\(name).ext"), atomically: true, encoding: .utf8)
        _ = try pki.openssl(["req", "-new", "-config", pki.path("ca.cnf"), "-newkey", "rsa:2048", "-nodes", "-keyout", pki.key(name),
                             "-out", pki.path("\(name).csr"), "-utf8", "-subj", "/C=SE/O=Testkommunen/CN=\(cn)"])
        _ = try pki.openssl(["ca", "-config", pki.path("ca.cnf"), "-batch", "-notext", "-utf8", "-extfile", pki.path("\(name).ext"),
                             "-extensions", "cdp", "-keyfile", pki.key("ca"), "-cert", pki.caCert, "-in", pki.path("\(name).csr"),
                             "-out", pki.cert(name)])
    }

    func testTheCRLIsFetchedFromTheCertificatesURLAndARevokedSignerIsRefused() throws {
        let served = pki.path("crl-served")
        try FileManager.default.createDirectory(atPath: served, withIntermediateDirectories: true)
        let port = try serve(served)
        let url = "http://127.0.0.1:\(port)/ca.crl"
        try issue("cdp-good", cn: "Anna Berg", crlURL: url)
        try issue("cdp-revoked", cn: "Spärrad Justerare", crlURL: url)
        _ = try pki.openssl(["ca", "-config", pki.path("ca.cnf"), "-batch", "-revoke", pki.cert("cdp-revoked"), "-keyfile", pki.key("ca"), "-cert", pki.caCert])
        _ = try pki.openssl(["ca", "-config", pki.path("ca.cnf"), "-batch", "-gencrl", "-keyfile", pki.key("ca"), "-cert", pki.caCert,
                             "-out", served + "/ca.crl.pem"])
        _ = try pki.openssl(["crl", "-in", served + "/ca.crl.pem", "-outform", "DER", "-out", served + "/ca.crl"])

        let input = try SignFixture.examplePDF("fetch-in.pdf"), output = pki.path("fetch-out.pdf")
        let signed = try SignFixture.run(["sign", input, "-o", output, "--cert", pki.cert("cdp-good"), "--key", pki.key("cdp-good"),
                                          "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        XCTAssertTrue(signed.stderr.contains("fetched 1 CRL for the DSS"), signed.stderr)
        let v = try SignFixture.run(["verify", output, "--trust", pki.caCert, "--format", "json"])
        let report = try XCTUnwrap(try JSONDecoder().decode([SignatureReport].self, from: Data(v.stdout.utf8)).first)
        XCTAssertTrue(report.valid, report.message)
        XCTAssertTrue(report.hasValidationData)
        XCTAssertEqual(report.revocation, "good", "the fetched CRL is in the DSS and says good")

        let refused = try SignFixture.run(["sign", input, "-o", pki.path("fetch-revoked.pdf"), "--cert", pki.cert("cdp-revoked"),
                                           "--key", pki.key("cdp-revoked"), "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("revoked"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pki.path("fetch-revoked.pdf")))

        // Unreachable: the signature is still made, with a warning that names what is missing.
        try issue("cdp-away", cn: "Ola Borta", crlURL: "http://127.0.0.1:9/none.crl")
        let away = try SignFixture.run(["sign", input, "-o", pki.path("fetch-away.pdf"), "--cert", pki.cert("cdp-away"),
                                        "--key", pki.key("cdp-away"), "--chain", pki.caCert, "--validation-info"])
        XCTAssertEqual(away.status, 0, away.stderr)
        XCTAssertTrue(away.stderr.contains("warning: no CRL for"), away.stderr)
        XCTAssertTrue(away.stderr.contains("give one with --crl"), away.stderr)
    }
}
