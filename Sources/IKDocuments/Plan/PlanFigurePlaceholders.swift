import IKEngine
import IKModel

/// Stand-ins for the drawings a teammate writes in `Figures/` (process figure, risk matrix, value chip,
/// status badge). Each is replaced by a call to the real figure once it lands; the plan calls only these.
struct PlanFigurePlaceholders {
    let styles: PlanStyles
    let context: LayoutContext

    /// A shaped single line placed with its top at `y`, horizontally centred in `width` when given.
    private func label(_ s: String, _ style: TextStyle, into f: inout Frame, x: Double, y: Double, width: Double? = nil) -> ShapedText {
        let t = context.shaper.shape(s, style: style.with { $0.hyphenate = false }, width: width ?? 0)
        f.add(.text(t, lines: 0..<t.lines.count), at: Point(x, y))
        return t
    }

    /// Placeholder for `ProcessFigure`: goal to result in five steps, with follow-up beneath.
    func processFigure(width: Double) -> Frame {
        let steps = ["Mål", "Styrning", "Vad kan gå fel?", "Åtgärder och kontroller", "Resultat"]
        let gap = 10.0, h = 44.0
        let w = (width - gap * Double(steps.count - 1)) / Double(steps.count)
        var f = Frame(size: Size(width, h + 30))
        let accent = styles.headings[0].style.color
        for (i, s) in steps.enumerated() {
            let x = Double(i) * (w + gap)
            f.add(.rect(Size(w, h), fill: Color(r: 0.87, g: 0.91, b: 0.95), stroke: Stroke(color: accent, width: 0.8), radius: 4), at: Point(x, 0))
            let t = context.shaper.shape(s, style: styles.cellStrong.with { $0.alignment = .center; $0.hyphenate = false }, width: w - 6)
            f.add(.text(t, lines: 0..<t.lines.count), at: Point(x + 3, (h - t.height) / 2))
            if i < steps.count - 1 {
                let ax = x + w + 1, ay = h / 2
                f.add(.polygon([Point(0, -4), Point(gap - 2, 0), Point(0, 4)], fill: accent, stroke: nil), at: Point(ax, ay))
            }
        }
        f.add(.rect(Size(width, 18), fill: Color(r: 0.95, g: 0.96, b: 0.97), stroke: Stroke(color: accent, width: 0.8), radius: 4), at: Point(0, h + 10))
        let t = context.shaper.shape("Uppföljning och analys", style: styles.cellStrong.with { $0.alignment = .center }, width: width)
        f.add(.text(t, lines: 0..<t.lines.count), at: Point(0, h + 10 + (18 - t.height) / 2))
        return f
    }

    /// Placeholder for `RiskMatrixFigure`: 4×4, probability up, consequence across, risk numbers in cells.
    func riskMatrix(_ risks: [Risk], width: Double) -> Frame {
        let cell = min(52.0, (width - 60) / 4), axis = 34.0, top = 18.0
        let size = Size(axis + cell * 4, top + cell * 4 + axis)
        var f = Frame(size: size)
        for p in 1...4 {
            for c in 1...4 {
                let x = axis + Double(c - 1) * cell, y = top + Double(4 - p) * cell
                let color = styles.band(for: p * c)?.color ?? .white
                f.add(.rect(Size(cell, cell), fill: color, stroke: Stroke(color: .white, width: 1.5), radius: 0), at: Point(x, y))
                let numbers = risks.filter { $0.probability == p && $0.consequence == c }.map { String($0.number) }
                if !numbers.isEmpty {
                    let t = context.shaper.shape(numbers.joined(separator: ", "), style: styles.cellStrong.with { $0.alignment = .center; $0.hyphenate = false }, width: cell - 6)
                    f.add(.text(t, lines: 0..<t.lines.count), at: Point(x + 3, y + (cell - t.height) / 2))
                }
            }
            _ = label(String(p), styles.cell, into: &f, x: axis - 12, y: top + Double(4 - p) * cell + cell / 2 - 6)
        }
        for c in 1...4 {
            _ = label(String(c), styles.cell, into: &f, x: axis + Double(c - 1) * cell + cell / 2 - 3, y: top + cell * 4 + 3)
        }
        _ = label("Konsekvens", styles.cellStrong, into: &f, x: axis + cell * 2 - 26, y: top + cell * 4 + 17)
        _ = label("Sannolikhet", styles.cellStrong, into: &f, x: 0, y: 0)
        return f
    }

    /// Placeholder for the value chip: the number on a rounded rectangle in its band's colour,
    /// its baseline on the cell text's first baseline.
    func valueChip(_ value: Int) -> Frame {
        let chipSize = styles.section.chip?.size.map { $0.map(\.points) } ?? []
        let w = chipSize.first ?? 22, h = chipSize.count > 1 ? chipSize[1] : 15
        let fill = styles.band(for: value)?.color ?? .white
        let text = fill.contrast(with: .white) > fill.contrast(with: .black) ? Color.white : Color.black
        let t = context.shaper.shape(String(value), style: styles.chip.with { $0.color = text; $0.alignment = .left }, width: 0)
        let cellBaseline = context.shaper.shape("X", style: styles.cell, width: 0).lines.first?.baseline ?? 0
        let textTop = cellBaseline - (t.lines.first?.baseline ?? 0)
        let lineHeight = t.lines.first?.height ?? 0
        let rectTop = textTop + lineHeight / 2 - h / 2
        var f = Frame(size: Size(w, max(rectTop + h, cellBaseline)))
        f.add(.rect(Size(w, h), fill: fill, stroke: nil, radius: styles.section.chip?.radius?.points ?? 3), at: Point(0, rectTop))
        f.add(.text(t, lines: 0..<t.lines.count), at: Point((w - t.naturalWidth) / 2, textTop))
        return f
    }

    /// Placeholder for `StatusBadge`: a pill that says the status in words, on the cell's first baseline.
    func statusBadge(_ status: ActionStatus) -> Frame {
        let colors = styles.statuses[status.rawValue] ?? StatusColors(fill: Color(r: 0.9, g: 0.9, b: 0.9), text: .black)
        let t = context.shaper.shape(status.label, style: styles.badge.with { $0.color = colors.text }, width: 0)
        let pad = styles.section.badge?.padding?.points ?? 6
        let h = styles.section.badge?.height?.points ?? 14
        let w = t.naturalWidth + 2 * pad
        let cellBaseline = context.shaper.shape("X", style: styles.cell, width: 0).lines.first?.baseline ?? 0
        let textTop = cellBaseline - (t.lines.first?.baseline ?? 0)
        let rectTop = textTop + (t.lines.first?.height ?? 0) / 2 - h / 2
        var f = Frame(size: Size(w, max(rectTop + h, cellBaseline)))
        f.add(.rect(Size(w, h), fill: colors.fill, stroke: nil, radius: h / 2), at: Point(0, rectTop))
        f.add(.text(t, lines: 0..<t.lines.count), at: Point(pad, textTop))
        return f
    }
}
