import Foundation
import XCTest

/// `ikplan watch`: a save triggers a render and its diagnostics are shown; the test stops it.
final class WatchCommandTests: XCTestCase {
    func testASaveTriggersARenderAndShowsTheDiagnostics() throws {
        let work = try CLI.temporaryFolder(self, "watch")
        let plan = work.appendingPathComponent("plan"), out = work.appendingPathComponent("out")
        XCTAssertEqual(try CLI.run(["init", plan.path, "--year", "2027"]).status, 0)
        let log = work.appendingPathComponent("watch.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["watch", plan.path, "-o", out.path, "--only", "plan"]
        p.environment = ProcessInfo.processInfo.environment.merging(["IKPLAN_WATCH_POLL_MS": "100"]) { $1 }
        p.standardError = try FileHandle(forWritingTo: log)
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate(); p.waitUntilExit() } }
        func logText() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        func wait(for text: String, count: Int) -> Bool {
            for _ in 0..<300 {
                if logText().components(separatedBy: text).count - 1 >= count { return true }
                usleep(100_000)
            }
            return false
        }
        XCTAssertTrue(wait(for: "wrote ", count: 1), logText())
        XCTAssertTrue(wait(for: "watching ", count: 1), logText())
        let first = try PDFTextRun.text(out.appendingPathComponent("plan.pdf"))
        XCTAssertFalse(first.contains("Kontroll av fakturor i bevakning"))

        let yamlURL = plan.appendingPathComponent("plan.yaml")
        var yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "Granskning av leverantörsfakturor", with: "Kontroll av fakturor i bevakning")
        try yaml.write(to: yamlURL, atomically: true, encoding: .utf8)
        XCTAssertTrue(wait(for: "wrote ", count: 2), logText())
        XCTAssertTrue(try PDFTextRun.text(out.appendingPathComponent("plan.pdf")).contains("Kontroll av fakturor i bevakning"))

        // A mistake: the diagnostics are shown, the PDF stays.
        try yaml.replacingOccurrences(of: "probability: 2", with: "probability: 7").write(to: yamlURL, atomically: true, encoding: .utf8)
        XCTAssertTrue(wait(for: "plan.yaml:", count: 1), logText())
        XCTAssertTrue(wait(for: "previous PDFs are unchanged", count: 1), logText())
        XCTAssertTrue(p.isRunning, "watch stopped at an error")
        p.terminate(); p.waitUntilExit()
    }
}
