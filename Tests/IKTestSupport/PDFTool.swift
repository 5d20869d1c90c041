import Foundation

/// A poppler or qpdf command that failed: the command line, its exit status and what it said on stderr,
/// so a failing test tells what to run by hand.
public struct PDFToolError: Error, CustomStringConvertible, Sendable {
    public let command: [String]
    public let status: Int32
    public let stderr: String

    public init(command: [String], status: Int32, stderr: String) {
        self.command = command; self.status = status; self.stderr = stderr
    }

    public var description: String {
        let said = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        return "`\(command.joined(separator: " "))` exited with status \(status)"
            + (said.isEmpty ? "" : ": \(said)")
    }
}

/// What a command produced. `stdout` is raw bytes because pdftoppm writes images there.
public struct PDFToolResult: Sendable {
    public let command: [String]
    public let status: Int32
    public let stdout: Data
    public let stderr: String
    public var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs poppler/qpdf command line tools (found on PATH through /usr/bin/env).
public enum PDFTool {
    /// Standard output of a tool that must succeed (exit status 0).
    /// - Throws: `PDFToolError` with the command and its stderr otherwise.
    public static func run(_ tool: String, _ args: [String]) throws -> String {
        try runData(tool, args).text
    }

    /// Like `run`, with the raw bytes of standard output; `accepting` lists further allowed exit
    /// statuses (qpdf exits 3 when it succeeded with warnings).
    public static func runData(_ tool: String, _ args: [String], accepting: Set<Int32> = []) throws -> PDFToolResult {
        let result = try execute(tool, args)
        guard result.status == 0 || accepting.contains(result.status) else {
            throw PDFToolError(command: result.command, status: result.status, stderr: result.stderr)
        }
        return result
    }

    /// Runs a tool and reports whatever happened, whatever its exit status (for `qpdf --check`).
    /// - Throws: only when the process cannot be started at all.
    public static func execute(_ tool: String, _ args: [String]) throws -> PDFToolResult {
        let command = [tool] + args
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = command
        // stderr goes to a file, not a second pipe: reading two pipes in turn can deadlock when the one
        // read second fills up; a file never blocks the tool.
        let errURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("ikplan-tool-stderr-\(getpid())-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw PDFToolError(command: command, status: -1, stderr: "cannot create \(errURL.path)")
        }
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? errHandle.close() }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        do {
            try p.run()
        } catch {
            throw PDFToolError(command: command, status: -1, stderr: "could not start: \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return PDFToolResult(command: command, status: p.terminationStatus, stdout: data,
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
