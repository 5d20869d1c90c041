import Foundation
import XCTest
import IKTestSupport

/// Runs the built `ikplan validate` as a user would, checking exit status and output streams.
final class ValidateCommandTests: XCTestCase {
    typealias Run = CLI.Run

    /// The built binary, in English whatever the machine's locale (the assertions are English).
    func run(_ arguments: [String]) throws -> Run { try CLI.run(arguments, environment: ["LC_ALL": "C.UTF-8"]) }

    func testBrokenPlanExits65WithDiagnosticsOnStdoutAndSummaryOnStderr() throws {
        let r = try run(["validate", Fixtures.url("status").path])
        XCTAssertEqual(r.status, 65)
        // Files are named from the directory the command ran in (this test's), so an editor can open them.
        let shown = fromCurrentDirectory(Fixtures.url("status").appendingPathComponent("plan.yaml").path)
        XCTAssertEqual(r.stdout, """
            \(shown):25:13: error: action 1, status: unknown status "klart"; did you mean "klar"?
              hint: status is one of: ej påbörjad | pågående | försenad | klar | avbruten
            \(shown):30:13: warning: action 2, status: status "Ej Paborjad" read as "ej påbörjad"
              hint: write it "ej påbörjad", with å, ä and ö

            """)
        XCTAssertEqual(r.stderr, "1 error, 1 warning\n")
    }

    /// `path` as the child process names it: relative when it lies under the current directory.
    func fromCurrentDirectory(_ path: String) -> String {
        let base = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    func testJSONFormat() throws {
        let r = try run(["validate", "--format", "json", Fixtures.url("value-mismatch").path])
        XCTAssertEqual(r.status, 65)
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 1)
        XCTAssertEqual(objects.first?["line"] as? Int, 21)
        XCTAssertEqual(objects.first?["field"] as? String, "risks[0].value")
    }

    func testWarningsOnlyExitZero() throws {
        let r = try run(["validate", Fixtures.url("warnings").path])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "4 warnings\n")
    }

    func testFolderWithoutPlanYamlExits66() throws {
        let r = try run(["validate", Fixtures.url("no-plan").path])
        XCTAssertEqual(r.status, 66)
        let shown = fromCurrentDirectory(Fixtures.url("no-plan").appendingPathComponent("plan.yaml").path)
        XCTAssertTrue(r.stdout.hasPrefix("\(shown): error: no plan.yaml in "), r.stdout)
    }

    func testExamplePlanExitsZero() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.yaml").path) else {
            throw missingPrerequisite("examples/ange-2026/plan.yaml is missing")
        }
        let r = try run(["validate", folder.path])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stderr, "8 warnings\n")   // four values the OCR lost, three overdue actions, the undated SAM control
    }

    func testABadMinutesLayoutLeavesEveryPreviousPDFUntouched() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-render-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let old = out.appendingPathComponent("plan.pdf")
        try Data("previous".utf8).write(to: old)
        let layout = out.appendingPathComponent("bad.yaml")
        try "page: {margins: 20mm}\nstyles:\n  body: {size: 0}\n".write(to: layout, atomically: true, encoding: .utf8)
        let r = try run(["render", Fixtures.url("valid-minimal").path, "-o", out.path, "--minutes-layout", layout.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("\(layout.path):3: error: styles.body.size"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: old), Data("previous".utf8), "plan.pdf was replaced although the run failed")
    }
}

/// validate checks the layout files a render would use, so it never passes where render would fail.
extension ValidateCommandTests {
    func writeLayout(_ name: String, from bundled: String, _ edits: [(String, String)]) throws -> URL {
        var text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Layouts/\(bundled).yaml"), encoding: .utf8)
        for (from, to) in edits {
            XCTAssertTrue(text.contains(from), "Layouts/\(bundled).yaml has \(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-validate-\(getpid())-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testABrokenLayoutExits65WithTheLayoutsDiagnostics() throws {
        let layout = try writeLayout("plan.yaml", from: "plan-ange", [("  chapters_on_new_page:", "  chapters_on_new_pag:"),
                                                                      ("  paragraph_spacing:", "  paragraf_spacing:")])
        defer { try? FileManager.default.removeItem(at: layout) }
        let r = try run(["validate", Fixtures.url("valid-minimal").path, "--layout", layout.path])
        XCTAssertEqual(r.status, 65, r.stdout)
        XCTAssertTrue(r.stdout.contains("\(layout.path):"), r.stdout)
        XCTAssertTrue(r.stdout.contains("error: plan: unknown key chapters_on_new_pag (did you mean chapters_on_new_page?)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("error: prose: unknown key paragraf_spacing (did you mean paragraph_spacing?)"), r.stdout)
        XCTAssertEqual(r.stderr, "2 errors\n")
    }

    func testABrokenMinutesLayoutExits65AndJSONNamesIt() throws {
        let layout = try writeLayout("minutes.yaml", from: "minutes-protokoll", [("  numbering:", "  numbreing:")])
        defer { try? FileManager.default.removeItem(at: layout) }
        let r = try run(["validate", "--format", "json", Fixtures.url("valid-minimal").path, "--minutes-layout", layout.path])
        XCTAssertEqual(r.status, 65, r.stdout)
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 1, r.stdout)
        XCTAssertEqual(objects.first?["file"] as? String, layout.path)
        XCTAssertEqual(objects.first?["field"] as? String, "minutes")
        XCTAssertEqual(objects.first?["message"] as? String, "unknown key numbreing (did you mean numbering?)")
    }

    func testAMissingLayoutFileIsAnError() throws {
        let r = try run(["validate", Fixtures.url("valid-minimal").path, "--layout", "/nonexistent/plan.yaml"])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stdout.hasPrefix("/nonexistent/plan.yaml: error: cannot read the layout file"), r.stdout)
    }
}
