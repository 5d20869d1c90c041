import Foundation
import IKTestSupport
import XCTest

/// Runs the built ikplan as a user would, and gives each test a fresh copy of a rendered example PDF.
enum SignFixture {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let binary = packageRoot.appendingPathComponent(".build/debug/ikplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw missingPrerequisite("no built ikplan at \(binary.path); run swift build first")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The example plan rendered once per test process; the plan PDF's path.
    private static let rendered: Result<String, Error> = {
        let dir = TestPKI.shared.path("rendered")
        do {
            let r = try run(["render", packageRoot.appendingPathComponent("examples/ange-2026").path, "-o", dir])
            guard r.status == 0 else { throw NSError(domain: "render", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
            let pdfs = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".pdf") }.sorted()
            guard let plan = pdfs.first(where: { $0.contains("plan") }) ?? pdfs.first else {
                throw NSError(domain: "render", code: 1, userInfo: [NSLocalizedDescriptionKey: "render wrote no PDF"])
            }
            return .success(dir + "/" + plan)
        } catch {
            return .failure(error)
        }
    }()

    /// A fresh copy of the rendered example under `name`.
    static func examplePDF(_ name: String) throws -> String {
        let source = try rendered.get()
        let target = TestPKI.shared.path(name)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
    static func write(_ bytes: [UInt8], _ path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
}
