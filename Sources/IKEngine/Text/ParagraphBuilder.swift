import CGraphics

/// Our own paragraph layout on Pango's parts: Pango itemizes (font runs, fallback fonts, bidi levels),
/// finds the break opportunities (UAX #14) and shapes; the words are shaped once each through the
/// `ShapeCache`; `LineBreaker` chooses the breaks for the whole paragraph; the lines are assembled from the
/// shaped words as glyph runs that carry exactly their text.
///
/// Hyphenation points come from the `Hyphenator` (and from soft hyphens the author wrote); they never enter
/// the text: a line that ends at one is shaped with a real hyphen, every other word keeps its own text, so
/// ligatures stay whole and search finds every word.
struct ParagraphBuilder {
    let context: OpaquePointer
    let cache: ShapeCache
    let hyphenator: Hyphenator?

    /// Penalties, tuned by looking at the Ånge plan: a hyphen in ragged text must save about 2.5 em of
    /// ragged space before it is worth it; justified text hyphenates as TeX does.
    static let raggedHyphenPenalty: Double = 200
    static let justifiedHyphenPenalty: Double = 50
    /// A break after an explicit hyphen or a slash ("KLASSA-kod", "och/eller").
    static let explicitBreakPenalty: Double = 50
    /// A break between two characters of a word too long for the line (no dictionary point left).
    static let characterBreakPenalty: Double = 5_000
    /// A word longer than this (bytes; never prose, a pasted hash or blob) is shaped in pieces of about this
    /// size: shaped whole, its width overflowed Pango's 32-bit units past ~420 kB, and the work per word
    /// grew with its length. Between two pieces a line may end as between two characters.
    static let longestPiece = 1_024

    /// The result: lines, their runs and links, and whether some glyph is missing from every font.
    struct Result {
        var lines: [ShapedText.Line]
        var runs: [[GlyphRun]]
        var lineTexts: [String]
        var hyphenated: [Bool]
        var links: [(line: Int, rect: Rect, target: String)]
        var missingGlyphs: Bool
        /// The text without break marks.
        var text: String
    }

    /// One piece of text between break opportunities (a word and the spaces after it), in one segment.
    private struct Chunk {
        var start: Int
        var end: Int
        /// Where the trailing white space starts.
        var contentEnd: Int
        /// The word goes on in the next chunk: it was cut at `longestPiece`, not at a break opportunity.
        var cut = false
        var segment: Int
        var piece: ShapedPiece
        var contentWidth: Int32
        var spaceWidth: Int32
    }

    /// A run of one Pango item within one span.
    private struct Segment {
        var start: Int
        var end: Int
        var item: UnsafeMutablePointer<PangoItem>
        var span: Int
    }

    /// What a break item stands for, to turn the chosen breaks back into text positions.
    private enum Ref {
        case none
        /// The line ends after chunk n (its trailing space dropped).
        case after(Int)
        /// The line ends at byte offset `at` inside chunk n, with a drawn hyphen when `hyphen`.
        case inside(Int, at: Int, hyphen: Bool)
        /// The line ends after chunk n and a new paragraph line follows (a newline, or the end).
        case end(Int)
    }

