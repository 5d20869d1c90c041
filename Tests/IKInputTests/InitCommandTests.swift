import Foundation
import XCTest

/// `ikplan init`: a starter plan that validates without a word and renders, and never overwrites.
final class InitCommandTests: XCTestCase {
    func testTheStarterPlanValidatesAndRenders() throws {
        let work = try CLI.temporaryFolder(self, "init")
        let folder = work.appendingPathComponent("plan")
        var r = try CLI.run(["init", folder.path, "--municipality", "Ånge \"kommun\": test", "--board", "Socialnämnden", "--year", "2027"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["inledning.md", "plan.yaml"])
        let yaml = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("year: 2027"), yaml)
        XCTAssertTrue(yaml.contains("# "), "no comments")
        r = try CLI.run(["validate", folder.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout + r.stderr, "no problems\n")
        let out = work.appendingPathComponent("out")
        r = try CLI.run(["render", folder.path, "-o", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try PDFTextRun.text(out.appendingPathComponent("plan.pdf"))
        XCTAssertTrue(text.contains("Ånge \"kommun\": test"), text)
        XCTAssertTrue(text.contains("Internkontrollplan 2027"), text)
        XCTAssertTrue(text.contains("Felaktiga fakturor betalas"), text)
    }

    func testAFolderThatIsNotEmptyIsRefused() throws {
        let folder = try CLI.temporaryFolder(self, "init")
        let mine = Data("mine\n".utf8)
        try mine.write(to: folder.appendingPathComponent("plan.yaml"))
        let r = try CLI.run(["init", folder.path])
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("is not empty (plan.yaml)"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("plan.yaml")), mine)
        let y = try CLI.run(["init", folder.appendingPathComponent("x").path, "--year", "99"])
        XCTAssertEqual(y.status, 64, y.stderr)
    }
}
