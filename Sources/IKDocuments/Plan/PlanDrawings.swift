import IKEngine
import IKModel

/// The plan's drawings, from `Figures/`: the risk matrix, value chips and status badges, styled by the
/// layout's `matrix:` and `badges:` sections. Read once per document.
struct PlanDrawings {
    let matrixStyle: MatrixStyle
    let badgeStyle: BadgeStyle
    let cell: TextStyle
    let shaper: TextShaper

    init(layout: LayoutFile, cell: TextStyle, shaper: TextShaper) throws {
        matrixStyle = try MatrixStyle(layout: layout)
        badgeStyle = try BadgeStyle(layout: layout)
        self.cell = cell
        self.shaper = shaper
    }

    func riskMatrix(_ risks: [Risk]) -> RiskMatrixFigure {
        RiskMatrixFigure(risks: risks.map(MatrixRisk.init), style: matrixStyle, spaceBefore: 14, spaceAfter: 6, keepWithNext: true)
    }

    /// The risk value on its band's chip, centred in the column, its baseline on the row's first baseline.
    func valueChip(_ value: Int, columnWidth: Double) -> any Block {
        let chip = RiskValueChip(value, bands: matrixStyle.bands, style: badgeStyle, line: cell)
        return Canvas(chip.frame(maxWidth: columnWidth, shaper: shaper), alignment: .center, tag: nil)
    }

    func statusBadge(_ status: ActionStatus) -> any Block {
        StatusBadge(status, style: badgeStyle, line: cell)
    }

    /// Stand-in for `ProcessFigure` until `Figures.named("processfigur", …)` is committed: goal to result
    /// in five steps, with follow-up beneath.
    func processFigurePlaceholder(width: Double, accent: Color) -> Frame {
        let steps = ["Mål", "Styrning", "Vad kan gå fel?", "Åtgärder och kontroller", "Resultat"]
        let gap = 10.0, h = 44.0
        let w = (width - gap * Double(steps.count - 1)) / Double(steps.count)
        let bold = cell.with { $0.bold = true; $0.alignment = .center; $0.hyphenate = false }
        var f = Frame(size: Size(width, h + 30))
        for (i, s) in steps.enumerated() {
            let x = Double(i) * (w + gap)
            f.add(.rect(Size(w, h), fill: Color(r: 0.87, g: 0.91, b: 0.95), stroke: Stroke(color: accent, width: 0.8), radius: 4), at: Point(x, 0))
            let t = shaper.shape(s, style: bold, width: w - 6)
            f.add(.text(t, lines: 0..<t.lines.count), at: Point(x + 3, (h - t.height) / 2))
            if i < steps.count - 1 {
                f.add(.polygon([Point(0, -4), Point(gap - 2, 0), Point(0, 4)], fill: accent, stroke: nil), at: Point(x + w + 1, h / 2))
            }
        }
        f.add(.rect(Size(width, 18), fill: Color(r: 0.95, g: 0.96, b: 0.97), stroke: Stroke(color: accent, width: 0.8), radius: 4), at: Point(0, h + 10))
        let t = shaper.shape("Uppföljning och analys", style: bold, width: width)
        f.add(.text(t, lines: 0..<t.lines.count), at: Point(0, h + 10 + (18 - t.height) / 2))
        return f
    }
}
