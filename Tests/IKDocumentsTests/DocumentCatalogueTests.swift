import Foundation
@testable import IKDocuments
import IKEngine
import IKTestSupport
import XCTest

/// The catalogue decides which documents a plan yields and with which layout; a run lays every one
/// out before it writes any, and the bundle reuses the pages of the plan and the minutes.
final class DocumentCatalogueTests: XCTestCase {
    private var out: URL!

    override func setUpWithError() throws { out = PlanDocumentFixture.tempURL("catalogue-\(UUID().uuidString)") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: out) }

    func testTheCatalogueNamesEachDocumentItsFileAndDefaultLayout() {
        XCTAssertEqual(DocumentCatalogue.all.map(\.id), ["plan", "minutes", "bundle", "checklists", "followup-T1", "followup-T2", "followup-T3"])
        XCTAssertEqual(DocumentCatalogue.all.map(\.fileName), ["plan.pdf", "minutes.pdf", "beslutsunderlag.pdf", "checklists.pdf",
                                                               "uppfoljning-T1.pdf", "uppfoljning-T2.pdf", "uppfoljning-T3.pdf"])
        XCTAssertEqual(DocumentCatalogue.all.map(\.defaultLayout), ["plan-ange", "minutes-ange", nil, "checklist-ange",
                                                                    "followup-ange", "followup-ange", "followup-ange"])
        for layout in DocumentCatalogue.all.compactMap(\.defaultLayout) {
            XCTAssertTrue(FileManager.default.fileExists(atPath: LayoutFile.bundled(layout).path), layout)
        }
        XCTAssertEqual(Set(DocumentCatalogue.all.map(\.id)).count, DocumentCatalogue.all.count, "ids are unique")
        XCTAssertEqual(DocumentCatalogue.named("minutes")?.fileName, "minutes.pdf")
    }

    func testTheExampleYieldsAllThreeAndTheBundleIsTheMinutesThenThePlan() throws {
        let run = DocumentRun(plan: try PlanDocumentFixture.examplePlan(), folder: PlanDocumentFixture.exampleFolder,
                              context: PlanDocumentFixture.context)
        let report = try run.write(to: out)
        // One follow-up per tertial with a file: the example has uppfoljning/2026-T1.yaml, named with the plan year.
        XCTAssertEqual(report.outputs.map(\.url.lastPathComponent), ["plan.pdf", "minutes.pdf", "beslutsunderlag.pdf", "checklists.pdf",
                                                                     "uppfoljning-2026-T1.pdf"])
        let pages = try report.outputs.map { try PDFInspector($0.url).pageCount }
        XCTAssertEqual(pages, report.outputs.map(\.pages))
        XCTAssertEqual(pages[2], pages[0] + pages[1], "the bundle holds the minutes' and the plan's pages")
        XCTAssertEqual(pages[3], 51, "the year overview and the 50 sheets of the example's 13 controls")
        let bundle = try PDFInspector(out.appendingPathComponent("beslutsunderlag.pdf")).pageTexts
        let minutes = try PDFInspector(out.appendingPathComponent("minutes.pdf")).pageTexts
        XCTAssertEqual(bundle.first, minutes.first)
    }

    func testAPlanWithoutAMeetingOrControlsYieldsOnlyThePlan() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        plan.meeting = nil
        plan.controls = []
        plan.followUps = []
        let report = try DocumentRun(plan: plan, folder: PlanDocumentFixture.exampleFolder, context: PlanDocumentFixture.context).write(to: out)
        XCTAssertEqual(report.outputs.map(\.document.id), ["plan"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["plan.pdf"])
    }

    func testALayoutChosenForOneDocumentIsUsedForItAlone() throws {
        let run = DocumentRun(plan: try PlanDocumentFixture.examplePlan(), folder: PlanDocumentFixture.exampleFolder,
                              context: PlanDocumentFixture.context,
                              layouts: ["minutes": LayoutFile.bundled("minutes-protokoll")])
        let minutes = try XCTUnwrap(try run.document(.minutes))
        let plain = try XCTUnwrap(try DocumentRun(plan: run.plan, folder: run.folder, context: run.context).document(.minutes))
        XCTAssertEqual(minutes.pages.first?.label, "Protokoll 1", "the protokoll layout labels its pages")
        XCTAssertEqual(plain.pages.first?.label, "Minnesanteckningar 1")
        let planA = try XCTUnwrap(try run.document(.plan)), planB = try XCTUnwrap(try DocumentRun(plan: run.plan, folder: run.folder, context: run.context).document(.plan))
        XCTAssertEqual(planA.pages.count, planB.pages.count, "the plan keeps its default layout")
    }

    /// A second context for the run's second thread (fonts and shaper of its own).
    static let alongside: DocumentContext = {
        do { return try DocumentContext() } catch { preconditionFailure("fonts: \(error)") }
    }()

    /// Two threads write what one writes, byte for byte, and report the documents in the catalogue's
    /// order; the bundle stays with the plan and the minutes it is made of.
    func testTwoThreadsWriteTheSameBytesInTheSameOrder() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let one = try DocumentRun(plan: plan, folder: PlanDocumentFixture.exampleFolder, context: PlanDocumentFixture.context)
            .write(to: out.appendingPathComponent("one"))
        let events = Locked<[String]>([])
        let two = try DocumentRun(plan: plan, folder: PlanDocumentFixture.exampleFolder, context: PlanDocumentFixture.context)
            .write(to: out.appendingPathComponent("two"), progress: { p in
                if case .drawn(let name, _, let done, let total) = p { events.withLock { $0.append("\(done)/\(total) \(name)") } }
            }, alongside: Self.alongside)
        XCTAssertEqual(two.outputs.map(\.url.lastPathComponent), one.outputs.map(\.url.lastPathComponent))
        for (a, b) in zip(one.outputs, two.outputs) {
            XCTAssertEqual(try Data(contentsOf: a.url), try Data(contentsOf: b.url), "\(a.url.lastPathComponent) differs with two threads")
        }
        let counted = events.withLock { $0 }
        XCTAssertEqual(counted.map { $0.split(separator: " ")[0] }, (1...5).map { "\($0)/7" }, "the count goes up by one, in order")
        XCTAssertEqual(Set(counted.map { String($0.split(separator: " ")[1]) }), Set(one.outputs.map(\.url.lastPathComponent)))
        let groups = DocumentLanes.groups(DocumentCatalogue.all).map { $0.map(\.id) }
        XCTAssertEqual(groups, [["plan", "minutes", "bundle"], ["checklists"], ["followup-T1"], ["followup-T2"], ["followup-T3"]])
        XCTAssertEqual(DocumentLanes.groups([.bundle, .checklists, .plan]).map { $0.map(\.id) }, [["bundle", "plan"], ["checklists"]])
    }

    /// A document that fails on the second thread stops the run there too: nothing is written.
    func testAFailureOnTheSecondThreadWritesNothing() throws {
        let bad = try badLayout()
        defer { try? FileManager.default.removeItem(at: bad) }
        let run = DocumentRun(plan: try PlanDocumentFixture.examplePlan(), folder: PlanDocumentFixture.exampleFolder,
                              context: PlanDocumentFixture.context, layouts: ["checklists": bad])
        XCTAssertThrowsError(try run.write(to: out, alongside: Self.alongside))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "a file was written although the checklists failed")
    }

    /// A layout file that reads but cannot lay anything out (a body font of size 0), beside the output.
    private func badLayout() throws -> URL {
        let bad = out.deletingLastPathComponent().appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "page: {margins: 20mm}\nstyles:\n  body: {size: 0}\n".write(to: bad, atomically: true, encoding: .utf8)
        return bad
    }

    func testABadLayoutForTheLastDocumentWritesNothing() throws {
        let bad = try badLayout()
        defer { try? FileManager.default.removeItem(at: bad) }
        let run = DocumentRun(plan: try PlanDocumentFixture.examplePlan(), folder: PlanDocumentFixture.exampleFolder,
                              context: PlanDocumentFixture.context, layouts: ["minutes": bad])
        XCTAssertThrowsError(try run.write(to: out))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan.pdf").path),
                       "plan.pdf was written although the minutes failed")
    }

    func testTheRunHyphenatesInThePlansLanguageAndWarnsWhenItCannot() throws {
        var plan = try PlanDocumentFixture.examplePlan()
        let swedish = DocumentRun(plan: plan, folder: PlanDocumentFixture.exampleFolder, context: PlanDocumentFixture.context)
        XCTAssertTrue(swedish.context === PlanDocumentFixture.context, "a Swedish plan keeps the prepared context")
        plan.info.language = "en-GB"
        let english = DocumentRun(plan: plan, folder: PlanDocumentFixture.exampleFolder, context: PlanDocumentFixture.context)
        XCTAssertEqual(english.context.language, "en-GB")
        XCTAssertTrue(english.context.warnings.contains { $0.hasPrefix("no hyphenation: plan.language is \"en-GB\"") },
                      "\(english.context.warnings)")
        let style = TextStyle(family: "Carlito", size: 11)
        XCTAssertFalse(english.context.layout.shaper.shape("kompetensförsörjningsplanen", style: style, width: 50).text.contains("\u{AD}"))
    }
}