    func build(_ spans: [TextSpan], style: TextStyle, width requested: Double, font description: OpaquePointer) -> Result {
        // Beyond Pango's coordinate range (about 2 million points) a width means "never wrap" anyway;
        // clamping keeps every later sum finite. NaN means no wrapping.
        let width = requested.isNaN ? 0 : min(requested, 1_000_000)
        // 1. The text without break marks; the marks become hyphenation points and break opportunities.
        var text: [UInt8] = []
        var spanRanges: [Range<Int>] = []
        var hyphenPoints: [Int] = []
        var zeroWidthBreaks: [Int] = []
        for span in spans {
            let marked = style.hyphenate ? (hyphenator?.hyphenate(span.text) ?? span.text) : span.text
            let start = text.count
            let bytes = Array(marked.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD { hyphenPoints.append(text.count); i += 2; continue }
                if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8B {
                    zeroWidthBreaks.append(text.count); i += 3; continue
                }
                text.append(bytes[i])
                i += 1
            }
            spanRanges.append(start..<text.count)
        }
        let n = text.count

        // 2. Pango's items: fonts (with fallback), bidi levels, scripts.
        let attrs = pango_attr_list_new()
        if let a = pango_attr_font_desc_new(description) { pango_attr_list_insert(attrs, a) }
        for (span, range) in zip(spans, spanRanges) where !range.isEmpty {
            func add(_ attr: UnsafeMutablePointer<PangoAttribute>?) {
                guard let attr else { return }
                attr.pointee.start_index = UInt32(range.lowerBound)
                attr.pointee.end_index = UInt32(range.upperBound)
                pango_attr_list_insert(attrs, attr)
            }
            if let b = span.bold, b != style.bold { add(pango_attr_weight_new(b ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)) }
            if let i = span.italic, i != style.italic { add(pango_attr_style_new(i ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)) }
            if let s = span.size { add(pango_attr_size_new(pangoUnits(fontSize(s)))) }
        }
        var items: [UnsafeMutablePointer<PangoItem>] = []
        text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var list = pango_itemize_with_base_dir(context, PANGO_DIRECTION_LTR, chars.baseAddress, 0, Int32(n), attrs, nil)
                let head = list
                while let node = list {
                    if let data = node.pointee.data { items.append(data.assumingMemoryBound(to: PangoItem.self)) }
                    list = node.pointee.next
                }
                g_list_free(head)
            }
        }
        pango_attr_list_unref(attrs)
        defer { for item in items { pango_item_free(item) } }

        // 3. Break opportunities, white space and character boundaries, per byte.
        var opportunity = [Bool](repeating: false, count: n + 1)
        var mandatory = [Bool](repeating: false, count: n + 1)
        var cursor = [Bool](repeating: false, count: n + 1)
        var white = [Bool](repeating: false, count: n + 1)
        var charStarts: [Int] = []
        charStarts.reserveCapacity(n + 1)
        for i in 0..<n where text[i] & 0xC0 != 0x80 { charStarts.append(i) }
        charStarts.append(n)
        if n > 0 {
            var logAttrs = [PangoLogAttr](repeating: PangoLogAttr(), count: charStarts.count)
            text.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    pango_get_log_attrs(chars.baseAddress, Int32(n), 0, pango_context_get_language(context),
                                        &logAttrs, Int32(logAttrs.count))
                }
            }
            for (k, b) in charStarts.enumerated() {
                let a = logAttrs[k]
                opportunity[b] = a.is_line_break != 0 && b > 0
                mandatory[b] = a.is_mandatory_break != 0 && b > 0
                cursor[b] = a.is_cursor_position != 0
                white[b] = a.is_white != 0
            }
        }
        for b in zeroWidthBreaks where b > 0 && b < n { opportunity[b] = true }

        // 4. Segments (an item within a span) and chunks (between break opportunities).
        var segments: [Segment] = []
        for item in items {
            let s = Int(item.pointee.offset), e = s + Int(item.pointee.length)
            for (k, r) in spanRanges.enumerated() where r.lowerBound < e && r.upperBound > s {
                segments.append(Segment(start: max(s, r.lowerBound), end: min(e, r.upperBound), item: item, span: k))
            }
        }
        var chunks: [Chunk] = []
        for (k, seg) in segments.enumerated() {
            var s = seg.start
            var b = seg.start + 1
            while b <= seg.end {
                let cut = b < seg.end && !opportunity[b] && b - s >= Self.longestPiece && cursor[b]
                if b == seg.end || opportunity[b] || cut {
                    var contentEnd = b
                    while contentEnd > s {
                        var previous = contentEnd - 1
                        while previous > s, text[previous] & 0xC0 == 0x80 { previous -= 1 }
                        guard white[previous] else { break }
                        contentEnd = previous
                    }
                    let piece = withAnalysis(seg.item) { cache.shape(Array(text[s..<b]), $0) }
                    let contentWidth = contentEnd == b ? piece.width : piece.width(before: contentEnd - s)
                    chunks.append(Chunk(start: s, end: b, contentEnd: contentEnd, cut: cut, segment: k, piece: piece,
                                        contentWidth: contentWidth, spaceWidth: piece.width - contentWidth))
                    s = b
                }
                b += 1
            }
        }

        // 5. Boxes, glue and penalties.
        let indent = style.firstLineIndent
        let firstWidth = width - max(0, indent)
        let otherWidth = width - max(0, -indent)
        let justify = style.alignment == .justify
        let hyphenPenalty = justify ? Self.justifiedHyphenPenalty : Self.raggedHyphenPenalty
        var breakItems: [BreakItem] = []
        var refs: [Ref] = []
        func add(_ item: BreakItem, _ ref: Ref = .none) { breakItems.append(item); refs.append(ref) }
        var hyphenIndex = 0
        let narrowest = pangoUnits(min(firstWidth, otherWidth))
        for (c, chunk) in chunks.enumerated() {
            let seg = segments[chunk.segment]
            let rtl = seg.item.pointee.analysis.level % 2 == 1
            // Points inside the word where a line may end: dictionary hyphens, and for a word too wide for
            // any line, every character boundary as a last resort.
            var inner: [(at: Int, hyphen: Bool)] = []
            // A point inside a glyph cluster (a ligature such as "ff") is skipped: the glyph cannot be split,
            // and widths measured across it would be wrong.
            let clusterStarts = Set(chunk.piece.clusters)
            while hyphenIndex < hyphenPoints.count, hyphenPoints[hyphenIndex] < chunk.end {
                let h = hyphenPoints[hyphenIndex]
                if h > chunk.start, h < chunk.contentEnd, !rtl, clusterStarts.contains(Int32(h - chunk.start)) { inner.append((h, true)) }
                hyphenIndex += 1
            }
            if width > 0, !rtl, chunk.cut || (c > 0 && chunks[c - 1].cut) || (chunk.contentWidth > narrowest && widestPart(chunk, inner) > narrowest) {
                let taken = Set(inner.map(\.at))
                for b in (chunk.start + 1)..<max(chunk.start + 1, chunk.contentEnd)
                where cursor[b] && clusterStarts.contains(Int32(b - chunk.start)) && !taken.contains(b) {
                    inner.append((b, false))
                }
                inner.sort { $0.at < $1.at }
            }
            if chunk.contentEnd > chunk.start {
                var last: Int32 = 0
                // Running sum over the glyphs (left to right, so in cluster order) instead of a sum per point.
                var w: Int32 = 0, g = 0
                let glyphs = chunk.piece.glyphs, clusters = chunk.piece.clusters
                for point in inner {
                    while g < glyphs.count, Int(clusters[g]) < point.at - chunk.start { w += glyphs[g].geometry.width; g += 1 }
                    add(.box(points(w - last)))
                    let hyphenWidth = point.hyphen ? self.hyphenWidth(seg.item) : 0
                    add(.penalty(point.hyphen ? hyphenPenalty : Self.characterBreakPenalty, width: points(hyphenWidth),
                                 flagged: point.hyphen), .inside(c, at: point.at, hyphen: point.hyphen))
                    last = w
                }
                add(.box(points(chunk.contentWidth - last)))
            }
            let space = points(chunk.spaceWidth)
            let spaceGlue = BreakItem.glue(space, stretch: justify ? space / 2 : 0, shrink: justify ? space / 3 : 0)
            if c == chunks.count - 1 {
                for (k, item) in BreakItem.paragraphEnd.enumerated() { add(item, k == 2 ? .end(c) : .none) }
            } else if mandatory[chunk.end] {
                for (k, item) in BreakItem.paragraphEnd.enumerated() { add(item, k == 2 ? .end(c) : .none) }
            } else if opportunity[chunk.end] {
                if chunk.contentEnd < chunk.end { add(spaceGlue, .after(c)) } else { add(.penalty(Self.explicitBreakPenalty), .after(c)) }
            } else if chunk.contentEnd < chunk.end {
                add(.penalty(LineBreaker.never))
                add(spaceGlue)
            } else if chunk.cut, width > 0, !rtl {
                add(.penalty(Self.characterBreakPenalty), .inside(c, at: chunk.end, hyphen: false))
            }
        }

        // 6. The breaks.
        var breaks: [Int]
        if width > 0 {
            var p = BreakParameters()
            if !justify { p.raggedStretch = 2 * fontSize(style.size) }
            breaks = LineBreaker.breaks(breakItems, firstWidth: firstWidth, width: otherWidth, p)
        } else {
            breaks = breakItems.indices.filter { if case .end = refs[$0] { return true } else { return false } }
        }

        // 7. Lines: the text range each holds, then its runs.
        struct LineSpan { var start: Int; var end: Int; var hyphen: Bool; var paragraphEnd: Bool }
        var lineSpans: [LineSpan] = []
        var lineStart = 0
        for b in breaks {
            switch refs[b] {
            case .after(let c):
                lineSpans.append(LineSpan(start: lineStart, end: chunks[c].end, hyphen: false, paragraphEnd: false))
                lineStart = chunks[c].end
            case .end(let c):
                lineSpans.append(LineSpan(start: lineStart, end: chunks[c].end, hyphen: false, paragraphEnd: true))
                lineStart = chunks[c].end
            case .inside(_, let at, let hyphen):
                lineSpans.append(LineSpan(start: lineStart, end: at, hyphen: hyphen, paragraphEnd: false))
                lineStart = at
            case .none:
                continue
            }
        }
        if lineSpans.isEmpty { lineSpans = [LineSpan(start: 0, end: n, hyphen: false, paragraphEnd: true)] }

        var result = Result(lines: [], runs: [], lineTexts: [], hyphenated: [], links: [], missingGlyphs: false,
                            text: String(decoding: text, as: UTF8.self))
        var assembled: [(runs: [RunDraft], width: Int32, ascent: Int32, descent: Int32, height: Int32)] = []
        for (k, line) in lineSpans.enumerated() {
            let lineWidth = k == 0 ? firstWidth : otherWidth
            var drafts = pieces(of: line.start, line.end, hyphen: line.hyphen, chunks: chunks, segments: segments, text: text)
            // Justified lines (not a paragraph's last) share the gap between their inner spaces.
            if justify, width > 0, !line.paragraphEnd {
                let natural = drafts.reduce(Int32(0)) { Self.sum($0, $1.piece.width) }
                let spaces = drafts.dropLast().filter(\.endsInSpace).count
                let gap = pangoUnits(lineWidth) - natural
                if spaces > 0, gap != 0, gap > -natural / 2 {
                    let each = gap / Int32(spaces)
                    for i in drafts.indices.dropLast() where drafts[i].endsInSpace { drafts[i].widen(by: each) }
                }
            }
            if drafts.contains(where: { $0.piece.unknownGlyphs > 0 }) { result.missingGlyphs = true }
            let merged = merge(drafts)
            var ascent: Int32 = 0, descent: Int32 = 0, height: Int32 = 0
            if merged.isEmpty {
                let m = emptyLineMetrics(description)
                (ascent, descent, height) = (m.ascent, m.descent, m.height)
            }
            for run in merged {
                let m = cache.info(run.item.pointee.analysis.font)
                ascent = max(ascent, m.ascent); descent = max(descent, m.descent); height = max(height, m.height)
            }
            assembled.append((merged, merged.reduce(Int32(0)) { Self.sum($0, $1.piece.width) }, ascent, descent, height))
            result.lineTexts.append(merged.map { String(decoding: $0.piece.text, as: UTF8.self) }.joined())
            result.hyphenated.append(line.hyphen)
        }

        // 8. Positions: Pango's own rules for line spacing (pango-layout.c) so line heights stay as they were:
        // the first baseline at the ascent, each next one `lineHeight` × the font's height further down.
        let scale = Double(PANGO_SCALE)
        let widest = assembled.map { Double($0.width) / scale }.max() ?? 0
        var baseline = 0.0
        var yOffset = 0.0
        for (k, line) in assembled.enumerated() {
            let ascent = Double(line.ascent) / scale, descent = Double(line.descent) / scale
            if k == 0 || style.lineHeight == 0 {
                baseline = yOffset + ascent
            } else {
                baseline += style.lineHeight * Double(line.height) / scale
            }
            let top = baseline - ascent
            yOffset = top + ascent + descent
            let natural = Double(line.width) / scale
            let startX = k == 0 ? max(0, indent) : max(0, -indent)
            let available = width > 0 ? (k == 0 ? firstWidth : otherWidth) : widest
            var x = startX
            switch style.alignment {
            case .left, .justify: break
            case .center: x += (available - natural) / 2
            case .right: x += available - natural
            }
            result.lines.append(ShapedText.Line(top: top, height: ascent + descent, baseline: baseline, x: x, width: natural))
            // Runs in visual order: reorder by bidi level (UAX #9, rule L2).
            let ordered = Self.visualOrder(line.runs)
            var runX = 0.0
            var runs: [GlyphRun] = []
            for draft in ordered {
                let span = spans[segments[draft.segment].span]
                let color = span.color ?? style.color
                var underline: (offset: Double, thickness: Double)?
                if span.link != nil, span.color == nil {
                    let m = cache.info(draft.item.pointee.analysis.font)
                    underline = (-Double(m.underlinePosition) / scale, max(0.25, Double(m.underlineThickness) / scale))
                }
                let run = GlyphRun(item: draft.item, piece: draft.piece, x: runX, color: color, underline: underline)
                if let target = span.link {
                    let rect = Rect(x + runX, top, run.width, ascent + descent)
                    if let last = result.links.last, last.line == k, last.target == target,
                       abs(last.rect.maxX - rect.minX) < 0.01 {
                        result.links[result.links.count - 1].rect = Rect(last.rect.minX, top, rect.maxX - last.rect.minX, rect.height)
                    } else {
                        result.links.append((k, rect, target))
                    }
                }
                runX += run.width
                runs.append(run)
            }
            result.runs.append(runs)
        }
        return result
    }

    // MARK: - Line assembly

    /// A piece of a line on its way to becoming a run: glyphs of one segment.
    private struct RunDraft {
        var piece: ShapedPiece
        var segment: Int
        var item: UnsafeMutablePointer<PangoItem>
        var level: UInt8
        /// The piece ends in white space that stays inside the line (a justifiable space).
        var endsInSpace: Bool
        var contentLength: Int

        /// Widens the last space glyph (justification).
        mutating func widen(by units: Int32) {
            var best = -1
            for (i, c) in piece.clusters.enumerated() where Int(c) >= contentLength {
                if best < 0 || c > piece.clusters[best] { best = i }
            }
            guard best >= 0 else { return }
            piece.glyphs[best].geometry.width += units
            piece.width += units
        }
    }

    /// The pieces of text range start..<end, shaped: whole chunks from the cache, a chunk split at a break
    /// shaped as the part that is on the line (with a hyphen when the break draws one).
    private func pieces(of start: Int, _ end: Int, hyphen: Bool, chunks: [Chunk], segments: [Segment], text: [UInt8]) -> [RunDraft] {
        // The chunks that overlap the range (chunks are sorted and contiguous).
        var lo = 0, hi = chunks.count
        while lo < hi { let mid = (lo + hi) / 2; if chunks[mid].end <= start { lo = mid + 1 } else { hi = mid } }
        var picked: [(chunk: Int, from: Int, to: Int)] = []
        var c = lo
        while c < chunks.count, chunks[c].start < end {
            picked.append((c, max(start, chunks[c].start), min(end, chunks[c].end)))
            c += 1
        }
        // Trailing white space of the line is not drawn: drop space-only pieces at the end, trim the last.
        while let last = picked.last, last.from >= chunks[last.chunk].contentEnd { picked.removeLast() }
        if let last = picked.last { picked[picked.count - 1].to = min(last.to, chunks[last.chunk].contentEnd) }
        var drafts: [RunDraft] = []
        for (k, p) in picked.enumerated() {
            let chunk = chunks[p.chunk]
            let seg = segments[chunk.segment]
            let isLast = k == picked.count - 1
            var piece: ShapedPiece
            if p.from == chunk.start && p.to == chunk.end {
                piece = chunk.piece
            } else if p.from == chunk.start && p.to == chunk.contentEnd && !(isLast && hyphen) {
                piece = Self.dropping(chunk.piece, from: chunk.contentEnd - chunk.start)
            } else {
                var bytes = Array(text[p.from..<p.to])
                if isLast && hyphen { bytes.append(UInt8(ascii: "-")) }
                piece = withAnalysis(seg.item) { cache.shape(bytes, $0) }
                // The drawn hyphen stands for U+00AD in the text layer: PDF's mark of a hyphen that
                // hyphenation added, which text extraction and search remove when they join the lines.
                if isLast && hyphen, piece.text.last == UInt8(ascii: "-") {
                    piece.text.removeLast()
                    piece.text += [0xC2, 0xAD]
                }
            }
            let contentLength = max(0, min(p.to, chunk.contentEnd) - p.from)
            drafts.append(RunDraft(piece: piece, segment: chunk.segment, item: seg.item, level: seg.item.pointee.analysis.level,
                                   endsInSpace: p.to > chunk.contentEnd, contentLength: contentLength))
        }
        return drafts
    }

    /// Consecutive pieces of the same segment joined into one run (fewer, longer runs for Cairo).
    private func merge(_ drafts: [RunDraft]) -> [RunDraft] {
        var out: [RunDraft] = []
        for d in drafts {
            guard var last = out.last, last.segment == d.segment else { out.append(d); continue }
            let shift = Int32(last.piece.text.count)
            let shifted = d.piece.clusters.map { $0 + shift }
            if d.level % 2 == 1 {
                // Right to left: the later text stands to the left.
                last.piece.glyphs = d.piece.glyphs + last.piece.glyphs
                last.piece.clusters = shifted + last.piece.clusters
            } else {
                last.piece.glyphs += d.piece.glyphs
                last.piece.clusters += shifted
            }
            last.piece.text += d.piece.text
            last.piece.width = Self.sum(last.piece.width, d.piece.width)
            last.piece.unknownGlyphs += d.piece.unknownGlyphs
            last.endsInSpace = d.endsInSpace
            last.contentLength = Int(shift) + d.contentLength
            out[out.count - 1] = last
        }
        return out
    }

    /// The piece without the glyphs of its bytes from `offset` on (trailing white space).
    private static func dropping(_ piece: ShapedPiece, from offset: Int) -> ShapedPiece {
        var out = ShapedPiece(glyphs: [], clusters: [], text: Array(piece.text[..<offset]), width: 0, unknownGlyphs: 0)
        for (g, c) in zip(piece.glyphs, piece.clusters) where Int(c) < offset {
            out.glyphs.append(g); out.clusters.append(c); out.width += g.geometry.width
            if g.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { out.unknownGlyphs += 1 }
        }
        return out
    }

    /// Runs in visual order: from the highest level down to the lowest odd one, every maximal sequence at
    /// that level or above is reversed (the base direction is left to right).
    private static func visualOrder(_ runs: [RunDraft]) -> [RunDraft] {
        guard let highest = runs.map(\.level).max(), highest > 0 else { return runs }
        var out = runs
        var level = highest
        while level >= 1 {
            var i = 0
            while i < out.count {
                guard out[i].level >= level else { i += 1; continue }
                var j = i
                while j < out.count, out[j].level >= level { j += 1 }
                out[i..<j].reverse()
                i = j
            }
            level -= 1
        }
        return out
    }

    /// The widest stretch of the chunk's content between its hyphenation points (Pango units).
    private func widestPart(_ chunk: Chunk, _ inner: [(at: Int, hyphen: Bool)]) -> Int32 {
        var widest: Int32 = 0, last: Int32 = 0
        var w: Int32 = 0, g = 0
        let glyphs = chunk.piece.glyphs, clusters = chunk.piece.clusters
        for point in inner {
            while g < glyphs.count, Int(clusters[g]) < point.at - chunk.start { w += glyphs[g].geometry.width; g += 1 }
            widest = max(widest, w - last)
            last = w
        }
        return max(widest, chunk.contentWidth - last)
    }

    // MARK: - Fonts

    private func withAnalysis<T>(_ item: UnsafeMutablePointer<PangoItem>, _ body: (UnsafePointer<PangoAnalysis>) -> T) -> T {
        withUnsafePointer(to: &item.pointee.analysis) { body($0) }
    }

    /// Width of "-" in the item's font.
    private func hyphenWidth(_ item: UnsafeMutablePointer<PangoItem>) -> Int32 {
        withAnalysis(item) { cache.shape([UInt8(ascii: "-")], $0).width }
    }

    /// Ascent, descent and height of an empty line: the style's first font, as Pango does.
    private func emptyLineMetrics(_ description: OpaquePointer) -> ShapeCache.FontInfo {
        guard let font = pango_context_load_font(context, description) else { return cache.info(nil) }
        defer { g_object_unref(font) }
        return cache.info(font)
    }

    private func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }

    /// A sum of Pango widths that stops at Int32's range: an unwrapped line (a header, a marker) of a few
    /// hundred kilobytes is wider than 2^31 units and must not trap; it is clipped long before that anyway.
    private static func sum(_ a: Int32, _ b: Int32) -> Int32 {
        let (value, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : value
    }
}
