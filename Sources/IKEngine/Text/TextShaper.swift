import CGraphics
import Foundation

/// Lays out text through the run's one font map and context with our own paragraph builder (Pango
/// itemizes and shapes, `LineBreaker` breaks). Hyphenation is applied here, so every text in every
/// document gets it.
///
/// Thread safety: the caches and all shaping are guarded by the font library's lock (`withPango`), so a
/// shaper may be shared; calls are serialised. For parallel layout give each thread its own
/// `FontLibrary` and shaper.
public final class TextShaper: @unchecked Sendable {
    public let fonts: FontLibrary
    /// Dictionary hyphenation points; nil turns hyphenation off.
    let hyphenator: Hyphenator?
    /// Every word and piece of a word, shaped once (see `ParagraphBuilder`).
    private let pieces = ShapeCache()
    private var descriptions: [FontKey: OpaquePointer] = [:]
    /// Shaped texts are immutable, so equal requests share one: markers, badges, chips and running heads
    /// repeat on every page and row, and tables measure a cell before they draw it.
    private var shaped: [ShapeKey: ShapedText] = [:]
    /// Texts (shortened) holding characters that no bundled font has a glyph for: they print as boxes.
    public var missingGlyphs: [String] { fonts.withPango { unlockedMissingGlyphs } }
    private var unlockedMissingGlyphs: [String] = []

    private struct ShapeKey: Hashable { var spans: [TextSpan]; var style: TextStyle; var width: Double }

    private struct FontKey: Hashable { var family: String; var size: Double; var bold: Bool; var italic: Bool }

    /// - Parameter hyphenator: where words may be hyphenated; nil turns hyphenation off.
    public init(fonts: FontLibrary, hyphenator: Hyphenator?) {
        self.fonts = fonts
        self.hyphenator = hyphenator
    }

    /// Hyphenation for `language` (a BCP 47 tag such as the plan's "sv-SE"), when ikplan has a dictionary for
    /// it (`HyphenationLanguage`) and it is installed; otherwise none.
    public convenience init(fonts: FontLibrary, language: String) {
        self.init(fonts: fonts, hyphenator: HyphenationLanguage.dictionary(for: language) != nil ? TextShaper.swedish : nil)
    }

    /// Swedish hyphenation from the system's libhyphen dictionary (`hyphen-sv`), when it is installed.
    public convenience init(fonts: FontLibrary) {
        self.init(fonts: fonts, hyphenator: TextShaper.swedish)
    }

    /// Loaded once per process; nil (no hyphenation) when the dictionary is missing.
    public static let swedish: Hyphenator? = try? Hyphenator()

    deinit { for d in descriptions.values { pango_font_description_free(d) } }

    /// Distinct pieces of text shaped so far (tests: a word is shaped once).
    var shapedPieceCount: Int { pieces.count }

    /// Shapes `spans` at `width` points. A width ≤ 0 means "no wrapping" (natural width).
    public func shape(_ spans: [TextSpan], style: TextStyle, width: Double) -> ShapedText {
        let key = ShapeKey(spans: spans, style: style, width: width)
        return fonts.withPango {
            if let hit = shaped[key] { return hit }
            let result = make(spans, style: style, width: width)
            shaped[key] = result
            return result
        }
    }

    private func make(_ spans: [TextSpan], style: TextStyle, width: Double) -> ShapedText {
        let builder = ParagraphBuilder(context: fonts.context, cache: pieces, hyphenator: hyphenator)
        let built = builder.build(spans, style: style, width: width, font: description(for: style))
        // Characters no bundled font can draw come out as hex boxes: remember where, so the run can say so.
        if built.missingGlyphs {
            let plain = spans.plainText
            unlockedMissingGlyphs.append(plain.count > 60 ? String(plain.prefix(60)) + "…" : plain)
        }
        return ShapedText(width: width, style: style, fonts: fonts, built)
    }

    /// Convenience for plain text.
    public func shape(_ text: String, style: TextStyle, width: Double) -> ShapedText {
        shape([TextSpan(text)], style: style, width: width)
    }

    private func description(for style: TextStyle) -> OpaquePointer {
        let key = FontKey(family: style.family, size: style.size, bold: style.bold, italic: style.italic)
        if let d = descriptions[key] { return d }
        let d = pango_font_description_new()!   // allocation failure only (GLib aborts on OOM); no input reaches it
        // The bundled symbol font backs up every family for glyphs it lacks (✓ → ≥ −).
        pango_font_description_set_family(d, "\(style.family),DejaVu Sans")
        pango_font_description_set_size(d, pangoUnits(fontSize(style.size)))
        pango_font_description_set_weight(d, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(d, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[key] = d
        return d
    }
}

/// Points in Pango units. Converting a Double that does not fit Int32 (a 1e9 pt font from a layout file,
/// NaN) would trap: out-of-range values are clamped (an infinite width means no wrapping), NaN becomes 0.
func pangoUnits(_ points: Double) -> Int32 {
    let v = points * Double(PANGO_SCALE)
    guard !v.isNaN else { return 0 }
    return Int32(max(Double(Int32.min), min(Double(Int32.max), v.rounded(.towardZero))))
}

/// A colour channel 0…1 as Pango's 16-bit value, clamped (UInt16(-0.1 * 65535) would trap).
func channel(_ v: Double) -> UInt16 {
    guard v.isFinite else { return 0 }
    return UInt16(max(0, min(65535, (v * 65535).rounded(.towardZero))))
}

/// A font size FreeType can scale. Beyond this, FreeType fails and cairo keeps the failed font in its
/// cache, which puts every later document drawn in this process into an error state.
func fontSize(_ points: Double) -> Double {
    guard points.isFinite else { return 11 }
    return max(1, min(1_000, points))
}
