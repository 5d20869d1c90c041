import CGraphics

/// Glyphs of one font shaped from one piece of text, as the shaping cache keeps them: positions in Pango
/// units, clusters as byte offsets into `text`. Plain values, shared freely.
struct ShapedPiece: Sendable {
    /// The glyphs in visual order (right to left text comes out reversed, as HarfBuzz gives it).
    var glyphs: [PangoGlyphInfo]
    /// For each glyph, the byte offset in `text` of the cluster it belongs to.
    var clusters: [Int32]
    /// The UTF-8 text the glyphs stand for.
    var text: [UInt8]
    /// Sum of the advances, in Pango units.
    var width: Int32
    /// Glyphs no bundled font has (drawn as hex boxes).
    var unknownGlyphs: Int

    /// Advance of the glyphs whose cluster starts before byte `offset` (left-to-right pieces).
    func width(before offset: Int) -> Int32 {
        var w: Int32 = 0
        for (g, c) in zip(glyphs, clusters) where Int(c) < offset { w += g.geometry.width }
        return w
    }
}

/// One drawn run of a line: glyphs of one font with exactly the text they stand for, so the PDF's text
/// layer (Cairo's clusters and ToUnicode map) carries that text and nothing else. Immutable.
final class GlyphRun: @unchecked Sendable {
    /// A Pango item over `text` (offset 0) holding the font and bidi level; owned.
    let item: UnsafeMutablePointer<PangoItem>
    /// The glyphs, clusters relative to `text`; owned.
    let glyphs: UnsafeMutablePointer<PangoGlyphString>
    /// UTF-8 text the run draws, NUL-terminated.
    let text: [CChar]
    /// Left edge relative to the line's left edge, in points.
    let x: Double
    /// Advance width in points.
    let width: Double
    let color: Color
    /// Underline offset below the baseline and thickness, in points (links without a colour).
    let underline: (offset: Double, thickness: Double)?

    /// Takes ownership of `item` (a copy whose offset and length this sets to cover `piece.text`).
    init(item: UnsafeMutablePointer<PangoItem>, piece: ShapedPiece, x: Double, color: Color,
         underline: (offset: Double, thickness: Double)?) {
        self.item = item
        item.pointee.offset = 0
        item.pointee.length = Int32(piece.text.count)
        item.pointee.num_chars = Int32(String(decoding: piece.text, as: UTF8.self).unicodeScalars.count)
        let g = pango_glyph_string_new()!   // allocation failure only; GLib aborts on OOM
        pango_glyph_string_set_size(g, Int32(piece.glyphs.count))
        for i in piece.glyphs.indices {
            g.pointee.glyphs[i] = piece.glyphs[i]
            g.pointee.log_clusters[i] = piece.clusters[i]
        }
        self.glyphs = g
        self.text = piece.text.map { CChar(bitPattern: $0) } + [0]
        self.x = x
        self.width = Double(piece.width) / Double(PANGO_SCALE)
        self.color = color
        self.underline = underline
    }

    deinit {
        pango_glyph_string_free(glyphs)
        pango_item_free(item)
    }

    /// The run's text as a string.
    var string: String { String(decoding: text.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) }

    /// Draws the run with its left end of the baseline at the current point. Cairo gets the text and the
    /// cluster map with the glyphs (cairo_show_text_glyphs), so copying and search see exactly `text`.
    func draw(_ cr: OpaquePointer) {
        var glyphItem = PangoGlyphItem(item: item, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
        pango_cairo_show_glyph_item(cr, text, &glyphItem)
    }
}
