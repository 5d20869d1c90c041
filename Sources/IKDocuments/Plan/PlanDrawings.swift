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
        RiskMatrixFigure(risks: risks.compactMap(MatrixRisk.init), style: matrixStyle, spaceBefore: 14, spaceAfter: 6, keepWithNext: true)
    }

    /// The risk value on its band's chip, centred in the column, its baseline on the row's first baseline.
    func valueChip(_ value: Int, columnWidth: Double) -> any Block {
        let chip = RiskValueChip(value, bands: matrixStyle.bands, style: badgeStyle, line: cell)
        return Canvas(chip.frame(maxWidth: columnWidth, shaper: shaper), alignment: .center, tag: .paragraph)   // read as its number
    }

    func statusBadge(_ status: ActionStatus) -> any Block {
        StatusBadge(status, style: badgeStyle, line: cell)
    }
}
