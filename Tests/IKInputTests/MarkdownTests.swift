import IKInput
import IKModel
import XCTest

/// Markdown prose: the tree libcmark gives, figures, and files that cannot be read.
final class MarkdownTests: XCTestCase {
    func testMarkdownFileMapsToTheProseTree() throws {
        let (plan, d) = Fixtures.load("valid-minimal")
        XCTAssertEqual(d, [])
        let intro = try XCTUnwrap(plan).texts.introduction.blocks
        XCTAssertEqual(intro, [
            .paragraph([.text("Den interna kontrollen är "), .emphasis([.text("viktig")]), .text(" och "),
                        .strong([.text("nödvändig")]), .text("."), .softBreak, .text("Den ska följas upp.")]),
            .blockQuote([.paragraph([.text("Ett citat"), .softBreak, .text("ur propositionen.")])]),
            .paragraph([.text("Målet är:")]),
            .bulletList([[.paragraph([.text("Ändamålsenlig verksamhet")])],
                         [.paragraph([.text("Tillförlitlig rapportering")])]]),
            .orderedList(start: 1, [[.paragraph([.text("Först")])], [.paragraph([.text("Sedan")])]]),
            .figure(name: "processfigur", caption: [.text("Figur som beskriver "), .emphasis([.text("momenten")])]),
            .paragraph([.text("Se "), .link(destination: "https://skr.se", [.text("SKR")]), .text(" och "),
                        .code("kod"), .text(".")]),
        ])
    }

    func testInlineProseInABlockScalar() throws {
        let (plan, _) = Fixtures.load("valid-minimal")
        let foreword = try XCTUnwrap(plan?.texts.foreword)
        XCTAssertEqual(foreword.title, "Internkontrollanterna har ordet")
        XCTAssertEqual(foreword.signedBy, "Eva Exempel (S)")
        XCTAssertEqual(foreword.body.blocks, [.paragraph([.text("Planen har "), .emphasis([.text("beretts")]),
                                                          .text(" av "), .strong([.text("internkontrollanten")]), .text(".")])])
    }

    func testFigureInsideTextSplitsTheParagraph() {
        let (plan, d) = TemporaryPlan.load(MinimalPlan.yaml + "texts:\n  risks: \"Före ![Fig](ikplan:processfigur) efter\"\n")
        XCTAssertEqual(d, [])
        XCTAssertEqual(plan?.texts.risks.blocks, [
            .paragraph([.text("Före")]), .figure(name: "processfigur", caption: [.text("Fig")]), .paragraph([.text("efter")]),
        ])
    }

    func testListsNestedDeeperThanThePageCanHoldAreAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-nesting-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ok = (0..<6).map { String(repeating: "  ", count: $0) + "- nivå \($0 + 1)" }.joined(separator: "\n")
        let deep = (0..<8).map { String(repeating: "  ", count: $0) + "- nivå \($0 + 1)" }.joined(separator: "\n")
        try ok.write(to: folder.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
        try deep.write(to: folder.appendingPathComponent("deep.md"), atomically: true, encoding: .utf8)
        try (MinimalPlan.yaml + "texts:\n  introduction: {file: ok.md}\n  risks: {file: deep.md}\n")
            .write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let (plan, d) = PlanLoader.load(folder: folder)
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), ["deep.md:7:13: error: texts.risks.file: lists and block quotes are nested 7 deep; at most 6 levels fit the page"])
    }

    /// The fuzzer's find: quotes nested 37 000 deep built a prose tree as deep, whose release overflowed the
    /// stack. Past the limit nothing deeper is built; the error is the same, however deep the input goes.
    func testQuotesNestedFarBeyondTheLimitAreOneErrorNotACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-deep-quotes-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try (String(repeating: ">", count: 400_000) + " djupt\n").write(to: folder.appendingPathComponent("deep.md"), atomically: true, encoding: .utf8)
        try (MinimalPlan.yaml + "texts:\n  risks: {file: deep.md}\n")
            .write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let (plan, d) = PlanLoader.load(folder: folder)
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), ["deep.md:1:7: error: texts.risks.file: lists and block quotes are nested 7 deep; at most 6 levels fit the page"])
    }

    func testUnknownFiguresAndOtherImagesAreErrorsWhereTheyStand() {
        let (plan, d) = Fixtures.load("figures")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "inledning.md:3:1: error: texts.introduction.file: unknown figure \"processfigr\"; did you mean \"processfigur\"?",
            "inledning.md:5:10: error: texts.introduction.file: image \"logo.png\" cannot be printed: only figures drawn by ikplan are supported",
            // Inline prose in a `|` block: the line in plan.yaml; no column, as the block's indentation is not kept.
            "plan.yaml:27: error: texts.risks: unknown figure \"riskmatris\"",
        ])
        XCTAssertEqual(d[0].hint, "known figures: processfigur")
    }

    func testMissingMarkdownFileIsReportedWherePlanYamlNamesIt() {
        let (plan, d) = Fixtures.load("markdown-missing")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:23:24: error: texts.introduction.file: Markdown file \"inledning.md\" not found in the plan folder",
            "plan.yaml:24:17: error: texts.risks.file: \"../utanfor.md\" must name a file inside the plan folder",
        ])
    }

    func testNonUTF8MarkdownFileIsReportedWherePlanYamlNamesIt() {
        let (plan, d) = Fixtures.load("markdown-not-utf8")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:23:24: error: texts.introduction.file: Markdown file \"inledning.md\" is not valid UTF-8 (first bad byte at line 3, column 1)",
        ])
        XCTAssertEqual(d.first?.hint, "save the file as UTF-8")
    }

    func testHTMLIsDroppedWithAWarning() {
        let (plan, d) = TemporaryPlan.load(MinimalPlan.yaml + "texts:\n  introduction: {file: a.md}\n",
                                           files: ["a.md": "Text.\n\n<div>x</div>\n"])
        XCTAssertEqual(headlines(d), ["a.md:3:1: warning: texts.introduction.file: HTML is not printed and was left out"])
        XCTAssertEqual(plan?.texts.introduction.blocks, [.paragraph([.text("Text.")])])
    }
}

/// The smallest plan that loads cleanly, for tests that add one section to it.
enum MinimalPlan {
    static let yaml = """
        plan:
          municipality: Testkommun
          board: Kommunstyrelsen
          year: 2026
          date: 2025-11-26
          version: "1.0"
        areas:
          - id: ekonomi
            name: Ekonomi
        processes:
          - code: 2.4.1.2
            name: Betala leverantörsfakturor
            area: ekonomi
        risks:
          - number: 1
            process: 2.4.1.2
            title: Falska fakturor betalas
            consequence_description: Kommunen förlorar pengar
            probability: 2
            consequence: 3
            handled: false

        """
}
