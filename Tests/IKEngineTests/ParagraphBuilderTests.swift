import XCTest
import Foundation
import CGraphics
@testable import IKEngine
import IKTestSupport

/// The paragraph builder on real fonts: Pango's line metrics kept, hyphenation rules held on Swedish prose,
/// words shaped once, and a text layer that gives back exactly the input.
final class ParagraphBuilderTests: XCTestCase {
    private let style = EngineFixture.body

    private static let prose = """
        Internkontrollplanen ska säkerställa att verksamheten bedrivs effektivt och ändamålsenligt, att den \
        finansiella rapporteringen är tillförlitlig och att lagar och föreskrifter efterlevs. Kompetensförsörjningsplanen \
        beskriver hur förvaltningen rekryterar, behåller och utvecklar medarbetare. Förebyggande arbetsmiljöarbete och \
        riskinventeringar genomförs årligen; officiella handlingar diarieförs effektivt. Brandskyddsarbetet följs upp \
        varje tertial av ansvarig chef tillsammans med skyddsombudet.
        """

    /// Lines keep the heights and baselines Pango gave them: page breaks do not move because of the builder.
    func testLineMetricsMatchPango() throws {
        let shaper = TextShaper(fonts: EngineFixture.fonts, hyphenator: nil)
        for s in [style, style.with { $0.size = 9; $0.lineHeight = 1.3 }, style.with { $0.bold = true; $0.lineHeight = 1 }] {
            let text = "Första raden\nÅngest och glädje\nTredje"
            let ours = shaper.shape(text, style: s, width: 400)
            let layout = pango_layout_new(EngineFixture.fonts.context)
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            let d = pango_font_description_new()
            pango_font_description_set_family(d, "\(s.family),DejaVu Sans")
            pango_font_description_set_size(d, Int32(s.size * Double(PANGO_SCALE)))
            pango_font_description_set_weight(d, s.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_layout_set_font_description(layout, d)
            pango_font_description_free(d)
            pango_layout_set_width(layout, Int32(400 * Double(PANGO_SCALE)))
            pango_layout_set_line_spacing(layout, Float(s.lineHeight))
            pango_layout_set_text(layout, text, -1)
            var pangoLines: [(top: Double, height: Double, baseline: Double, width: Double)] = []
            let iter = pango_layout_get_iter(layout)
            repeat {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let p = Double(PANGO_SCALE)
                pangoLines.append((Double(logical.y) / p, Double(logical.height) / p,
                                   Double(pango_layout_iter_get_baseline(iter)) / p, Double(logical.width) / p))
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
            XCTAssertEqual(ours.lines.count, pangoLines.count)
            for (a, b) in zip(ours.lines, pangoLines) {
                XCTAssertEqual(a.top, b.top, accuracy: 0.01)
                XCTAssertEqual(a.height, b.height, accuracy: 0.01)
                XCTAssertEqual(a.baseline, b.baseline, accuracy: 0.01)
                XCTAssertEqual(a.width, b.width, accuracy: 0.05)
            }
        }
    }

    /// In a narrow column: never a hyphen before the last line, never three hyphenated lines in a row,
    /// every line within the measure, and the lines joined at their hyphens give back the text.
    func testHyphenationRulesHoldOnSwedishProse() {
        let shaper = EngineFixture.context().shaper
        for width in [70.0, 90, 120, 160, 240] {
            let t = shaper.shape(Self.prose, style: style, width: width)
            XCTAssertGreaterThan(t.lines.count, 3)
            // At 70 pt "skyddsombudet." alone is wider than the line: its fragment must end the paragraph.
            if width > 70 { XCTAssertFalse(t.hyphenated.dropLast().last ?? false, "width \(width): the last line is a fragment") }
            var run = 0
            for (k, h) in t.hyphenated.enumerated() {
                run = h ? run + 1 : 0
                XCTAssertLessThanOrEqual(run, 2, "width \(width): line \(k) is the third hyphenated line in a row")
            }
            for (k, line) in t.lines.enumerated() {
                XCTAssertLessThanOrEqual(line.x + line.width, width + 0.5, "width \(width): line \(k) «\(t.lineTexts[k])» sticks out")
            }
            let joined = t.lineTexts.enumerated().map { k, s in t.hyphenated[k] ? String(s.dropLast()) : s + " " }.joined()
            XCTAssertEqual(joined.trimmingCharacters(in: .whitespaces), Self.prose, "width \(width)")
        }
    }

    /// Ragged-right text hyphenates rarely: at a normal column width, only a few lines of the prose end in
    /// a hyphen (Pango's first fit with a soft hyphen at every point hyphenated far more).
    func testHyphensAreRareInRaggedText() {
        let t = EngineFixture.context().shaper.shape(Self.prose, style: style, width: 300)
        XCTAssertLessThanOrEqual(t.hyphenated.filter { $0 }.count, 1, "\(t.lineTexts)")
    }

    /// A word used in every paragraph is shaped once: the cache holds each distinct piece once.
    func testWordsAreShapedOnce() {
        let shaper = TextShaper(fonts: EngineFixture.fonts, hyphenator: nil)
        for k in 0..<300 { _ = shaper.shape("Riskbedömning av kontrollen nummer \(k % 3)", style: style, width: 120) }
        // Riskbedömning, av, kontrollen, nummer, 0, 1, 2 and the line-end pieces: far fewer than 300 × 5.
        XCTAssertLessThan(shaper.shapedPieceCount, 20)
    }

    /// The PDF's text is the input: ligatures carry their letters, a drawn hyphen is a soft hyphen that
    /// extraction removes, nothing else is added. "effektiv" and "officiella" are found by plain search.
    func testTextLayerGivesBackTheInput() throws {
        let paragraph = Paragraph(Self.prose, style: style)
        let table = Table(columns: [.fixed(90), .relative(1)],
                          rows: [TableRow([TableCell([Paragraph(Self.prose, style: style)]), TableCell([paragraph])])])
        let pages = try Paginator(style: EngineFixture.pageStyle, context: EngineFixture.context()).paginate([table])
        let url = try EngineFixture.write(pages, "text-layer.pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        let raw = try PDFTool.run("pdftotext", ["-raw", "-enc", "UTF-8", url.path, "-"])
        let joined = raw.replacingOccurrences(of: "\u{AD}\n", with: "")
        XCTAssertFalse(joined.contains("\u{AD}"), "a soft hyphen inside a line")
        let words = joined.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        for word in ["effektivt", "effektivt.", "officiella", "Kompetensförsörjningsplanen", "ändamålsenligt,", "Förebyggande"] {
            XCTAssertEqual(words.filter { $0 == word }.count, 2, "«\(word)» in both cells")
        }
        let input = Self.prose.split(separator: " ").map(String.init)
        XCTAssertEqual(words.filter { input.contains($0) }.count, 2 * input.count, "every word of the text, twice, whole")
    }

    /// A word wider than its column is broken between characters, without a hyphen, and nothing is lost.
    func testTooWideTokenBreaksBetweenCharacters() {
        let url = "https://www.ange.se/kommun-och-politik/internkontroll"
        let t = EngineFixture.context().shaper.shape("Se \(url) för mer.", style: style, width: 80)
        for line in t.lines { XCTAssertLessThanOrEqual(line.width, 80.5) }
        XCTAssertEqual(t.lineTexts.joined(separator: " ").replacingOccurrences(of: " ", with: ""),
                       "Se\(url)förmer.")
    }

    /// Justified lines fill the measure, except each paragraph's last.
    func testJustifiedLinesFillTheMeasure() {
        let t = EngineFixture.context().shaper.shape(Self.prose, style: style.with { $0.alignment = .justify }, width: 200)
        for line in t.lines.dropLast() { XCTAssertEqual(line.width, 200, accuracy: 0.5) }
        XCTAssertLessThan(t.lines.last?.width ?? 200, 199)
    }

    /// Right-to-left words stay in their reading order within a left-to-right line.
    func testRightToLeftRunsAreReordered() {
        let t = EngineFixture.context().shaper.shape("Namn: שלום עולם slut", style: style, width: 400)
        XCTAssertEqual(t.lines.count, 1)
        let runs = t.runs[0].map(\.string)
        XCTAssertEqual(runs.first?.hasPrefix("Namn"), true)
        XCTAssertEqual(runs.last?.hasSuffix("slut"), true)
        // The Hebrew words are one right-to-left run holding both, in logical order.
        XCTAssertTrue(runs.contains { $0.contains("שלום") && $0.contains("עולם") }, "\(runs)")
    }
}
