import Foundation
import IKTestSupport
import XCTest

/// Runs the built `ikplan` as a user would, from a chosen folder and environment, and collects what it said.
enum CLI {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// The built debug binary.
    static var binary: URL { Fixtures.packageRoot.appendingPathComponent(".build/debug/ikplan") }
    static var example: URL { Fixtures.packageRoot.appendingPathComponent("examples/ange-2026") }

    /// Runs the built binary with `arguments` on a pseudo-terminal (Python's `pty.spawn`), with the progress
    /// line asked for at once: its exit status, and everything it wrote to the terminal.
    static func onTerminal(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let script = "import os,pty,sys; os.environ['IKPLAN_PROGRESS_AFTER_MS']='0'; sys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))"
        let r = try PDFTool.execute("python3", ["-c", script, binary.path] + arguments)
        return (r.status, r.text)
    }

    /// Runs `binary` with `arguments`; `environment` is merged into this process's, after the variables in
    /// `removing` are taken out (a test of the Swedish messages clears the machine's locale first).
    static func run(_ arguments: [String], binary: URL = CLI.binary, in directory: URL? = nil,
                    environment: [String: String] = [:], removing: [String] = []) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw missingPrerequisite("no built ikplan at \(binary.path); run swift build first")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files, not pipes: a pipe nobody reads while we wait could block the child.
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var inherited = ProcessInfo.processInfo.environment
        for key in removing { inherited[key] = nil }
        process.environment = inherited.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// A fresh folder removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase, _ name: String = "out") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }
}
