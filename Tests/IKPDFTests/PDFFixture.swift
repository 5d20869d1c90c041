import Foundation
import XCTest
import IKTestSupport
@testable import IKPDF

/// Real files for the object layer's tests: a Cairo 1.16 file ikplan wrote (the example's minutes), and
/// variants qpdf makes of it at test time (object streams and xref streams, several pages).
enum PDFFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var cairoMinutes: URL { directory.appendingPathComponent("cairo-minutes.pdf") }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// A fresh temporary directory, removed by the test case's teardown.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikpdf-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// qpdf's rewrite of `input` with the given options (e.g. `--object-streams=generate`).
    static func qpdf(_ input: URL, _ options: [String], in dir: URL, name: String) throws -> URL {
        let out = dir.appendingPathComponent(name)
        _ = try PDFTool.runData("qpdf", options + [input.path, out.path], accepting: [3])
        return out
    }

    /// `qpdf --check` on bytes: its output when the file is clean, a test failure otherwise.
    static func assertQpdfClean(_ bytes: [UInt8], in dir: URL, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = dir.appendingPathComponent("check-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: url)
        let r = try PDFTool.execute("qpdf", ["--check", url.path])
        XCTAssertEqual(r.status, 0, "qpdf --check \(label): \(r.text) \(r.stderr)", file: file, line: line)
        XCTAssertFalse(r.text.contains("WARNING") || r.stderr.contains("WARNING"), "qpdf warns on \(label): \(r.text) \(r.stderr)", file: file, line: line)
    }

    static func text(_ bytes: [UInt8], in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("text-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: url)
        return try PDFTool.run("pdftotext", ["-layout", url.path, "-"])
    }
}
