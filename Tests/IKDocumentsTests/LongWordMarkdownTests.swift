import XCTest
import Foundation
import IKDocuments
import IKInput
import IKModel
import IKTestSupport

/// A Markdown file with one word of 600 kB (a pasted blob) renders into the plan whole and in bounded time.
/// Before the word was shaped in pieces this crashed the process (Pango's 32-bit widths overflowed).
final class LongWordMarkdownTests: XCTestCase {
    func testAPlanWhoseIntroductionIsOneHugeWordRendersEveryCharacter() throws {
        let folder = PlanDocumentFixture.tempURL("longword-plan")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: PlanDocumentFixture.exampleFolder, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = "Qwxz0123456789abcdef"
        let word = String(repeating: unit, count: 30_000)    // 600 kB
        try Data("# Inledning\n\n\(word)\n\nSlutord efter ordet.\n".utf8).write(to: folder.appendingPathComponent("inledning.md"))

        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        let plan = try XCTUnwrap(loaded, diagnostics.renderedText())
        let start = Date()
        let (url, _) = try PlanDocumentFixture.render(plan, name: "longword.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertLessThan(Date().timeIntervalSince(start), 120, "the render is bounded")
        let text = try PDFTool.run("pdftotext", ["-enc", "UTF-8", url.path, "-"])
        XCTAssertEqual(text.filter { $0 == "Q" }.count, 30_000, "every character of the word is printed once")
        XCTAssertTrue(text.contains("Slutord efter ordet."), "the text after the word is not lost")
        let check = try PDFTool.run("qpdf", ["--check", url.path])
        XCTAssertTrue(check.contains("No syntax or stream encoding errors"), check)
    }
}
