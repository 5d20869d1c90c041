import Foundation
import IKInput
import IKModel
import XCTest

/// Population files (`sample_from:`, `--population`): what is read, and the diagnostics of bad files.
final class PopulationFileTests: XCTestCase {
    func write(_ bytes: [UInt8], name: String = "pop.csv") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-pop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func read(_ text: String) throws -> (population: Population?, diagnostics: [Diagnostic]) {
        PopulationReader.read(try write(Array(text.utf8)), name: "pop.csv")
    }

    func testSemicolonsQuotesBlankLinesAndTheDigest() throws {
        let text = "Arbetsplats;Förvaltning\r\nAlby förskola;Barn\r\n\r\n\"Kommunhuset; plan 2\";\"Kommun\nledning\"\r\nTorpshammar skola;Barn\r\n"
        let (p, d) = try read(text)
        XCTAssertEqual(d, [])
        let population = try XCTUnwrap(p)
        XCTAssertEqual(population.header, ["Arbetsplats", "Förvaltning"])
        XCTAssertEqual(population.rows.map { $0[0] }, ["Alby förskola", "Kommunhuset; plan 2", "Torpshammar skola"])
        XCTAssertEqual(population.rowCount, 3)
        XCTAssertEqual(population.fileName, "pop.csv")
        XCTAssertEqual(population.columnIndex("Förvaltning"), 1)
        // sha256sum of the same bytes.
        XCTAssertEqual(population.sha256, try shellSHA256(text))
    }

    func shellSHA256(_ text: String) throws -> String {
        let url = try write(Array(text.utf8), name: "copy.csv")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sha256sum", url.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return String(out.prefix(64))
    }

    func testCommasAndAByteOrderMark() throws {
        let (p, d) = try read("\u{FEFF}Namn,Ort\nA,X\nB,Y\n")
        XCTAssertEqual(d, [])
        XCTAssertEqual(p?.rows, [["A", "X"], ["B", "Y"]])
        XCTAssertEqual(p?.header, ["Namn", "Ort"])
    }

    func testBadFiles() throws {
        func headline(_ text: String) throws -> [String] { headlines(try read(text).diagnostics) }
        XCTAssertEqual(try headline(""), ["pop.csv:1: error: pop.csv is empty"])
        XCTAssertEqual(try headline("\n  \n"), ["pop.csv:1: error: pop.csv is empty"])
        XCTAssertEqual(try headline("1;2\n3;4\n"),
                       ["pop.csv:1: error: pop.csv has no header row: its first row (1;2) holds only numbers"])
        XCTAssertEqual(try headline("Namn;;Ort\nA;B;C\n"), ["pop.csv:1: error: the header row has no name for column 2"])
        XCTAssertEqual(try headline("Namn;Ort\nA;X\n\nB\nC;Y;Z\n"), [
            "pop.csv:4: error: this row has 1 field, the header has 2",
            "pop.csv:5: error: this row has 3 fields, the header has 2",
        ])
        XCTAssertEqual(try headline("Namn;Ort\n"), ["pop.csv:1: error: pop.csv has a header row but no units"])
        let latin1 = try write(Array("Namn\nAlby\nBorgsj".utf8) + [0xF6, 0x0A], name: "latin1.csv")
        XCTAssertEqual(headlines(PopulationReader.read(latin1, name: "latin1.csv").diagnostics),
                       ["latin1.csv:3:7: error: latin1.csv is not valid UTF-8"])
        XCTAssertNil(PopulationReader.read(latin1, name: "latin1.csv").population)
    }

    let plan = """
        plan: {municipality: M, board: B, year: 2026, title: T, date: 2026-01-01, version: "1"}
        areas: [{id: a, name: A}]
        processes: [{code: "1.1", name: P, area: a}]
        risks:
          - {number: 1, process: "1.1", title: R, consequence_description: C, probability: 2, consequence: 2, handled: true}
        controls:
          - risks: [1]
            activity: X
            what: W
            how: H
            when: V
            schedule: per_tertial
            samples: 5

        """

    func testSampleFromInThePlan() throws {
        let (p, d) = TemporaryPlan.load(plan + "    sample_from: {file: arbetsplatser.csv, column: Arbetsplats}\n",
                                        files: ["arbetsplatser.csv": "Nr;Arbetsplats\n1;Alby\n2;Borgsjö\n3;Fränsta\n4;Ljunga\n5;Ånge\n6;Östavall\n"])
        XCTAssertEqual(d, [])
        let loaded = try XCTUnwrap(p)
        XCTAssertEqual(loaded.controls[0].population, PopulationReference(file: "arbetsplatser.csv", column: "Arbetsplats"))
        XCTAssertEqual(loaded.populations["arbetsplatser.csv"]?.rowCount, 6)
    }

    func testSampleFromProblemsAreReportedWhereTheyArise() {
        let files = ["few.csv": "Namn\nA\nB\n", "bad.csv": "Namn;Ort\nA\n"]
        var (p, d) = TemporaryPlan.load(plan + "    sample_from: {file: few.csv, column: Namm}\n", files: files)
        XCTAssertNil(p)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:14:18: error: control K1, sample_from: few.csv has no column \"Namm\"; did you mean \"Namn\"?",
            "plan.yaml:14:18: warning: control K1, sample_from: few.csv holds 2 units but each occasion draws 5; every sheet lists all 2",
        ])
        (p, d) = TemporaryPlan.load(plan + "    sample_from: bad.csv\n", files: files)
        XCTAssertEqual(headlines(d), ["bad.csv:2: error: this row has 1 field, the header has 2"])
        (p, d) = TemporaryPlan.load(plan + "    sample_from: saknas.csv\n", files: files)
        XCTAssertEqual(headlines(d), ["plan.yaml:14:18: error: control K1, sample_from: the population file saknas.csv does not exist in the plan folder"])
        (p, d) = TemporaryPlan.load(plan + "    sample_from: ../utanfor.csv\n", files: files)
        XCTAssertEqual(headlines(d), ["plan.yaml:14:18: error: control K1, sample_from: \"../utanfor.csv\" must name a file inside the plan folder"])
    }
}
