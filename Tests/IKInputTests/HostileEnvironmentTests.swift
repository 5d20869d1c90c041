import Foundation
import XCTest
import IKTestSupport

/// `ikplan` run as a hostile environment runs it: standard error closed, standard output on a full disk,
/// too few file descriptors, a plan.yaml that is a pipe. Runs the built binary through /bin/sh, with a
/// deadline, so a hang or a trap fails the test with what happened.
final class HostileEnvironmentTests: XCTestCase {
    struct Run { var status: Int32; var signalled: Bool; var stderr: String }

    private var work: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: RenderSafetyTests.binary.path) else {
            throw missingPrerequisite("no built ikplan at \(RenderSafetyTests.binary.path); run swift build first")
        }
        work = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-environment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("valid-minimal"), to: work.appendingPathComponent("plan"))
    }

    override func tearDownWithError() throws {
        if let work { try? FileManager.default.removeItem(at: work) }
    }

    var plan: URL { work.appendingPathComponent("plan") }

    /// Runs `script` in /bin/sh with "$@" = ikplan and its arguments; stderr of the shell to a file.
    func shell(_ script: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, "sh", RenderSafetyTests.binary.path] + arguments
        let err = work.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardOutput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in ended.signal() }
        try p.run()
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            p.terminate()
            XCTFail("ikplan \(arguments.joined(separator: " ")) did not end within \(Int(timeout)) s")
            ended.wait()
        }
        return Run(status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal,
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func testClosedStandardErrorIsNoCrash() throws {
        // A clean plan: exit 0 although the summary cannot be written.
        var r = try shell(#""$@" 2>&-"#, ["validate", plan.path])
        XCTAssertFalse(r.signalled)
        XCTAssertEqual(r.status, 0)
        // A broken plan: its diagnostics are lost, its status is not.
        try Data("plan: [".utf8).write(to: plan.appendingPathComponent("plan.yaml"))
        r = try shell(#""$@" 2>&-"#, ["validate", plan.path])
        XCTAssertEqual(r.status, 65)
        r = try shell(#""$@" 2>&-"#, ["render", plan.path, "-o", work.appendingPathComponent("out").path])
        XCTAssertFalse(r.signalled)
        XCTAssertEqual(r.status, 65)
    }

    func testAReportWrittenToAFullDiskIsAnError() throws {
        let r = try shell(#""$@" >/dev/full"#, ["validate", plan.path, "--format", "json"])
        XCTAssertFalse(r.signalled)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("cannot write to standard output: No space left on device"), r.stderr)
    }

    func testAPlanFileThatIsAPipeExits66SayingSo() throws {
        let file = plan.appendingPathComponent("plan.yaml")
        try FileManager.default.removeItem(at: file)
        XCTAssertEqual(mkfifo(file.path, 0o644), 0)
        let r = try shell(#""$@""#, ["validate", plan.path], timeout: 30)
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.contains("1 error"), r.stderr)
        let render = try shell(#""$@""#, ["render", plan.path, "-o", work.appendingPathComponent("out").path], timeout: 30)
        XCTAssertEqual(render.status, 66)
        XCTAssertTrue(render.stderr.contains("is a named pipe (FIFO), not a file"), render.stderr)
    }

    func testTooFewFileDescriptorsSaySo() throws {
        // Before: "no plan.yaml" (exit 66), or a trap in libdispatch when it could not make its eventfd.
        for limit in [4, 6, 12] {
            let r = try shell("ulimit -n \(limit); exec \"$@\"", ["render", plan.path, "-o", work.appendingPathComponent("out").path])
            XCTAssertFalse(r.signalled, r.stderr)
            XCTAssertEqual(r.status, 1, r.stderr)
            XCTAssertEqual(r.stderr, "ikplan: error: this process may open only \(limit) files at once (ulimit -n); ikplan needs 32\n  hint: raise the limit (ulimit -n 1024) and run again\n")
        }
        // A soft limit below what a run needs is raised when the hard limit allows.
        let r = try shell(#"ulimit -Hn 64; ulimit -Sn 8; exec "$@""#, ["validate", plan.path])
        XCTAssertEqual(r.status, 0, r.stderr)
    }
}
