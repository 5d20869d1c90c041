import Foundation
import XCTest

/// `ikplan render` as a user meets it on the command line: what it reports, what it writes, and what it
/// refuses. Runs the built binary.
final class RenderCommandTests: XCTestCase {
    func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The example's minutes are one page: the report says "1 page", the plan's "15 pages"; and with
    /// standard error not a terminal, no progress line is mixed into it.
    func testTheReportCountsPagesInWords() throws {
        let out = try CLI.temporaryFolder(self)
        let r = try CLI.run(["render", CLI.example.path, "-o", out.path], environment: ["IKPLAN_PROGRESS_AFTER_MS": "0"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("minutes.pdf: 1 page, "), r.stderr)
        XCTAssertFalse(r.stderr.contains(": 1 pages"), r.stderr)
        XCTAssertNotNil(r.stderr.range(of: #"plan\.pdf: [0-9]+ pages, "#, options: .regularExpression), r.stderr)
        XCTAssertFalse(r.stderr.contains("laid out"), "progress on a non-terminal:\n\(r.stderr)")
        XCTAssertFalse(r.stderr.contains("\u{1B}["), "terminal escapes on a non-terminal")
    }

    /// On a terminal (a pty), a long run shows what it has laid out, and clears the line before the report.
    func testProgressShowsOnATerminal() throws {
        let out = try CLI.temporaryFolder(self)
        let (status, text) = try CLI.onTerminal(["render", CLI.example.path, "-o", out.path, "--only", "plan,minutes"])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("laying out: 1 page so far"), "no page count while the plan is laid out:\n\(text)")
        XCTAssertTrue(text.contains("laid out plan.pdf: "), text)
        XCTAssertTrue(text.contains("(2/2)"), text)
        XCTAssertTrue(text.contains("writing 2 documents"), text)
        XCTAssertTrue(text.contains("\r\u{1B}[Kwrote "), "the progress line is not cleared before the report:\n\(text)")
    }

    /// checklists, the longest print of a large plan, shows the same line on a terminal and clears it.
    func testChecklistsProgressShowsOnATerminal() throws {
        let out = try CLI.temporaryFolder(self)
        let (status, text) = try CLI.onTerminal(["checklists", CLI.example.path, "-o", out.path, "--no-pdfa"])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("laying out: "), "no page count while the sheets are laid out:\n\(text)")
        XCTAssertTrue(text.contains("writing 1 document"), text)
        XCTAssertTrue(text.contains("\r\u{1B}[Kwrote "), "the progress line is not cleared before the report:\n\(text)")
        let plain = try CLI.run(["checklists", CLI.example.path, "-o", out.path, "--no-pdfa"], environment: ["IKPLAN_PROGRESS_AFTER_MS": "0"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertFalse(plain.stderr.contains("\u{1B}["), "terminal escapes on a non-terminal:\n\(plain.stderr)")
    }

    func testVersionAndQuiet() throws {
        let v = try CLI.run(["--version"])
        XCTAssertEqual(v.status, 0)
        XCTAssertNotNil(v.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression), v.stdout)
        let out = try CLI.temporaryFolder(self)
        let q = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "minutes", "--quiet"])
        XCTAssertEqual(q.status, 0, q.stderr)
        XCTAssertFalse(q.stderr.contains("wrote"), q.stderr)
        XCTAssertFalse(q.stderr.contains("done in"), q.stderr)
        XCTAssertTrue(q.stderr.contains("warning:"), "--quiet must keep the warnings:\n\(q.stderr)")
        XCTAssertEqual(try files(out), ["minutes.pdf"])
        for command in [["checklists", CLI.example.path, "--control", "K6"], ["followup", CLI.example.path, "--period", "T1"]] {
            let c = try CLI.run(command + ["-o", out.appendingPathComponent(command[0]).path, "--quiet"])
            XCTAssertEqual(c.status, 0, c.stderr)
            XCTAssertFalse(c.stderr.contains("wrote") || c.stderr.contains("done in") || c.stderr.contains("seed "), c.stderr)
        }
    }

