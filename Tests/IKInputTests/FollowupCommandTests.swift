import Foundation
import XCTest

/// `ikplan followup` run as a user would: the report written, and the periods it refuses.
final class FollowupCommandTests: XCTestCase {
    typealias Run = CLI.Run

    /// The built binary, in English whatever the machine's locale (the assertions are English).
    func run(_ arguments: [String]) throws -> Run { try CLI.run(arguments, environment: ["LC_ALL": "C.UTF-8"]) }

    var example: String { Fixtures.packageRoot.appendingPathComponent("examples/ange-2026").path }

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-followup-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testT1WritesTheReportAndOtherPeriodsAreRefused() throws {
        let out = try temporaryFolder()
        var r = try run(["followup", example, "--period", "T1", "-o", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["uppfoljning-2026-T1.pdf"])
        XCTAssertTrue(r.stderr.contains("wrote \(out.path)/uppfoljning-2026-T1.pdf:"), r.stderr)
        r = try run(["followup", example, "--period", "T2", "-o", out.path])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("error: the plan folder has no follow-up of T2: write uppfoljning/2026-T2.yaml"), r.stderr)
        for bad in ["Q2", "T4", "2025-T1"] {
            r = try run(["followup", example, "--period", bad, "-o", out.path])
            XCTAssertEqual(r.status, 64, bad)
            XCTAssertTrue(r.stderr.contains("is not a tertial of 2026"), r.stderr)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["uppfoljning-2026-T1.pdf"])
    }

    func testValidateReportsABrokenFollowUpFileWithItsLineAndExits65() throws {
        let folder = try temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: example) where name.hasSuffix(".md") || name == "plan.yaml" {
            try FileManager.default.copyItem(atPath: example + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("uppfoljning"), withIntermediateDirectories: true)
        try Data("period: T1\ncontrols:\n  - {control: K14, date: 2026-03-01}\n".utf8).write(to: folder.appendingPathComponent("uppfoljning/2026-T1.yaml"))
        let out = try temporaryFolder()
        var r = try run(["validate", folder.path])
        XCTAssertEqual(r.status, 65, r.stderr)
        r = try run(["render", folder.path, "-o", out.path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("uppfoljning/2026-T1.yaml:3:15: error: controls[0].control: unknown control K14; did you mean K1?"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [], "render writes nothing")
    }
}
