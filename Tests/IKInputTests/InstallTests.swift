import Foundation
import XCTest

/// The binary finds its fonts and layouts wherever it is installed, never in the current directory,
/// and says which variables override them when they are missing.
final class InstallTests: XCTestCase {
    func install(_ prefix: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["bash", Fixtures.packageRoot.appendingPathComponent("scripts/install.sh").path, prefix.path]
        p.environment = ProcessInfo.processInfo.environment.merging(["IKPLAN_BINARY": CLI.binary.path]) { $1 }
        p.standardError = FileHandle.nullDevice
        try p.run(); p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "install.sh failed")
    }

    /// Installed into a temporary prefix and run from a folder holding an empty Fonts/ and a broken
    /// Layouts/: it renders with the installed resources, and a change to the installed layout shows
    /// that those are the ones it reads.
    func testAnInstalledBinaryRendersFromAnotherFolderWithItsOwnResources() throws {
        let prefix = try CLI.temporaryFolder(self, "prefix")
        try install(prefix)
        let bin = prefix.appendingPathComponent("bin/ikplan")
        for licence in ["Carlito", "DejaVuSans", "LiberationSans", "LiberationSerif"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/ikplan/Fonts/\(licence)/LICENSE.txt").path))
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/ikplan/Layouts/plan-grayscale.yaml").path))

        let cwd = try CLI.temporaryFolder(self, "cwd")
        try FileManager.default.createDirectory(at: cwd.appendingPathComponent("Fonts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: cwd.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try Data("not: [a layout".utf8).write(to: cwd.appendingPathComponent("Layouts/minutes-ange.yaml"))
        let clean = ["IKPLAN_FONTS": "", "IKPLAN_LAYOUTS": "", "IKPLAN_SHARE": ""]
        var r = try CLI.run(["render", CLI.example.path, "-o", "out", "--only", "minutes"], binary: bin, in: cwd, environment: clean)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cwd.appendingPathComponent("out/minutes.pdf").path))

        let installed = prefix.appendingPathComponent("share/ikplan/Layouts/minutes-protokoll.yaml")
        try Data("not: [a layout".utf8).write(to: installed)
        r = try CLI.run(["render", CLI.example.path, "-o", "out2", "--only", "minutes", "--minutes-layout", "protokoll"],
                        binary: bin, in: cwd, environment: clean)
        XCTAssertNotEqual(r.status, 0, "a broken installed layout was not read")
        XCTAssertTrue(r.stderr.contains(installed.path), r.stderr)

        // IKPLAN_SHARE points elsewhere, and wins.
        r = try CLI.run(["render", CLI.example.path, "-o", "out3", "--only", "minutes", "--minutes-layout", "protokoll"],
                        binary: bin, in: cwd, environment: ["IKPLAN_SHARE": Fixtures.packageRoot.path])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    /// A font folder that is not there: the error names it and the variables that set it.
    func testAMissingFontFolderNamesTheVariables() throws {
        let out = try CLI.temporaryFolder(self)
        let r = try CLI.run(["render", CLI.example.path, "-o", out.path, "--only", "minutes"],
                            environment: ["IKPLAN_FONTS": "/nonexistent/fonts"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("font folder /nonexistent/fonts does not exist"), r.stderr)
        XCTAssertTrue(r.stderr.contains("IKPLAN_FONTS="), r.stderr)
        XCTAssertTrue(r.stderr.contains("IKPLAN_SHARE="), r.stderr)
        XCTAssertTrue(r.stderr.contains("make install PREFIX="), r.stderr)
    }
}
