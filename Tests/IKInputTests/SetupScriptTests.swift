import Foundation
import XCTest

/// The README's two commands and the dependency check, as a new user on Debian 12 meets them: no make,
/// perhaps no root and no sudo.
final class SetupScriptTests: XCTestCase {
    var root: URL { Fixtures.packageRoot }

    /// A PATH holding only bash, grep, a fake `id` (a normal user) and a fake `dpkg-query` that knows
    /// `installed` packages: no sudo, no apt-get.
    func fakeMachine(installed: [String]) throws -> URL {
        let bin = try CLI.temporaryFolder(self, "bin")
        for tool in ["bash", "grep"] {
            let real = try XCTUnwrap(["/usr/bin/\(tool)", "/bin/\(tool)"].first { FileManager.default.isExecutableFile(atPath: $0) })
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent(tool).path, withDestinationPath: real)
        }
        let scripts = [
            "id": "#!\(bin.path)/bash\necho 1000\n",
            "dpkg-query": "#!\(bin.path)/bash\ncase \" \(installed.joined(separator: " ")) \" in *\" ${@: -1} \"*) printf 'install ok installed' ;; *) exit 1 ;; esac\n",
        ]
        for (name, text) in scripts {
            let url = bin.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return bin
    }

    func ensureDeps(_ mode: String, bin: URL) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = bin.appendingPathComponent("bash")
        p.arguments = [root.appendingPathComponent("scripts/ensure-deps.sh").path, mode]
        p.environment = ["PATH": bin.path, "HOME": NSTemporaryDirectory()]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    /// Without root or sudo: the exact apt-get line for what the command needs, and a non-zero exit.
    func testWithoutSudoItPrintsTheAptGetLineForWhatTheCommandNeeds() throws {
        let bin = try fakeMachine(installed: ["libcairo2-dev", "libpango1.0-dev", "libhyphen-dev", "hyphen-sv", "libcmark-dev", "zlib1g-dev"])
        var r = try ensureDeps("render", bin: bin)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("sudo apt-get install -y --no-install-recommends librsvg2-dev poppler-utils libcurl4-openssl-dev\n"), r.stderr)
        r = try ensureDeps("test", bin: bin)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("librsvg2-dev poppler-utils libcurl4-openssl-dev qpdf"), r.stderr)
        XCTAssertTrue(r.stderr.contains("openjdk-17-jdk-headless"), r.stderr)
        r = try ensureDeps("bench", bin: bin)
        XCTAssertTrue(r.stderr.contains("librsvg2-dev poppler-utils libcurl4-openssl-dev time python3 python3-venv\n"), r.stderr)
        XCTAssertFalse(r.stderr.contains("openjdk"), "the benchmark asks for the test tools:\n\(r.stderr)")
    }

    func testWithEverythingPresentItIsQuiet() throws {
        let all = ["libcairo2-dev", "libpango1.0-dev", "libhyphen-dev", "hyphen-sv", "libcmark-dev", "librsvg2-dev", "zlib1g-dev", "poppler-utils", "libcurl4-openssl-dev"]
        let r = try ensureDeps("render", bin: try fakeMachine(installed: all))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    /// The README starts with the two scripts (no make), and CI runs the README's test command.
    func testTheReadmesCommandsAreScriptsAndCIRunsTheTestOne() throws {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try XCTUnwrap(readme.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").map { $0.split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        XCTAssertEqual(commands, ["scripts/example.sh", "scripts/test.sh"])
        let ci = try String(contentsOf: root.appendingPathComponent(".ci/run"), encoding: .utf8)
        XCTAssertTrue(ci.split(separator: "\n").contains("scripts/test.sh"), ci)
        for script in ["example.sh", "test.sh", "ensure-deps.sh", "install.sh"] {
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("scripts/\(script)").path), script)
        }
        let test = try String(contentsOf: root.appendingPathComponent("scripts/test.sh"), encoding: .utf8)
        XCTAssertTrue(test.contains("--disable-swift-testing"), "an empty Swift Testing run ends the summary with 0 tests")
    }
}