    /// -o names a folder: a file name is refused with the command that does what was meant.
    func testOutputFileNameIsRefusedWithAHint() throws {
        let dir = try CLI.temporaryFolder(self)
        let r = try CLI.run(["render", CLI.example.path, "-o", "plan.pdf"], in: dir)
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("-o names the output folder, not a file"), r.stderr)
        XCTAssertTrue(r.stderr.contains("hint: to write one document, name its folder and choose it: -o . --only plan"), r.stderr)
        XCTAssertEqual(try files(dir), [])
        let m = try CLI.run(["render", CLI.example.path, "-o", "papers/minutes.pdf"], in: dir)
        XCTAssertEqual(m.status, 64)
        XCTAssertTrue(m.stderr.contains("-o papers --only minutes"), m.stderr)
    }

    func testOnlyChoosesDocuments() throws {
        let out = try CLI.temporaryFolder(self)
        var r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "plan,minutes"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["minutes.pdf", "plan.pdf"])
        r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "plan,minuts"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("--only: no document \"minuts\"; did you mean minutes?"), r.stderr)
    }

    /// Built-in layouts by name, and an unknown name lists them.
    func testBuiltInLayoutsByName() throws {
        let out = try CLI.temporaryFolder(self)
        var r = try CLI.run(["render", CLI.example.path, "-o", out.appendingPathComponent("a").path, "--only", "minutes"])
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try CLI.run(["render", CLI.example.path, "-o", out.appendingPathComponent("b").path, "--only", "minutes",
                         "--minutes-layout", "protokoll"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let ange = try PDFTextRun.text(out.appendingPathComponent("a/minutes.pdf"))
        let protokoll = try PDFTextRun.text(out.appendingPathComponent("b/minutes.pdf"))
        XCTAssertNotEqual(ange, protokoll)
        XCTAssertTrue(protokoll.uppercased().contains("PROTOKOLL"), protokoll)
        r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--layout", "grey"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("no built-in plan layout named \"grey\"; built-in: ange, grayscale"), r.stderr)
        r = try CLI.run(["followup", CLI.example.path, "--period", "T1", "-o", out.appendingPathComponent("c").path, "--layout", "grayscale"])
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try CLI.run(["checklists", CLI.example.path, "-o", out.appendingPathComponent("d").path, "--layout", "grey"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("no built-in checklist layout named \"grey\"; built-in: ange, grayscale"), r.stderr)
        let help = try CLI.run(["render", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("(ange, grayscale; default ange)"), help.stdout)
        XCTAssertTrue(words.contains("(ange, protokoll; default ange;"), help.stdout)
    }

    /// After `meeting:` is removed, the old minutes and bundle go in the same run; a file of that name that
    /// ikplan did not write stops the run with the reason, and nothing changes.
    func testOutputsTheRunNoLongerProducesAreRemovedOnlyWhenOurs() throws {
        let work = try CLI.temporaryFolder(self, "stale")
        let plan = work.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: CLI.example, to: plan)
        let out = work.appendingPathComponent("out")
        var r = try CLI.run(["render", plan.path, "-o", out.path, "--only", "plan,minutes,bundle"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["beslutsunderlag.pdf", "minutes.pdf", "plan.pdf"])
        let yamlURL = plan.appendingPathComponent("plan.yaml")
        let yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        let cut = try XCTUnwrap(yaml.range(of: "\nmeeting:"))
        try String(yaml[..<cut.lowerBound] + "\n").write(to: yamlURL, atomically: true, encoding: .utf8)

        // Someone's own minutes.pdf in the way: refused, everything stays.
        let foreign = Data("%PDF-1.4\n% written by hand about ikplan\n1 0 obj << /Creator (Word) /Title (ikplan) >> endobj\n".utf8)
        try foreign.write(to: out.appendingPathComponent("minutes.pdf"))
        let before = try Data(contentsOf: out.appendingPathComponent("plan.pdf"))
        r = try CLI.run(["render", plan.path, "-o", out.path, "--only", "plan,minutes,bundle"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("minutes.pdf: will not replace it: this run does not write it (the plan has nothing for the minutes document)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("not a PDF that ikplan wrote"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("plan.pdf")), before)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("minutes.pdf")), foreign)
        XCTAssertEqual(try files(out), ["beslutsunderlag.pdf", "minutes.pdf", "plan.pdf"])

        // Our own old minutes: removed with the bundle.
        try FileManager.default.removeItem(at: out.appendingPathComponent("minutes.pdf"))
        try FileManager.default.copyItem(at: out.appendingPathComponent("beslutsunderlag.pdf"), to: out.appendingPathComponent("minutes.pdf"))
        r = try CLI.run(["render", plan.path, "-o", out.path, "--only", "plan,minutes,bundle"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["plan.pdf"])
        XCTAssertTrue(r.stderr.contains("removed \(out.path)/minutes.pdf"), r.stderr)
        XCTAssertTrue(r.stderr.contains("removed \(out.path)/beslutsunderlag.pdf"), r.stderr)
    }

    /// Page images have one naming width, carry our tag, and only our own older images are removed.
    func testPageImagesUseOneNamingAndRemoveOnlyTheirOwn() throws {
        let out = try CLI.temporaryFolder(self)
        var r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "minutes", "--png"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["minutes-01.png", "minutes.pdf"])
        let png = try Data(contentsOf: out.appendingPathComponent("minutes-01.png"))
        XCTAssertNotNil(png.range(of: Data("tEXtSoftware\u{0}ikplan".utf8)), "no Software: ikplan text chunk")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sys,zlib,struct\nd=open(sys.argv[1],'rb').read();i=8\nwhile i<len(d):\n n,=struct.unpack('>I',d[i:i+4]);t=d[i+4:i+8+n];c,=struct.unpack('>I',d[i+8+n:i+12+n])\n assert zlib.crc32(t)==c,t[:4]\n i+=12+n", out.appendingPathComponent("minutes-01.png").path]
        try check.run(); check.waitUntilExit()
        XCTAssertEqual(check.terminationStatus, 0, "a chunk's CRC is wrong")
        // An older image of ours (page 2 of an earlier, longer minutes) and one of someone else's.
        try png.write(to: out.appendingPathComponent("minutes-02.png"))
        try Data("not ours".utf8).write(to: out.appendingPathComponent("minutes-3.png"))
        r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "minutes", "--png"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try files(out), ["minutes-01.png", "minutes-3.png", "minutes.pdf"])
        XCTAssertTrue(r.stderr.contains("minutes-3.png looks like a page image but ikplan did not write it"), r.stderr)
    }
}

/// pdftotext on a file, for the CLI tests.
enum PDFTextRun {
    static func text(_ pdf: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pdftotext", "-layout", pdf.path, "-"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
