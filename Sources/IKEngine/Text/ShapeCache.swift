import CGraphics
import Foundation

/// Shapes each piece of text once: a word used on 300 pages is shaped by HarfBuzz (through Pango) once per
/// font, bidi level and script, and every later use copies the glyphs. Also remembers each font's metrics.
///
/// Thread safety: one lock guards both tables, so the cache may be shared; its values are plain copies.
/// Fonts are referenced while the cache lives, so a font's address (the key) is never reused meanwhile.
final class ShapeCache: @unchecked Sendable {
    /// What a font's lines need, in Pango units.
    struct FontInfo: Sendable {
        var ascent: Int32
        var descent: Int32
        /// The font's line height (ascent + descent + line gap), which line spacing multiplies.
        var height: Int32
        var underlinePosition: Int32
        var underlineThickness: Int32
    }

    private struct Key: Hashable {
        var font: UInt
        var level: UInt8
        var script: UInt8
        var text: [UInt8]
    }

    private let lock = NSLock()
    private var pieces: [Key: ShapedPiece] = [:]
    private var fonts: [UInt: FontInfo] = [:]
    private var retained: [UnsafeMutablePointer<PangoFont>] = []
    /// Bounded: cleared when it grows past this many pieces (a few MB), so a 5 000-risk plan cannot grow it
    /// without limit; words repeat, so it stays far below that in practice.
    private static let limit = 200_000

    deinit { for f in retained { g_object_unref(f) } }

    /// How many pieces are cached (tests).
    var count: Int { lock.lock(); defer { lock.unlock() }; return pieces.count }

    /// The glyphs of `text` (UTF-8) in the font and direction of `analysis`.
    func shape(_ text: [UInt8], _ analysis: UnsafePointer<PangoAnalysis>) -> ShapedPiece {
        _ = info(analysis.pointee.font)      // holds a reference to the font, whose address is the key
        let key = Key(font: UInt(bitPattern: analysis.pointee.font), level: analysis.pointee.level,
                      script: analysis.pointee.script, text: text)
        lock.lock()
        if let hit = pieces[key] { lock.unlock(); return hit }
        lock.unlock()
        let piece = Self.make(text, analysis)
        lock.lock()
        if pieces.count >= Self.limit { pieces.removeAll(keepingCapacity: true) }
        pieces[key] = piece
        lock.unlock()
        return piece
    }

    /// Metrics of `font`.
    func info(_ font: UnsafeMutablePointer<PangoFont>?) -> FontInfo {
        guard let font else { return FontInfo(ascent: 0, descent: 0, height: 0, underlinePosition: 0, underlineThickness: 0) }
        let id = UInt(bitPattern: font)
        lock.lock()
        defer { lock.unlock() }
        if let hit = fonts[id] { return hit }
        let info: FontInfo
        if let m = pango_font_get_metrics(font, nil) {
            info = FontInfo(ascent: pango_font_metrics_get_ascent(m), descent: pango_font_metrics_get_descent(m),
                            height: pango_font_metrics_get_height(m),
                            underlinePosition: pango_font_metrics_get_underline_position(m),
                            underlineThickness: pango_font_metrics_get_underline_thickness(m))
            pango_font_metrics_unref(m)
        } else {
            info = FontInfo(ascent: 0, descent: 0, height: 0, underlinePosition: 0, underlineThickness: 0)
        }
        g_object_ref(font)
        retained.append(font)
        fonts[id] = info
        return info
    }

    private static func make(_ text: [UInt8], _ analysis: UnsafePointer<PangoAnalysis>) -> ShapedPiece {
        guard !text.isEmpty, let g = pango_glyph_string_new() else {
            return ShapedPiece(glyphs: [], clusters: [], text: text, width: 0, unknownGlyphs: 0)
        }
        defer { pango_glyph_string_free(g) }
        text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_shape_with_flags(chars.baseAddress, Int32(chars.count), chars.baseAddress, Int32(chars.count),
                                       analysis, g, PANGO_SHAPE_NONE)
            }
        }
        let n = Int(g.pointee.num_glyphs)
        var glyphs: [PangoGlyphInfo] = []
        var clusters: [Int32] = []
        glyphs.reserveCapacity(n)
        clusters.reserveCapacity(n)
        var width: Int32 = 0
        var unknown = 0
        for i in 0..<n {
            let info = g.pointee.glyphs[i]
            glyphs.append(info)
            clusters.append(g.pointee.log_clusters[i])
            width += info.geometry.width
            if info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { unknown += 1 }
        }
        return ShapedPiece(glyphs: glyphs, clusters: clusters, text: text, width: width, unknownGlyphs: unknown)
    }
}
