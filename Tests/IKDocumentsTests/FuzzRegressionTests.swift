import XCTest
import Foundation
import IKDocuments
import IKEngine
import IKInput
import IKModel
import IKPDF
import IKTestSupport

/// Replays every input kept under Tests/FuzzRegressions (the seeds of the libFuzzer targets, hostile cases,
/// and every crash, hang or OOM the fuzzers found; docs/fuzzing.md) through the same code the targets drive,
/// by the public entry points: each must end, in bounded time, with a result or a message.
final class FuzzRegressionTests: XCTestCase {
    /// Generous for a debug build on a shared machine; a hang is minutes or never.
    private let bound: TimeInterval = 30

    private func inputs(_ target: String) throws -> [URL] {
        let dir = ResourceLocator.find("Tests").appendingPathComponent("FuzzRegressions/\(target)")
        let urls = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
        XCTAssertFalse(urls.isEmpty, "no inputs in \(dir.path)")
        return urls
    }

    private func timed(_ url: URL, _ body: () throws -> Void) rethrows {
        let start = Date()
        try body()
        XCTAssertLessThan(Date().timeIntervalSince(start), bound, "\(url.lastPathComponent) took too long")
    }

    /// A copy of the example plan folder to put one input into.
    private func exampleCopy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-fuzzreg-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: PlanDocumentFixture.exampleFolder, to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("uppfoljning"))
        return folder
    }

    func testPDFParserInputs() throws {
        for url in try inputs("pdf") {
            let bytes = [UInt8](try Data(contentsOf: url))
            try timed(url) {
                guard let document = try? PDFDocument(bytes: bytes) else {
                    XCTAssertTrue(url.lastPathComponent.hasPrefix("hostile") || url.lastPathComponent.hasPrefix("crash"),
                                  "the seed \(url.lastPathComponent) does not parse")
                    return
                }
                _ = try? document.catalog()
                if let pages = try? document.pages() { for page in pages.prefix(50) { _ = try? document.annotations(of: page) } }
                _ = try? document.formFields()
                for number in document.objectNumbers.prefix(500) {
                    if case .stream(let stream)? = try? document.object(PDFReference(number)) { _ = try? document.decodedData(stream) }
                }
            }
        }
    }

    func testPlanLoaderInputs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-fuzzreg-\(getpid())-plan")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for url in try inputs("plan") {
            try Data(contentsOf: url).write(to: folder.appendingPathComponent("plan.yaml"))
            timed(url) {
                let (plan, diagnostics) = PlanLoader.load(folder: folder)
                if url.lastPathComponent.hasPrefix("hostile") {
                    XCTAssertNil(plan, "\(url.lastPathComponent) is accepted")
                    XCTAssertFalse(diagnostics.isEmpty, "\(url.lastPathComponent) is refused without a message")
                }
            }
        }
    }

    func testMarkdownInputs() throws {
        let folder = try exampleCopy("markdown")
        defer { try? FileManager.default.removeItem(at: folder) }
        for url in try inputs("markdown") {
            try Data(contentsOf: url).write(to: folder.appendingPathComponent("inledning.md"))
            try timed(url) {
                let (plan, diagnostics) = PlanLoader.load(folder: folder)
                // What loads must also lay out: the introduction is drawn as the plan draws it.
                guard let plan else { return XCTAssertFalse(diagnostics.isEmpty) }
                let styles = try ProseStyles(layout: PlanDocumentFixture.layout("plan-ange"))
                let blocks = ProseBlocks.make(plan.texts.introduction, styles: styles)
                _ = try Paginator(style: PageStyle(margins: Insets(all: 72)), context: PlanDocumentFixture.context.layout).paginate(blocks)
            }
        }
    }

    func testFollowUpReaderInputs() throws {
        let folder = try exampleCopy("followup")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = folder.appendingPathComponent("uppfoljning")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for url in try inputs("followup") {
            try Data(contentsOf: url).write(to: dir.appendingPathComponent("2026-T1.yaml"))
            timed(url) {
                let (plan, diagnostics) = PlanLoader.load(folder: folder)
                if url.lastPathComponent.hasPrefix("hostile") {
                    XCTAssertNil(plan, "\(url.lastPathComponent) is accepted")
                    XCTAssertTrue(diagnostics.contains { $0.file.hasPrefix("uppfoljning/") }, "\(url.lastPathComponent): no message in the file")
                } else if !url.lastPathComponent.hasPrefix("crash") {
                    XCTAssertEqual(plan?.followUps.count, 1, diagnostics.renderedText())
                }
            }
        }
    }

    func testLayoutReaderInputs() throws {
        for url in try inputs("layout") {
            timed(url) {
                let problems = LayoutCheck.plan(url, fonts: nil) + LayoutCheck.minutes(url, fonts: nil)
                if url.lastPathComponent.hasPrefix("hostile") {
                    XCTAssertFalse(problems.isEmpty, "\(url.lastPathComponent) is accepted")
                }
            }
        }
    }
}
