import XCTest
@testable import IKEngine

/// Break decisions of the total-fit line breaker, on a monospaced toy: every letter is 1 wide, a space is
/// 1 wide, "|" marks a hyphenation point (the hyphen is 1 wide), "\n" a forced break. Given the text and
/// the line width, the expected lines are spelled out (in the manner of Typst's inline tests).
final class LineBreakerTests: XCTestCase {
    /// Ragged-right: word spaces never stretch; lines may end short, at a cost.
    private static let ragged = BreakParameters { $0.raggedStretch = 3 }

    private func lines(_ text: String, width: Double, first: Double? = nil, hyphen: Double = 50,
                       justify: Bool = false, _ p: BreakParameters = ragged) -> [String] {
        var items: [BreakItem] = []
        var labels: [String] = []      // what each item prints
        func add(_ item: BreakItem, _ label: String) { items.append(item); labels.append(label) }
        for (n, paragraphLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { add(.penalty(-LineBreaker.never), "") }
            for (k, word) in paragraphLine.split(separator: " ").enumerated() {
                if k > 0 { add(justify ? .glue(1, stretch: 1, shrink: 0.5) : .glue(1), " ") }
                for (j, piece) in word.split(separator: "|").enumerated() {
                    if j > 0 { add(.penalty(hyphen, width: 1, flagged: true), "-") }
                    add(.box(Double(piece.count)), String(piece))
                }
            }
        }
        for item in BreakItem.paragraphEnd { add(item, "") }
        let breaks = LineBreaker.breaks(items, firstWidth: first ?? width, width: width, p)
        var out: [String] = []
        var start = 0
        for b in breaks {
            var line = ""
            for i in start..<b where items[i].kind != .penalty { line += labels[i] }
            if items[b].kind == .penalty && items[b].flagged { line += "-" }
            out.append(line.trimmingCharacters(in: .whitespaces))
            start = b + 1
        }
        return out
    }

    func testShortTextIsOneLine() {
        XCTAssertEqual(lines("aaa bb", width: 10), ["aaa bb"])
        XCTAssertEqual(lines("", width: 10), [""])
    }

    func testFillsLines() {
        XCTAssertEqual(lines("aaa bbb ccc ddd", width: 7), ["aaa bbb", "ccc ddd"])
    }

    /// First fit would give "aaa bb" / "cc" / "ddddd"; the whole paragraph is better balanced.
    func testTotalFitEvensOutLines() {
        XCTAssertEqual(lines("aaa bb cc ddddd", width: 6), ["aaa", "bb cc", "ddddd"])
    }

    /// A hyphen that only saves a little ragged space is not worth it…
    func testRaggedTextAvoidsHyphens() {
        XCTAssertEqual(lines("aaaaaaa bb|cc ddddd eeeeeeeeeee", width: 11, hyphen: 300), ["aaaaaaa", "bbcc ddddd", "eeeeeeeeeee"])
        // A cheap hyphen would be taken.
        XCTAssertEqual(lines("aaaaaaa bb|cc ddddd eeeeeeeeeee", width: 11, hyphen: 50), ["aaaaaaa bb-", "cc ddddd", "eeeeeeeeeee"])
    }

    /// …but one that saves a very short line is.
    func testHyphenWhenALineWouldBeVeryShort() {
        XCTAssertEqual(lines("aaaaa bbb|cccccc dd eeeeeeee", width: 10, hyphen: 300), ["aaaaa bbb-", "cccccc dd", "eeeeeeee"])
    }

    /// Lines 1–3 would all end in a hyphen at the cheapest breaks; a third in a row is refused.
    func testNoThreeHyphensInARow() {
        let text = "aaaa|aaaa bbbb|bbbb cccc|cccc dddd|dddd eeee"
        let p = BreakParameters { $0.raggedStretch = 3; $0.doubleHyphenDemerits = 0 }
        let out = lines(text, width: 10, hyphen: 0, p)
        var run = 0, longest = 0
        for line in out { run = line.hasSuffix("-") ? run + 1 : 0; longest = max(longest, run) }
        XCTAssertLessThanOrEqual(longest, 2, "\(out)")
        XCTAssertEqual(out.joined().replacingOccurrences(of: "-", with: ""),
                       text.replacingOccurrences(of: "|", with: "").replacingOccurrences(of: " ", with: ""))
    }

    /// The last line is never the end of a hyphenated word while another break is possible.
    func testNoHyphenBeforeTheLastLine() {
        XCTAssertEqual(lines("aaaa bbbbb|ccc", width: 11, hyphen: 0), ["aaaa", "bbbbbccc"])
    }

    /// A word wider than the line gets a line of its own and sticks out; nothing is lost.
    func testOverlongWordTakesItsOwnLine() {
        XCTAssertEqual(lines("aa bbbbbbbbbbbb cc", width: 5), ["aa", "bbbbbbbbbbbb", "cc"])
        XCTAssertEqual(lines("bbbbbbbbbbbb", width: 5), ["bbbbbbbbbbbb"])
    }

    /// …unless it can be hyphenated.
    func testOverlongWordIsHyphenated() {
        XCTAssertEqual(lines("aa bbbb|bbbb|bbbb", width: 6, hyphen: 300), ["aa", "bbbb-", "bbbb-", "bbbb"])
    }

    func testForcedBreaksAndEmptyLines() {
        XCTAssertEqual(lines("aa bb\ncc", width: 20), ["aa bb", "cc"])
        XCTAssertEqual(lines("aa\n\ncc", width: 20), ["aa", "", "cc"])
        XCTAssertEqual(lines("aa\n", width: 20), ["aa", ""])
    }

    /// Justified text may shrink its spaces to fit one more word; ragged text may not.
    func testJustifiedTextShrinks() {
        XCTAssertEqual(lines("aaa bbb ccc dd", width: 10, justify: true, BreakParameters()), ["aaa bbb ccc", "dd"])
        XCTAssertEqual(lines("aaa bbb ccc dd", width: 10), ["aaa bbb", "ccc dd"])
    }

    /// A narrower (indented) first line.
    func testFirstLineWidth() {
        XCTAssertEqual(lines("aaa bbb ccc", width: 7, first: 4), ["aaa", "bbb ccc"])
    }

    /// Above the total-fit limit, lines are filled first-fit: still every word, none too wide.
    func testFirstFitForVeryLongParagraphs() {
        let p = BreakParameters { $0.raggedStretch = 3; $0.totalFitLimit = 2 }
        XCTAssertEqual(lines("aaa bb cc ddddd", width: 6, p), ["aaa bb", "cc", "ddddd"])
        XCTAssertEqual(lines("aa bbbbbbbbbbbb cc", width: 5, p), ["aa", "bbbbbbbbbbbb", "cc"])
        XCTAssertEqual(lines("aa bbbb|cccc dd", width: 8, hyphen: 0, p), ["aa bbbb-", "cccc dd"])
    }

    /// Many words: the breaker stays quick and every line fits.
    func testLongParagraphFits() {
        let words = (0..<3000).map { String(repeating: "a", count: 2 + $0 % 9) }
        let out = lines(words.joined(separator: " "), width: 60)
        XCTAssertTrue(out.allSatisfy { $0.count <= 60 })
        XCTAssertEqual(out.joined(separator: " "), words.joined(separator: " "))
    }
}
