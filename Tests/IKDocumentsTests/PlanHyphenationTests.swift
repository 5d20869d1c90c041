import XCTest
import Foundation
import IKDocuments
import IKEngine
import IKModel
import IKTestSupport

/// Line breaking in the example plan, measured: every hyphenated break is listed in a reviewed reference
/// (Tests/References/hyphenated-breaks-ange.txt), no paragraph or cell ends on a word's fragment, never
/// more than two hyphenated lines in a row, and the PDF's text has every word of the input whole.
final class PlanHyphenationTests: XCTestCase {
    /// Every laid-out paragraph of the pages, once each (a paragraph split over pages is one text).
    private func texts(_ pages: [LaidOutPage]) -> [ShapedText] {
        var seen = Set<ObjectIdentifier>()
        var out: [ShapedText] = []
        func walk(_ frame: Frame) {
            for (_, item) in frame.items {
                switch item {
                case .text(let t, _): if seen.insert(ObjectIdentifier(t)).inserted { out.append(t) }
                case .group(let f), .turnedUp(let f): walk(f)
                default: break
                }
            }
        }
        for page in pages {
            walk(page.body)
            if let h = page.header { walk(h) }
            if let f = page.footer { walk(f) }
        }
        return out
    }

    /// "effek-tiv": the word around each hyphenated line end.
    private func breaks(_ texts: [ShapedText]) -> [String] {
        var out: [String] = []
        for t in texts {
            for k in t.lines.indices where t.hyphenated[k] && k + 1 < t.lines.count {
                let before = t.lineTexts[k].dropLast().split(separator: " ").last.map(String.init) ?? ""
                let after = t.lineTexts[k + 1].split(separator: " ").first.map(String.init) ?? ""
                out.append("\(before)-\(after)")
            }
        }
        return out
    }

    private func exampleDocument() throws -> RenderedDocument {
        try PlanDocument(plan: try PlanDocumentFixture.examplePlan(), layout: try PlanDocumentFixture.layout("plan-ange"),
                         context: PlanDocumentFixture.context, folder: PlanDocumentFixture.exampleFolder).render()
    }

    func testEveryHyphenatedBreakIsAReviewedReference() throws {
        let texts = self.texts(try exampleDocument().pages)
        let found = breaks(texts)
        let reference = ResourceLocator.find("Tests").appendingPathComponent("References/hyphenated-breaks-ange.txt")
        let listed = found.sorted().joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["IKPLAN_UPDATE_REFERENCES"] == "1" {
            try listed.write(to: reference, atomically: true, encoding: .utf8)
        }
        let expected = (try? String(contentsOf: reference, encoding: .utf8)) ?? ""
        XCTAssertEqual(listed, expected, "hyphenated breaks changed: review them, then IKPLAN_UPDATE_REFERENCES=1 swift test --filter Reference")
        for bad in ["riskin-ventering", "fö-rebyggande", "medar-betare", "ar-betsmiljöarbete"] {
            let sides = bad.split(separator: "-").map(String.init)
            let hit = found.first { b in
                let parts = b.lowercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                return parts.count == 2 && parts[0].hasSuffix(sides[0]) && parts[1].hasPrefix(sides[1])
            }
            XCTAssertNil(hit, "bad break \(bad)")
        }
        for b in found {
            let parts = b.split(separator: "-", omittingEmptySubsequences: false)
            let before = parts.first?.reversed().prefix(while: \.isLetter).count ?? 0
            let after = parts.last?.prefix(while: \.isLetter).count ?? 0
            XCTAssertGreaterThanOrEqual(before, 2, b)
            XCTAssertGreaterThanOrEqual(after, 3, b)
        }
        XCTAssertLessThan(found.count, 40, "ragged text hyphenates rarely")
    }

    func testNoParagraphEndsOnAFragmentAndNoThreeHyphensInARow() throws {
        for t in texts(try exampleDocument().pages) {
            if t.lines.count >= 2 {
                XCTAssertFalse(t.hyphenated[t.lines.count - 2], "«\(t.text.prefix(50))» ends on «\(t.lineTexts.last ?? "")»")
            }
            var run = 0
            for h in t.hyphenated {
                run = h ? run + 1 : 0
                XCTAssertLessThanOrEqual(run, 2, "«\(t.text.prefix(50))»: three hyphenated lines in a row")
            }
        }
    }

    /// Search in the PDF finds every word of every text of the plan: lines joined at their hyphens (which
    /// the text layer marks as soft hyphens), no soft hyphen left inside a word, ligatures spelled out.
    func testTheTextLayerHoldsEveryWordWhole() throws {
        let plan = try PlanDocumentFixture.examplePlan()
        let raw = try PDFTool.run("pdftotext", ["-raw", "-enc", "UTF-8", try PlanDocumentFixture.example.get().path, "-"])
        let joined = raw.replacingOccurrences(of: "\u{AD}\n", with: "")
        XCTAssertFalse(joined.contains("\u{AD}"), "a soft hyphen inside a line of the text layer")
        let words = Set(joined.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        var inputs: [String] = []
        for r in plan.risks { inputs += [r.title, r.consequenceDescription] }
        for a in plan.actions { inputs += [a.description, a.desiredEffect] }
        for c in plan.controls { inputs += [c.activity, c.what, c.how, c.when] }
        var missing: [String] = []
        var checked = 0
        for text in inputs {
            for word in text.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
                checked += 1
                // A line may break after a hyphen or a slash inside a token: then the token's parts are words.
                if words.contains(word) { continue }
                let parts = word.split(whereSeparator: { $0 == "/" || $0 == "-" })
                if parts.allSatisfy({ p in words.contains { $0.contains(p) } }) && !parts.isEmpty { continue }
                missing.append(word)
            }
        }
        XCTAssertEqual(missing, [], "words not found whole in the PDF")
        XCTAssertGreaterThan(checked, 900)
        for word in ["effektiv", "effektivt", "officiella"] where inputs.contains(where: { $0.contains(word) }) {
            XCTAssertTrue(joined.contains(word), word)
        }
    }
}
