import Foundation
import XCTest
import IKInput

/// A plan folder made by someone else, read as a hostile folder would present it: links out of the folder
/// (to /etc/passwd, a sub-folder linked to /etc), named pipes, devices and folders where files belong,
/// logos that are not what they claim. Each is refused with a message that says what the file really is,
/// and nothing outside the folder is read (a pipe would hang the load: the test's deadline catches that).
final class HostileFolderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.url("valid-minimal"), to: folder)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    private func replace(_ name: String, withLinkTo target: String) throws {
        try? FileManager.default.removeItem(at: file(name))
        try FileManager.default.createSymbolicLink(atPath: file(name).path, withDestinationPath: target)
    }

    private func makeFIFO(_ name: String) throws {
        try? FileManager.default.removeItem(at: file(name))
        XCTAssertEqual(mkfifo(file(name).path, 0o644), 0)
    }

    private func editPlan(_ change: (String) -> String) throws {
        let text = try String(contentsOf: file("plan.yaml"), encoding: .utf8)
        try Data(change(text).utf8).write(to: file("plan.yaml"))
    }

    /// Loads the folder on another thread, so a load that blocks fails the test instead of hanging it.
    private func load() throws -> (plan: Any?, diagnostics: [Diagnostic]) {
        let done = expectation(description: "load ends")
        nonisolated(unsafe) var result: (plan: Any?, diagnostics: [Diagnostic]) = (nil, [])
        let folder = self.folder!
        Thread.detachNewThread {
            let (plan, diagnostics) = PlanLoader.load(folder: folder)
            result = (plan, diagnostics)
            done.fulfill()
        }
        wait(for: [done], timeout: 20)
        return result
    }

    private func errors(_ d: [Diagnostic]) -> [String] { headlines(d.filter(\.isError)) }

    func testAMarkdownFileLinkedToEtcPasswdIsRefusedAndNotRead() throws {
        try replace("inledning.md", withLinkTo: "/etc/passwd")
        let (plan, d) = try load()
        XCTAssertNil(plan)
        XCTAssertEqual(errors(d), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" leads outside the plan folder (to /etc/passwd); ikplan reads only files inside the plan folder"])
        XCTAssertEqual(d.first?.hint, "copy the file into the plan folder instead of linking to it")
    }

    func testASubFolderLinkedToEtcIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: file("texter").path, withDestinationPath: "/etc")
        try editPlan { $0.replacingOccurrences(of: "{file: inledning.md}", with: "{file: texter/passwd}") }
        let (plan, d) = try load()
        XCTAssertNil(plan)
        XCTAssertEqual(errors(d), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"texter/passwd\" leads outside the plan folder (to /etc/passwd); ikplan reads only files inside the plan folder"])
    }

    func testALinkInsideTheFolderIsFollowed() throws {
        try FileManager.default.createDirectory(at: file("texter"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: file("inledning.md"), to: file("texter/inledning.md"))
        try replace("inledning.md", withLinkTo: "texter/inledning.md")
        let (plan, d) = try load()
        XCTAssertNotNil(plan, "\(headlines(d))")
    }

    func testAPlanFolderReachedThroughALinkStillConfinesToItself() throws {
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-hostile-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.path)
        defer { try? FileManager.default.removeItem(at: link) }
        XCTAssertNotNil(PlanLoader.load(folder: link).plan)
    }

    func testADanglingLinkSaysSo() throws {
        try replace("inledning.md", withLinkTo: "borta.md")
        let (_, d) = try load()
        XCTAssertEqual(errors(d), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" is a symbolic link to borta.md, which does not exist"])
    }

    func testAMarkdownFileThatIsAPipeOrAFolderSaysWhatItIs() throws {
        try makeFIFO("inledning.md")
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" is a named pipe (FIFO), not a file"])
        try FileManager.default.removeItem(at: file("inledning.md"))
        try FileManager.default.createDirectory(at: file("inledning.md"), withIntermediateDirectories: false)
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" is a folder, not a file"])
        try FileManager.default.removeItem(at: file("inledning.md"))
        try replace("inledning.md", withLinkTo: "/dev/zero")
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" leads outside the plan folder (to /dev/zero); ikplan reads only files inside the plan folder"])
    }

    func testAPlanFileThatIsAPipeALinkToDevZeroOrAFolderSaysWhatItIs() throws {
        try makeFIFO("plan.yaml")
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml: error: the plan file \"plan.yaml\" is a named pipe (FIFO), not a file"])
        XCTAssertEqual(ExitStatus.of(folder: folder, diagnostics: try load().diagnostics), .noInput)
        try replace("plan.yaml", withLinkTo: "/dev/zero")
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml: error: the plan file \"plan.yaml\" leads outside the plan folder (to /dev/zero); ikplan reads only files inside the plan folder"])
        XCTAssertEqual(ExitStatus.of(folder: folder, diagnostics: try load().diagnostics), .noInput)
        try FileManager.default.removeItem(at: file("plan.yaml"))
        try FileManager.default.createDirectory(at: file("plan.yaml"), withIntermediateDirectories: false)
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml: error: the plan file \"plan.yaml\" is a folder, not a file"])
        XCTAssertEqual(ExitStatus.of(folder: folder, diagnostics: try load().diagnostics), .noInput)
    }

    func testAMissingPlanFolderOrAFileGivenAsTheFolderIsNamed() throws {
        XCTAssertEqual(errors(PlanLoader.load(folder: file("nowhere")).diagnostics),
                       ["plan.yaml: error: the plan folder \(file("nowhere").path) does not exist"])
        XCTAssertEqual(errors(PlanLoader.load(folder: file("plan.yaml")).diagnostics),
                       ["plan.yaml: error: \(file("plan.yaml").path) is a file, not a plan folder"])
    }

    // MARK: logos

    private func useLogo(_ name: String) throws {
        try editPlan { $0.replacingOccurrences(of: "  version: 1.0\n", with: "  version: 1.0\n  logo: \(name)\n") }
    }

    func testALogoThatIsAPipeIsRefusedWithoutHanging() throws {
        try useLogo("logo.png")
        try makeFIFO("logo.png")
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.png\" is a named pipe (FIFO), not a file"])
    }

    func testALogoLinkedOutOfTheFolderIsRefused() throws {
        try useLogo("logo.svg")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-outside-\(UUID().uuidString).svg")
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try replace("logo.svg", withLinkTo: outside.path)
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.svg\" leads outside the plan folder (to \(outside.resolvingSymlinksInPath().path)); ikplan reads only files inside the plan folder"])
    }

    func testALogoMustBeARealPNGOrSVG() throws {
        try useLogo("logo.png")
        try Data("not a picture".utf8).write(to: file("logo.png"))
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.png\" is not a PNG image (its first bytes are not a PNG signature)"])
        // A real PNG cut short: validate refuses what render could not draw.
        try Data(Self.tinyPNG.prefix(Self.tinyPNG.count - 12)).write(to: file("logo.png"))
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.png\" is a truncated PNG image (it ends before its last chunk)"])
        try Data(Self.tinyPNG).write(to: file("logo.png"))
        let (plan, d) = try load()
        XCTAssertNotNil(plan, "\(headlines(d))")
    }

    func testAnSVGLogoThatRefersToAnotherFileIsRefused() throws {
        try useLogo("logo.svg")
        try Data("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
              <image xlink:href="file:///etc/passwd" width="10" height="10"/>
            </svg>
            """.utf8).write(to: file("logo.svg"))
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.svg\" refers to \"file:///etc/passwd\" (line 2); ikplan never loads files or addresses a logo refers to, so that part would be missing"])
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://example.org/a.css);</style></svg>"#.utf8).write(to: file("logo.svg"))
        XCTAssertEqual(errors(try load().diagnostics).count, 1)
        // Fragments and data: URLs stay inside the file.
        try Data(##"<svg xmlns="http://www.w3.org/2000/svg"><defs><g id="a"/></defs><use href="#a"/><rect fill="url(#g)"/></svg>"##.utf8).write(to: file("logo.svg"))
        XCTAssertEqual(errors(try load().diagnostics), [])
    }

    func testALogoTooLargeIsRefusedByTheLimit() throws {
        try useLogo("logo.svg")
        let big = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + String(repeating: " ", count: InputLimits.logoBytes) + "</svg>"
        try Data(big.utf8).write(to: file("logo.svg"))
        XCTAssertEqual(errors(try load().diagnostics), ["plan.yaml:7:9: error: plan.logo: logo file \"logo.svg\" is larger than 4 MB, the limit for it"])
    }

    /// A 1 × 1 grey PNG.
    static let tinyPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
        0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x68, 0x00, 0x00, 0x00,
        0x82, 0x00, 0x81, 0x77, 0xCD, 0x72, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ]

    // MARK: populations

    func testAPopulationLinkedOutOfTheFolderIsRefused() throws {
        try editPlan { $0.replacingOccurrences(of: "    samples: 2\n", with: "    samples: 2\n    sample_from: urval.csv\n") }
        try replace("urval.csv", withLinkTo: "/etc/passwd")
        let e = errors(try load().diagnostics)
        XCTAssertEqual(e.count, 1, "\(e)")
        XCTAssertTrue(e.first?.contains("population file \"urval.csv\" leads outside the plan folder (to /etc/passwd)") == true, "\(e)")
    }
}
