import IKEngine

/// The formal protokoll's "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot of every page.
/// The engine's page decorations hold only text and images, so the boxes are added to each page's footer
/// frame after pagination, in a bottom margin reserved before it.
struct AdjustmentFooter {
    let boxes: MinutesSettings.Boxes
    let count: Int
    let labelStyle: TextStyle
    let texts: MinutesTexts
    let stroke: Stroke
    /// Between the boxes and the layout's own footer text, and above the boxes.
    private let gap = 6.0

    /// The page style with a bottom margin deep enough for the boxes and the layout's footer text, and
    /// a footer decoration so the writer draws the footer frame (positioned by its offset).
    func reserve(in style: PageStyle, fields: [String: String], _ context: LayoutContext) -> PageStyle {
        var s = style
        if s.footer == nil { s.footer = PageDecoration(style: labelStyle, offset: boxes.offset) }
        let textHeight = style.footer.map { decorationHeight($0, fields: fields, width: s.body.width, context) } ?? 0
        let needed = (s.footer?.offset ?? boxes.offset) + boxesHeight(context) + (textHeight > 0 ? gap + textHeight : 0) + gap
        s.margins.bottom = max(s.margins.bottom, needed)
        return s
    }

    /// Every page's footer becomes the boxes with the layout's footer text (if any) beneath.
    func apply(to pages: [LaidOutPage], style: PageStyle, _ context: LayoutContext) -> [LaidOutPage] {
        pages.map { page in
            var p = page
            let width = style.body.width
            let row = boxRow(width: width, context)
            var footer = Frame(size: Size(width, row.size.height + (page.footer.map { gap + $0.size.height } ?? 0)))
            footer.merge(row, at: .zero)
            if let text = page.footer { footer.merge(text, at: Point(0, row.size.height + gap)) }
            p.footer = footer
            p.style.footer = style.footer
            return p
        }
    }

    private func boxesHeight(_ context: LayoutContext) -> Double {
        context.shaper.shape("Ag", style: labelStyle, width: 0).height + 2 + boxes.height
    }

    /// Labels above, boxes beneath: the signature boxes at the left, the extract box at the right.
    private func boxRow(width: Double, _ context: LayoutContext) -> Frame {
        let label = context.shaper.shape(texts.adjusterSignature, style: labelStyle, width: 0)
        let top = label.height + 2
        var f = Frame(size: Size(width, top + boxes.height))
        let n = max(1, count)
        let boxWidth = min(boxes.width, max(20, (width - boxes.extractWidth - 12) / Double(n)))
        f.add(.text(label, lines: 0..<label.lines.count), at: Point(0, 0))
        for i in 0..<n {
            f.add(.rect(Size(boxWidth, boxes.height), fill: nil, stroke: stroke, radius: 0), at: Point(Double(i) * boxWidth, top))
        }
        if boxes.extractWidth > 0 {
            let x = width - boxes.extractWidth
            let extract = context.shaper.shape(texts.extract, style: labelStyle, width: 0)
            f.add(.text(extract, lines: 0..<extract.lines.count), at: Point(x, 0))
            f.add(.rect(Size(boxes.extractWidth, boxes.height), fill: nil, stroke: stroke, radius: 0), at: Point(x, top))
        }
        return f
    }

    private func decorationHeight(_ d: PageDecoration, fields: [String: String], width: Double, _ context: LayoutContext) -> Double {
        var f = fields
        f["page"] = "999"; f["pages"] = "999"
        return [d.left, d.center, d.right].compactMap { $0 }.map { slot -> Double in
            switch slot {
            case .text(let lines):
                let text = lines.map { fillPlaceholders($0, f) }.joined(separator: "\n")
                return context.shaper.shape(text, style: d.style, width: width).height
            case .image(_, let height): return height
            }
        }.max() ?? 0
    }
}
