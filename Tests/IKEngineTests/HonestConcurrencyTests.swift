import Dispatch
import Foundation
import IKEngine
import XCTest

/// What the engine claims about threads and contracts holds: a shared shaper gives the same texts from
/// several threads as from one, and a block that breaks its contract stops the run with a message.
final class HonestConcurrencyTests: XCTestCase {
    private let style = EngineFixture.body

    private func texts(_ n: Int) -> [(String, Double)] {
        (0..<n).map { i in
            ("Stycke \(i): kompetensförsörjningsplanen och leverantörsfakturorna granskas " + String(repeating: "ord ", count: i % 17),
             Double(80 + (i * 37) % 300))
        }
    }

    func testASharedShaperGivesTheSameTextsFromSeveralThreadsAsFromOne() {
        let inputs = texts(400)
        let serial = TextShaper(fonts: EngineFixture.fonts)
        let expected = inputs.map { serial.shape($0.0, style: style, width: $0.1) }.map { ($0.text, $0.lines) }
        let shared = TextShaper(fonts: EngineFixture.fonts)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var byIndex: [Int: (String, [ShapedText.Line])] = [:]
        }
        let results = Results()
        let shapeStyle = style
        // Each text is shaped by several threads at once, so the cache is hit and filled concurrently.
        DispatchQueue.concurrentPerform(iterations: inputs.count * 3) { k in
            let i = k % inputs.count
            let t = shared.shape(inputs[i].0, style: shapeStyle, width: inputs[i].1)
            let value = (t.text, t.lines)
            results.lock.lock(); results.byIndex[i] = value; results.lock.unlock()
        }
        XCTAssertEqual(results.byIndex.count, inputs.count)
        for (i, e) in expected.enumerated() {
            XCTAssertEqual(results.byIndex[i]?.0, e.0, "text \(i)")
            XCTAssertEqual(results.byIndex[i]?.1, e.1, "lines of text \(i)")
        }
    }

    func testTheLanguageChoosesTheHyphenation() throws {
        let word = "kompetensförsörjningsplanen"
        let swedish = TextShaper(fonts: EngineFixture.fonts, language: "sv-SE").shape(word, style: style, width: 60)
        guard TextShaper.swedish != nil else { throw XCTSkip("hyphen-sv is not installed") }
        XCTAssertTrue(swedish.hyphenated.contains(true), "Swedish is hyphenated: \(swedish.lineTexts)")
        XCTAssertTrue(TextShaper(fonts: EngineFixture.fonts, language: "sv").shape(word, style: style, width: 60).hyphenated.contains(true))
        let english = TextShaper(fonts: EngineFixture.fonts, language: "en-GB").shape(word, style: style, width: 60)
        XCTAssertFalse(english.hyphenated.contains(true), "a language without a dictionary is not hyphenated as Swedish: \(english.lineTexts)")
        XCTAssertNil(HyphenationLanguage.dictionary(for: "de-DE"))
        XCTAssertNotNil(HyphenationLanguage.dictionary(for: "SV-fi"))
    }

    /// Breaks the contract: refuses every region, even an empty one.
    struct Refusing: Block {
        func layout(in region: Region, _ context: LayoutContext) -> Placement { .moved }
    }

    func testABlockThatRefusesAnEmptyPageIsAnErrorNotASilentEnd() {
        let blocks: [any Block] = [Paragraph("Före", style: style), Refusing(), Paragraph("Efter", style: style)]
        XCTAssertThrowsError(try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate(blocks)) { error in
            XCTAssertTrue("\(error)".contains("placed nothing even on an empty page"), "\(error)")
            XCTAssertTrue("\(error)".contains("page 2"), "\(error)")
        }
    }
}
