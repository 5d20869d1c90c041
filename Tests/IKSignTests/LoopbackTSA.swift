import Foundation

/// A real RFC 3161 time-stamping authority on 127.0.0.1: `openssl ts -reply` behind a tiny Python HTTP
/// handler that the test starts and stops. The server also exits by itself when the test process goes away
/// (its stdin closes) or after ten minutes, so nothing is left running.
final class LoopbackTSA: @unchecked Sendable {
    /// The URL to post timestamp queries to.
    let url: URL
    private let process: Process
    private let stdin: Pipe

    /// - Parameter signer: the name of the TSA's certificate and key in the PKI folder.
    init(pki: TestPKI, signer: String = "tsa") throws {
        let d = pki.dir.path
        let config = signer == "tsa" ? "tsa.cnf" : "\(signer).cnf"
        try """
            [ tsa ]
            default_tsa = tsa_config
            [ tsa_config ]
            dir = \(d)
            serial = $dir/tsaserial
            crypto_device = builtin
            signer_cert = $dir/\(signer).pem
            certs = $dir/ca.pem
            signer_key = $dir/\(signer).key
            signer_digest = sha256
            default_policy = 1.2.3.4.1
            digests = sha256, sha384, sha512
            accuracy = secs:1
            ordering = no
            tsa_name = no
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """.write(toFile: pki.path(config), atomically: true, encoding: .utf8)
        if !FileManager.default.fileExists(atPath: pki.path("tsaserial")) {
            try "01\n".write(toFile: pki.path("tsaserial"), atomically: true, encoding: .utf8)
        }
        try Self.script.write(toFile: pki.path("tsa-server.py"), atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", pki.path("tsa-server.py"), pki.path(config)]
        let out = Pipe()
        stdin = Pipe()
        process.standardOutput = out
        process.standardInput = stdin
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while !line.contains(UInt8(ascii: "\n")) && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(text), let url = URL(string: "http://127.0.0.1:\(port)/tsa") else {
            process.terminate()
            throw NSError(domain: "LoopbackTSA", code: 1, userInfo: [NSLocalizedDescriptionKey: "the TSA did not start: \(text)"])
        }
        self.url = url
    }

    /// Stops the server.
    func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { stop() }

    private static let script = #"""
        import http.server, os, subprocess, sys, tempfile, threading
        config = sys.argv[1]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                if self.headers.get("Content-Type") != "application/timestamp-query" or not 0 < length < 65536:
                    self.send_error(400)
                    return
                query = self.rfile.read(length)
                with tempfile.TemporaryDirectory() as d:
                    q, r = os.path.join(d, "q.tsq"), os.path.join(d, "r.tsr")
                    with open(q, "wb") as f:
                        f.write(query)
                    done = subprocess.run(["openssl", "ts", "-reply", "-config", config, "-queryfile", q, "-out", r],
                                          capture_output=True)
                    if done.returncode != 0:
                        self.send_error(500)
                        return
                    with open(r, "rb") as f:
                        reply = f.read()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args):
                pass

        def leave_when_parent_goes():
            sys.stdin.read()
            os._exit(0)

        threading.Thread(target=leave_when_parent_goes, daemon=True).start()
        threading.Timer(600, lambda: os._exit(0)).start()
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}
