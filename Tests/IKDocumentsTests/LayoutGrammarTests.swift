import XCTest
import IKInput
@testable import IKDocuments

/// The one grammar of layout files: unknown keys are refused in every section with their line and a
/// did-you-mean, and every problem of a file is reported at once.
final class LayoutGrammarTests: XCTestCase {
    /// The bundled plan layout with `edits` applied, written to a temporary file.
    func bundledPlan(_ name: String, _ edits: [(String, String)]) throws -> (URL, [String]) {
        var text = try String(contentsOf: LayoutFile.bundled("plan-ange"), encoding: .utf8)
        for (from, to) in edits {
            XCTAssertTrue(text.contains(from), "the bundled layout has \(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        let url = PlanDocumentFixture.tempURL(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (url, text.components(separatedBy: "\n"))
    }

    /// The 1-based line of the first line holding `s` outside a comment.
    func line(of s: String, in lines: [String]) -> Int {
        (lines.firstIndex { !$0.hasPrefix("#") && $0.contains(s) } ?? -1) + 1
    }

    func problems(_ url: URL) -> [Diagnostic] {
        do { _ = try LayoutFile(contentsOf: url); return [] } catch let e as LayoutFileError { return e.diagnostics } catch {
            XCTFail("not a LayoutFileError: \(error)"); return []
        }
    }

    func testATypoInThePlanSectionIsRefusedWithItsLineAndTheSuggestion() throws {
        let (url, lines) = try bundledPlan("typo-plan.yaml", [("  chapters_on_new_page:", "  chapters_on_new_pag:")])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = problems(url).renderedText()
        XCTAssertTrue(text.contains("\(url.path):\(line(of: "chapters_on_new_pag:", in: lines)): error: plan: unknown key chapters_on_new_pag (did you mean chapters_on_new_page?)"), text)
        XCTAssertTrue(text.contains("hint: the keys of plan are: ") && text.contains("chapters_on_new_page, foreword_on_new_page"), text)
    }

    func testATypoInTheProseSectionIsRefusedWithItsLineAndTheSuggestion() throws {
        let (url, lines) = try bundledPlan("typo-prose.yaml", [("  paragraph_spacing:", "  paragraf_spacing:")])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = problems(url).renderedText()
        XCTAssertTrue(text.contains("\(url.path):\(line(of: "paragraf_spacing:", in: lines)): error: prose: unknown key paragraf_spacing (did you mean paragraph_spacing?)"), text)
    }

    /// Every problem of the file comes out of one read, in file order: unknown keys in nested and
    /// top-level sections, wrong values, an unknown placeholder and a colour name that is not in `colors:`.
    func testSeveralProblemsOfOneFileAreReportedTogether() throws {
        let (url, lines) = try bundledPlan("many.yaml", [
            ("\"Sida {page} av {pages}\"", "\"Sida {page} av {sidor}\""),
            ("  body:   {family: Carlito, size: 11,", "  body:   {family: Carlito, size: 0,"),
            ("  paragraph_spacing:", "  paragraf_spacing:"),
            ("    logo_height: 28mm", "    logo_hight: 28mm"),
            ("  link_color: accent", "  link_color: accnet"),
            ("  title_size: 10.5", "  title_size: stor"),
            ("\nmatrix:\n", "\nmatrx:\n"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let found = problems(url)
        let expected: [(String, String)] = [
            ("size: 0,", "styles.body.size: 0.0 pt is not a usable font size"),
            ("{sidor}", "page.header.right: unknown placeholder {sidor}"),
            ("paragraf_spacing", "prose: unknown key paragraf_spacing (did you mean paragraph_spacing?)"),
            ("accnet", "prose.link_color: \"accnet\" is not a colour (did you mean accent?)"),
            ("logo_hight", "plan.cover: unknown key logo_hight (did you mean logo_height?)"),
            ("matrx:", "unknown key matrx (did you mean matrix?)"),
            ("title_size: stor", "process_figure.title_size: \"stor\" is not a length"),
        ]
        XCTAssertEqual(found.count, expected.count, found.renderedText())
        let text = found.renderedText()
        for (marker, message) in expected {
            XCTAssertTrue(text.contains("\(url.path):\(line(of: marker, in: lines)): error: \(message)"), "\(message) missing from\n\(text)")
        }
        XCTAssertEqual(found.map(\.line), found.map(\.line).sorted(), "in file order")
    }

    /// Every section refuses a key it does not know, not only some of them.
    func testEverySectionRefusesUnknownKeys() throws {
        let layouts = [("plan-ange", ["plan", "prose", "matrix", "badges", "process_figure"]), ("minutes-protokoll", ["minutes"])]
        for (name, sections) in layouts {
            let bundled = try String(contentsOf: LayoutFile.bundled(name), encoding: .utf8)
            for section in sections {
                XCTAssertTrue(bundled.contains("\n\(section):\n"), "\(name) has \(section):")
                let url = PlanDocumentFixture.tempURL("unknown-\(section).yaml")
                defer { try? FileManager.default.removeItem(at: url) }
                try bundled.replacingOccurrences(of: "\n\(section):\n", with: "\n\(section):\n  no_such_key: 1\n")
                    .write(to: url, atomically: true, encoding: .utf8)
                XCTAssertTrue(problems(url).renderedText().contains("error: \(section): unknown key no_such_key"), section)
            }
        }
    }

    func testTheBundledLayoutsHaveNoProblems() throws {
        for name in ["plan-ange", "plan-grayscale"] {
            XCTAssertEqual(LayoutCheck.plan(LayoutFile.bundled(name), fonts: PlanDocumentFixture.context.fonts).renderedText(), "", name)
        }
        for name in ["minutes-ange", "minutes-protokoll"] {
            XCTAssertEqual(LayoutCheck.minutes(LayoutFile.bundled(name), fonts: PlanDocumentFixture.context.fonts).renderedText(), "", name)
        }
    }

    /// What only the document knows (the styles it needs) is checked by `LayoutCheck`, all at once.
    func testMissingStylesAreReportedTogether() throws {
        let (url, _) = try bundledPlan("nostyles.yaml", [("  cover_title:", "  x_cover_title:"), ("  cell:        {", "  x_cell:      {"),
                                                          ("inherit: cell,", "inherit: x_cell,")])
        defer { try? FileManager.default.removeItem(at: url) }
        let text = LayoutCheck.plan(url, fonts: nil).renderedText()
        XCTAssertTrue(text.contains("error: styles.cover_title: is missing"), text)
        XCTAssertTrue(text.contains("error: styles.cell: is missing"), text)
    }

    /// A field of another document would print as written on every page: the document refuses it.
    func testAPlaceholderOfAnotherDocumentIsRefusedByTheDocument() throws {
        let (url, lines) = try bundledPlan("organ.yaml", [("left: \"{municipality}\"", "left: \"{organ}\"")])
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertNoThrow(try LayoutFile(contentsOf: url), "{organ} is a field of the minutes")
        let text = LayoutCheck.plan(url, fonts: nil).renderedText()
        XCTAssertTrue(text.contains("\(url.path):\(line(of: "{organ}", in: lines)): error: page.header.left: {organ} is not a field of the plan"), text)
        XCTAssertTrue(text.contains("hint: the plan's header and footer may use {page}, {pages}, {municipality}"), text)
    }
}

/// docs/layout-format.md lists every section and every key, so a new key cannot go undocumented.
final class LayoutFormatDocTests: XCTestCase {
    func testEverySectionAndKeyIsDocumented() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/layout-format.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        for key in LayoutSections.topLevelKeys { XCTAssertTrue(doc.contains("| `\(key)` |"), "docs/layout-format.md lacks the section \(key)") }
        for section in LayoutSections.all {
            let row = try XCTUnwrap(doc.components(separatedBy: "\n").first { $0.hasPrefix("| `\(section.key)` |") }, section.key)
            for key in section.keys { XCTAssertTrue(row.contains("`\(key)`"), "docs/layout-format.md: \(section.key) lacks \(key)") }
        }
    }
}
