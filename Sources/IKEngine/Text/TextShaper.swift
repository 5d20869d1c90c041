import CGraphics
import Foundation

/// Shapes text with Pango through the run's one font map and context.
/// Hyphenation is applied here, before shaping, so every text in every document gets it.
public final class TextShaper: @unchecked Sendable {
    public let fonts: FontLibrary
    let hyphenate: (@Sendable (String) -> String)?
    private var descriptions: [FontKey: OpaquePointer] = [:]
    /// Shaped texts are immutable, so equal requests share one: markers, badges, chips and running heads
    /// repeat on every page and row, and tables measure a cell before they draw it.
    private var shaped: [ShapeKey: ShapedText] = [:]
    /// Texts (shortened) holding characters that no bundled font has a glyph for: they print as boxes.
    public private(set) var missingGlyphs: [String] = []

    private struct ShapeKey: Hashable { var spans: [TextSpan]; var style: TextStyle; var width: Double }

    private struct FontKey: Hashable { var family: String; var size: Double; var bold: Bool; var italic: Bool }

    /// - Parameter hyphenate: inserts U+00AD at break points; nil turns hyphenation off.
    public init(fonts: FontLibrary, hyphenate: (@Sendable (String) -> String)?) {
        self.fonts = fonts
        self.hyphenate = hyphenate
    }

    /// Swedish hyphenation from the system's libhyphen dictionary (`hyphen-sv`), when it is installed.
    public convenience init(fonts: FontLibrary) {
        if let h = TextShaper.swedish {
            self.init(fonts: fonts, hyphenate: { @Sendable text in h.hyphenate(text) })
        } else {
            self.init(fonts: fonts, hyphenate: nil)
        }
    }

    /// Loaded once per process; nil (no hyphenation) when the dictionary is missing.
    public static let swedish: Hyphenator? = try? Hyphenator()

    deinit { for d in descriptions.values { pango_font_description_free(d) } }

    /// Shapes `spans` at `width` points. A width ≤ 0 means "no wrapping" (natural width).
    public func shape(_ spans: [TextSpan], style: TextStyle, width: Double) -> ShapedText {
        let key = ShapeKey(spans: spans, style: style, width: width)
        if let hit = shaped[key] { return hit }
        let result = make(spans, style: style, width: width)
        shaped[key] = result
        return result
    }

    private func make(_ spans: [TextSpan], style: TextStyle, width: Double) -> ShapedText {
        let layout = pango_layout_new(fonts.context)!   // allocation failure only; Pango aborts on OOM anyway
        pango_layout_set_font_description(layout, description(for: style))
        if width > 0 {
            pango_layout_set_width(layout, pangoUnits(width))
            // Words longer than the line break between characters rather than overflow.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        // The documents read left to right: a name in Arabic or Hebrew is shaped right to left within its
        // run, but must not turn the paragraph around (Pango would then set "left" text at the right edge).
        pango_layout_set_auto_dir(layout, 0)
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        pango_layout_set_line_spacing(layout, Float(style.lineHeight))
        if style.firstLineIndent != 0 { pango_layout_set_indent(layout, pangoUnits(style.firstLineIndent)) }

        // Build the text and its attributes; byte offsets because Pango counts UTF-8 bytes.
        var text = ""
        var links: [(Int, Int, String)] = []
        let attrs = pango_attr_list_new()
        for span in spans {
            let piece = style.hyphenate ? (hyphenate?(span.text) ?? span.text) : span.text
            let start = text.utf8.count
            text += piece
            let end = text.utf8.count
            guard end > start else { continue }
            func add(_ attr: UnsafeMutablePointer<PangoAttribute>?) {
                guard let attr else { return }
                attr.pointee.start_index = UInt32(start)
                attr.pointee.end_index = UInt32(end)
                pango_attr_list_insert(attrs, attr)
            }
            if let b = span.bold, b != style.bold { add(pango_attr_weight_new(b ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)) }
            if let i = span.italic, i != style.italic { add(pango_attr_style_new(i ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)) }
            if let s = span.size { add(pango_attr_size_new(pangoUnits(fontSize(s)))) }
            if let c = span.color {
                add(pango_attr_foreground_new(channel(c.r), channel(c.g), channel(c.b)))
            }
            if let l = span.link {
                links.append((start, end, l))
                if span.color == nil {
                    add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE))
                }
            }
        }
        pango_layout_set_text(layout, text, Int32(clamping: text.utf8.count))
        pango_layout_set_attributes(layout, attrs)
        pango_attr_list_unref(attrs)
        // Characters no bundled font can draw come out as hex boxes: remember where, so the run can say so.
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            let plain = spans.plainText
            missingGlyphs.append(plain.count > 60 ? String(plain.prefix(60)) + "…" : plain)
        }
        return ShapedText(layout: layout, width: width, style: style, linkRanges: links)
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
