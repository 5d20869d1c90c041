import IKEngine

/// The formal protokoll's "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot of every page:
/// the footer's band, which the page finaliser places above the footer's text on every page and the
/// paginator measures with the rest of the footer.
struct AdjustmentFooter {
    let boxes: MinutesSettings.Boxes
    let count: Int
    let labelStyle: TextStyle
    let texts: MinutesTexts
    let stroke: Stroke

    /// The page style with the boxes as its footer's band (a footer of its own, at the boxes' offset,
    /// when the layout has none).
    func install(in style: PageStyle, _ context: LayoutContext) -> PageStyle {
        var s = style
        var footer = s.footer ?? PageDecoration(style: labelStyle, offset: boxes.offset)
        footer.band = boxRow(width: s.body.width, context)
        s.footer = footer
        return s
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
}
