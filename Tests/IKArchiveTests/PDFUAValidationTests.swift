import Foundation
import XCTest
import IKTestSupport

/// Every document ikplan writes, in both shipped looks, through the real CLI and veraPDF: PDF/UA-1 and
/// PDF/A-2a compliant, with the text Cairo wrote. Cairo's own file (no post-processing) must fail UA-1.
final class PDFUAValidationTests: XCTestCase {
    static let root = PDFAConverterTests.root
    static let documents = ["plan.pdf", "minutes.pdf", "beslutsunderlag.pdf", "uppfoljning-2026-T1.pdf"]

    private func render(_ dir: URL, _ extra: [String] = []) throws {
        let binary = Self.root.appendingPathComponent(".build/debug/ikplan")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { return XCTFail("no built ikplan at \(binary.path)") }
            throw XCTSkip("no built ikplan at \(binary.path); run swift build first")
        }
        let r = try PDFTool.execute(binary.path, ["render", Self.root.appendingPathComponent("examples/ange-2026").path, "-o", dir.path] + extra)
        guard r.status == 0 else { throw PDFToolError(command: r.command, status: r.status, stderr: r.stderr) }
    }

    func testEveryDocumentIsPDFUA1AndPDFA2aInBothLooks() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-ua-\(getpid())")
        try? FileManager.default.removeItem(at: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let ange = tmp.appendingPathComponent("ange"), gray = tmp.appendingPathComponent("grayscale")
        let plain = tmp.appendingPathComponent("no-pdfa")
        try render(ange)
        try render(gray, ["--layout", Self.root.appendingPathComponent("Layouts/plan-grayscale.yaml").path,
                          "--minutes-layout", Self.root.appendingPathComponent("Layouts/minutes-protokoll.yaml").path])
        try render(plain, ["--no-pdfa"])
        var files: [URL] = []
        for name in Self.documents {
            let a = ange.appendingPathComponent(name)
            XCTAssertEqual(try PDFTool.run("pdftotext", ["-layout", a.path, "-"]),
                           try PDFTool.run("pdftotext", ["-layout", plain.appendingPathComponent(name).path, "-"]),
                           "\(name): the steps leave the text as Cairo wrote it")
            files += [a, gray.appendingPathComponent(name)]
        }
        let verdicts = try VeraPDF.validateOrSkip(files + [plain.appendingPathComponent("minutes.pdf")], flavours: ["ua1", "2a"])
        let label = { (v: VeraPDFVerdict) in v.file.replacingOccurrences(of: tmp.path + "/", with: "") }
        let own = verdicts.filter { $0.file.hasSuffix("no-pdfa/minutes.pdf") }
        for v in verdicts where !v.file.hasSuffix("no-pdfa/minutes.pdf") {
            XCTAssertTrue(v.isCompliant, "veraPDF \(v.flavour): \(label(v)): \(v)")
        }
        XCTAssertEqual(own.count, 2)
        XCTAssertFalse(own.contains { $0.isCompliant }, "Cairo's own file must fail PDF/UA-1 and PDF/A-2a")
        if ProcessInfo.processInfo.environment["IKPLAN_VERAPDF_REPORT"] != nil {
            for v in verdicts { print("veraPDF: \(v)") }
        }
    }
}
