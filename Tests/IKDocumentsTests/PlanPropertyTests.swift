import XCTest
import Foundation
import IKDocuments
import IKEngine
import IKInput
import IKModel
import IKTestSupport

/// Properties of the plan document over seeded random valid plans: the example plan with its texts replaced
/// by random ones (empty to several pages, long compounds, Greek, Cyrillic, Polish and Turkish letters the
/// bundled fonts cover). For each plan: every word of every text field is printed, in order within its
/// field; no text lies outside the text area; every page after the cover says "Sida k av N" without gaps;
/// a second render is byte-identical. Fixed seeds and case counts, so a failure reproduces.
final class PlanPropertyTests: XCTestCase {
    /// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same sequence on every platform.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let seeds: [UInt64] = [0x1C0_FFEE, 20_260_101]
    static let casesPerSeed = 2

    /// Letters by script; each word keeps to one, as real words do.
    static let alphabets: [[Character]] = [
        Array("abcdefghijklmnoprstuvyåäö"),              // Swedish
        Array("αβγδεζηθικλμνξοπρστυφχψω"),               // Greek
        Array("абвгдежзийклмнопрстуфхцчшщыэюя"),         // Cyrillic
        Array("aąbcćdeęfghijklłmnńoóprsśtuwyzźż"),       // Polish
        Array("abcçdefgğhıijklmnoöprsştuüvyz"),          // Turkish
    ]
    static let compoundParts = ["kommun", "styrelse", "förvaltning", "ekonomi", "uppföljning", "kontroll",
                                "verksamhet", "ansvar", "rutin", "attest", "leverantörs", "faktura", "register"]

    struct Generator {
        var rng: SplitMix64
        mutating func word() -> String {
            switch rng.int(0...9) {
            case 0, 1:   // a long compound, as Swedish writes them
                return (0..<rng.int(3...6)).map { _ in rng.pick(PlanPropertyTests.compoundParts) }.joined()
            default:
                let letters = rng.pick(PlanPropertyTests.alphabets)
                return String((0..<rng.int(2...12)).map { _ in rng.pick(letters) })
            }
        }
        mutating func words(_ range: ClosedRange<Int>) -> [String] { (0..<rng.int(range)).map { _ in word() } }
    }

    /// One text field as the test knows it: its words, to be found in order.
    struct Field { var name: String; var words: [String] }

    /// The example plan with random texts, and every field that was set.
    private func randomPlan(_ g: inout Generator) throws -> (Plan, [Field]) {
        var plan = try PlanDocumentFixture.examplePlan()
        var fields: [Field] = []
        func text(_ name: String, _ range: ClosedRange<Int>) -> String {
            let w = g.words(range)
            fields.append(Field(name: name, words: w))
            return w.joined(separator: " ")
        }
        var paragraphs: [ProseBlock] = []
        for p in 0..<g.rng.int(0...10) {
            paragraphs.append(.paragraph([.text(text("introduction ¶\(p + 1)", 0...150))]))
        }
        plan.texts.introduction = Prose(paragraphs)
        for i in plan.risks.indices {
            plan.risks[i].title = text("risk \(plan.risks[i].number) title", 1...12)
            plan.risks[i].consequenceDescription = text("risk \(plan.risks[i].number) consequence", 1...40)
        }
        for i in plan.controls.indices {
            plan.controls[i].what = text("control \(i + 1) what", 1...30)
            plan.controls[i].how = text("control \(i + 1) how", 1...30)
        }
        for i in plan.actions.indices {
            plan.actions[i].description = text("action \(i + 1)", 1...30)
        }
        return (plan, fields)
    }

    /// Letters and digits only: line breaks, hyphens added at breaks and spacing do not count.
    private func squashed(_ s: String) -> String {
        String(String.UnicodeScalarView(s.precomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    func testRandomPlansLoseNothingStayInsideAndNumberTheirPages() throws {
        let layout = try PlanDocumentFixture.layout("plan-ange")
        let page = layout.page
        for seed in Self.seeds {
            var g = Generator(rng: SplitMix64(state: seed))
            for n in 1...Self.casesPerSeed {
                let label = "seed \(seed) case \(n)"
                let (plan, fields) = try randomPlan(&g)
                let (url, document) = try PlanDocumentFixture.render(plan, name: "property-\(seed)-\(n).pdf")
                defer { try? FileManager.default.removeItem(at: url) }

                // 1. Every word of every field, in order within the field (content-stream order).
                let text = squashed(try PlanDocumentFixture.rawText(url))
                for field in fields {
                    var from = text.startIndex
                    for word in field.words.map(squashed) where !word.isEmpty {
                        guard let r = text.range(of: word, range: from..<text.endIndex) else {
                            XCTFail("\(label): \(field.name): \"\(word)\" is missing or out of order"); break
                        }
                        from = r.upperBound
                    }
                }

                // 2. Every word inside the page's text area (left and right margins; the page vertically).
                let bbox = try PDFTool.run("pdftotext", ["-bbox", url.path, "-"])
                var outside: [String] = []
                for line in bbox.split(separator: "\n") where line.contains("<word") {
                    func number(_ key: String) -> Double? {
                        guard let r = line.range(of: "\(key)=\"") else { return nil }
                        return Double(line[r.upperBound...].prefix { $0 != "\"" })
                    }
                    guard let x0 = number("xMin"), let x1 = number("xMax"), let y0 = number("yMin"), let y1 = number("yMax") else { continue }
                    if x0 < page.margins.left - 1 || x1 > page.size.width - page.margins.right + 1 || y0 < 0 || y1 > page.size.height {
                        outside.append(String(line.prefix(160)))
                    }
                }
                XCTAssertTrue(outside.isEmpty, "\(label): text outside the text area:\n\(outside.prefix(5).joined(separator: "\n"))")

                // 3. "Sida k av N" on every page after the cover, k = 2…N.
                let pages = try PDFTool.run("pdftotext", [url.path, "-"]).components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
                XCTAssertGreaterThan(pages.count, 1, label)
                for (k, pageText) in pages.enumerated().dropFirst() {
                    XCTAssertTrue(pageText.contains("Sida \(k + 1) av \(pages.count)"), "\(label): page \(k + 1) lacks \"Sida \(k + 1) av \(pages.count)\"")
                }

                // 4. No page ends on a hyphenated line of a text that goes on over the page (TeX's brokenpenalty).
                XCTAssertEqual(PlanDocumentFixture.hyphensAtPageEnds(document.pages), [], label)

                // 5. The same plan renders to the same bytes (first case of each seed: a render costs seconds).
                if n == 1 {
                    let (again, _) = try PlanDocumentFixture.render(plan, name: "property-\(seed)-\(n)-again.pdf")
                    defer { try? FileManager.default.removeItem(at: again) }
                    XCTAssertEqual(try Data(contentsOf: url), try Data(contentsOf: again), "\(label): a second render differs")
                }
            }
        }
    }
}
