import Foundation
import IKTestSupport
import XCTest

/// `ikplan checklists` run as a user would: what it writes, its errors and exit statuses.
final class ChecklistsCommandTests: XCTestCase {
    typealias Run = CLI.Run

    /// The built binary, in English whatever the machine's locale (the assertions are English).
    func run(_ arguments: [String]) throws -> Run { try CLI.run(arguments, environment: ["LC_ALL": "C.UTF-8"]) }

    var example: String { Fixtures.packageRoot.appendingPathComponent("examples/ange-2026").path }

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-checklists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testSplitWritesOneFilePerSelectedOccasion() throws {
        let out = try temporaryFolder()
        let r = try run(["checklists", example, "-o", out.path, "--control", "K13", "--control", "K6", "--split", "--seed", "9"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("seed 9, 3 sheets"), r.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(files, ["K13-2026-T1.pdf", "K13-2026-T2.pdf", "K6-2026-T2.pdf"])
    }

    /// The command's sheets get the archive steps render's checklists.pdf gets (veraPDF checks those), unless
    /// --no-pdfa asks for Cairo's file as it is.
    func testTheSheetsClaimPDFA2aAndPDFUA1UnlessNoPdfa() throws {
        let out = try temporaryFolder()
        var r = try run(["checklists", example, "-o", out.path, "--control", "K6", "--split"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let archived = String(decoding: try Data(contentsOf: out.appendingPathComponent("K6-2026-T2.pdf")), as: UTF8.self)
        XCTAssertTrue(archived.contains("<pdfaid:part>2</pdfaid:part>"), "no PDF/A-2 claim")
        XCTAssertTrue(archived.contains("<pdfaid:conformance>A</pdfaid:conformance>"), "no level A claim")
        XCTAssertTrue(archived.contains("<pdfuaid:part>1</pdfuaid:part>"), "no PDF/UA-1 claim")
        let raw = out.appendingPathComponent("raw")
        r = try run(["checklists", example, "-o", raw.path, "--control", "K6", "--split", "--no-pdfa"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let plain = String(decoding: try Data(contentsOf: raw.appendingPathComponent("K6-2026-T2.pdf")), as: UTF8.self)
        XCTAssertFalse(plain.contains("pdfaid:part"), "--no-pdfa still wrote the archive metadata")
    }

    /// A sheet prints the risk's value as a number, and a value the plan does not give as a dash, never
    /// Swift's "Optional(6)".
    func testTheSheetsPrintRiskValuesAsNumbers() throws {
        let out = try temporaryFolder()
        let r = try run(["checklists", example, "-o", out.path, "--control", "K1", "--split"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let sheet = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().first)
        let text = try PDFTextRun.text(out.appendingPathComponent(sheet))
        XCTAssertFalse(text.contains("Optional("), text)
        XCTAssertNotNil(text.range(of: #"riskvärde ([0-9]+|–)\)"#, options: .regularExpression), text)
    }

    func testUnknownControlAndPeriodAreErrorsWithADidYouMean() throws {
        let out = try temporaryFolder()
        var r = try run(["checklists", example, "-o", out.path, "--control", "K14"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("error: the plan has no control K14; did you mean K1?"), r.stderr)
        r = try run(["checklists", example, "-o", out.path, "--period", "T5"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("error: unknown period \"T5\"; did you mean T1?"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }

    func testABadPopulationFileIsRefusedWithItsLine() throws {
        let out = try temporaryFolder()
        let csv = out.appendingPathComponent("pop.csv")
        try Data("Arbetsplats;Chef\nAlby;A\nBorgsjö\n".utf8).write(to: csv)
        let r = try run(["checklists", example, "-o", out.appendingPathComponent("pdf").path, "--population", csv.path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("\(csv.path):3: error: this row has 1 field, the header has 2"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("pdf").path))
    }
}
