import Foundation
import IKEngine
import IKTestSupport
import XCTest

/// The output pipeline: Cairo renders into memory, steps change the bytes, and files are replaced all
/// at once or not at all; nothing ikplan did not write is ever replaced.
final class PDFOutputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = EngineFixture.tempURL("output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func pdf(_ text: String) throws -> RenderedPDF {
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context())
            .paginate([Paragraph(text, style: EngineFixture.body)])
        return try PDFWriter(metadata: PDFMetadata(title: text, date: "2026-01-01T00:00:00Z")).render(pages)
    }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
    }

    /// Appends a PDF comment line: changes the bytes, keeps the file a valid PDF.
    struct Stamp: PDFPostProcessor {
        var line: String
        func process(_ pdf: RenderedPDF) throws -> RenderedPDF {
            var out = pdf
            out.bytes.append(Data("%\(line)\n".utf8))
            return out
        }
    }

    struct Failing: PDFPostProcessor {
        var name: String { "failing step" }
        struct Broken: Error, CustomStringConvertible { var description: String { "the bytes are broken" } }
        func process(_ pdf: RenderedPDF) throws -> RenderedPDF {
            if pdf.metadata.title == "zwei" { throw Broken() }
            return pdf
        }
    }

    func testTheRenderedBytesAreAWholePDFAndWhatIsWritten() throws {
        let rendered = try pdf("Hej")
        XCTAssertTrue(rendered.bytes.starts(with: Array("%PDF-1.5".utf8)))
        XCTAssertEqual(rendered.pageCount, 1)
        let url = folder.appendingPathComponent("a.pdf")
        try PDFOutput().write([.init(url: url, pdf: rendered)])
        XCTAssertEqual(try Data(contentsOf: url), rendered.bytes)
        XCTAssertEqual(try PDFTool.run("pdftotext", [url.path, "-"]).trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "\n").first, "Hej")
        XCTAssertEqual(try pdf("Hej").bytes, rendered.bytes, "rendering is deterministic")
    }

    func testStepsRunInOrderOnTheBytesBeforeTheyAreWritten() throws {
        let url = folder.appendingPathComponent("a.pdf")
        let output = PDFOutput(steps: [Stamp(line: "first"), Stamp(line: "second")])
        try output.write([.init(url: url, pdf: try pdf("Hej"))])
        let text = String(decoding: try Data(contentsOf: url).suffix(40), as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("%%EOF\n%first\n%second\n"), text)
        let check = try PDFTool.execute("qpdf", ["--check", url.path])
        XCTAssertEqual(check.status, 0, check.text + check.stderr)
    }

    func testAFailingStepOnOneFileReplacesNoFileAndLeavesNoTemporary() throws {
        let a = folder.appendingPathComponent("a.pdf"), b = folder.appendingPathComponent("b.pdf")
        try PDFOutput().write([.init(url: a, pdf: try pdf("alt")), .init(url: b, pdf: try pdf("alt"))])
        let before = (try Data(contentsOf: a), try Data(contentsOf: b))
        XCTAssertThrowsError(try PDFOutput(steps: [Failing()]).write([.init(url: a, pdf: try pdf("eins")), .init(url: b, pdf: try pdf("zwei"))])) { error in
            XCTAssertEqual("\(error)", "\(b.path): failing step: the bytes are broken")
        }
        XCTAssertEqual(try Data(contentsOf: a), before.0, "a.pdf was replaced although b.pdf failed")
        XCTAssertEqual(try Data(contentsOf: b), before.1)
        XCTAssertEqual(try leftovers(), [])
    }

    func testAFolderInTheTargetsPlaceIsRefusedAndKeptWithItsContents() throws {
        let target = folder.appendingPathComponent("plan.pdf")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let mine = target.appendingPathComponent("mine.txt")
        try Data("user's file".utf8).write(to: mine)
        let other = folder.appendingPathComponent("other.pdf")
        XCTAssertThrowsError(try PDFOutput().write([.init(url: other, pdf: try pdf("x")), .init(url: target, pdf: try pdf("y"))])) { error in
            XCTAssertTrue("\(error)".contains("plan.pdf: will not replace it: it is a folder"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: mine), Data("user's file".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: other.path), "nothing is written when one target is refused")
        XCTAssertEqual(try leftovers(), [])
    }

    func testALinkOrAFileIkplanDidNotWriteIsRefused() throws {
        let notes = folder.appendingPathComponent("notes.pdf")
        try Data("%PDF-1.4 someone else's file".utf8).write(to: notes)
        XCTAssertThrowsError(try PDFOutput().write([.init(url: notes, pdf: try pdf("x"))])) { error in
            XCTAssertTrue("\(error)".contains("is not a PDF that ikplan wrote"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: notes), Data("%PDF-1.4 someone else's file".utf8))
        let link = folder.appendingPathComponent("link.pdf")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: notes.path)
        XCTAssertThrowsError(try PDFOutput().write([.init(url: link, pdf: try pdf("x"))])) { error in
            XCTAssertTrue("\(error)".contains("it is a symbolic link"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), notes.path)
    }

    func testStaleTemporariesOfDeadProcessesAreRemovedOthersKept() throws {
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let stale = folder.appendingPathComponent(".plan.pdf.\(dead.processIdentifier).partial")
        let live = folder.appendingPathComponent(".plan.pdf.\(getppid()).partial")
        let foreign = folder.appendingPathComponent(".plan.pdf.backup.partial")
        for f in [stale, live, foreign] { try Data("x".utf8).write(to: f) }
        try PDFOutput().write([.init(url: folder.appendingPathComponent("plan.pdf"), pdf: try pdf("x"))])
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path), "a dead run's temporary stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path), "a running process's temporary was removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign.path), "a file not of our naming was removed")
    }
}
