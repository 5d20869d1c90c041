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
///
/// Compact on purpose: a long document keeps every page laid out until it is numbered, and a run used to
/// carry a malloc'd copy of its Pango item and glyph string besides the piece. It now keeps the shaped
/// piece (shared with the shape cache when the run is one cached word) and the item's analysis, and builds
/// Pango's item and glyph string on the stack only while drawing.
final class GlyphRun: @unchecked Sendable {
    /// The item's analysis: its font (referenced by this run), bidi level, script and language. Its extra
    /// attributes are left out: drawing glyphs reads none of them.
    private let analysis: PangoAnalysis
    /// The glyphs, clusters relative to the piece's text, and that text.
    let piece: ShapedPiece
    /// Characters in `piece.text` (Pango's item wants the count).
    private let characters: Int32
    /// Left edge relative to the line's left edge, in points.
    let x: Double
    /// Advance width in points.
    let width: Double
    let color: Color
    /// Underline offset below the baseline and thickness, in points (links without a colour).
    let underline: (offset: Double, thickness: Double)?

    /// A run of `piece` in the font and direction of `item` (only read: the caller keeps ownership).
    init(item: UnsafePointer<PangoItem>, piece: ShapedPiece, x: Double, color: Color,
         underline: (offset: Double, thickness: Double)?) {
        var a = item.pointee.analysis
        a.extra_attrs = nil
        // Only the public flags: a flag Pango keeps for its own larger item (a character offset) must not
        // send it reading past the item built on the stack.
        a.flags &= UInt8(PANGO_ANALYSIS_FLAG_CENTERED_BASELINE | PANGO_ANALYSIS_FLAG_IS_ELLIPSIS | PANGO_ANALYSIS_FLAG_NEED_HYPHEN)
        if let font = a.font { g_object_ref(font) }
        self.analysis = a
        self.piece = piece
        // Characters are the bytes that do not continue a UTF-8 sequence.
        self.characters = Int32(piece.text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
        self.x = x
        self.width = Double(piece.width) / Double(PANGO_SCALE)
        self.color = color
        self.underline = underline
    }

    deinit {
        if let font = analysis.font { g_object_unref(font) }
    }

    /// The run's text as a string.
    var string: String { String(decoding: piece.text, as: UTF8.self) }

    /// Draws the run with its left end of the baseline at the current point. Cairo gets the text and the
    /// cluster map with the glyphs (cairo_show_text_glyphs), so copying and search see exactly `text`.
    func draw(_ cr: OpaquePointer) {
        guard !piece.glyphs.isEmpty else { return }
        var item = PangoItem(offset: 0, length: Int32(piece.text.count), num_chars: characters, analysis: analysis)
        piece.glyphs.withUnsafeBufferPointer { glyphs in
            piece.clusters.withUnsafeBufferPointer { clusters in
                piece.text.withUnsafeBufferPointer { text in
                    guard let g = glyphs.baseAddress, let c = clusters.baseAddress, let t = text.baseAddress else { return }
                    // Pango only reads the glyph string while drawing.
                    var string = PangoGlyphString(num_glyphs: Int32(glyphs.count), glyphs: UnsafeMutablePointer(mutating: g),
                                                  log_clusters: UnsafeMutablePointer(mutating: c), space: Int32(glyphs.count))
                    withUnsafeMutablePointer(to: &item) { itemPointer in
                        withUnsafeMutablePointer(to: &string) { stringPointer in
                            var glyphItem = PangoGlyphItem(item: itemPointer, glyphs: stringPointer, y_offset: 0,
                                                           start_x_offset: 0, end_x_offset: 0)
                            t.withMemoryRebound(to: CChar.self, capacity: text.count) { pango_cairo_show_glyph_item(cr, $0, &glyphItem) }
                        }
                    }
                }
            }
        }
    }
}
