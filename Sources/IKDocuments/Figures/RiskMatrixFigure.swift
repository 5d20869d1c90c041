import IKEngine
import IKModel

/// What the matrix needs of a risk: its number and where it sits.
public struct MatrixRisk: Hashable, Sendable {
    public var number: Int
    public var probability: Int
    public var consequence: Int

    public init(number: Int, probability: Int, consequence: Int) {
        self.number = number; self.probability = probability; self.consequence = consequence
    }

    /// The risk where the matrix places it; nil when its probability or consequence is not known.
    public init?(_ risk: Risk) {
        guard let cell = risk.matrixCell else { return nil }
        self.init(number: risk.number, probability: cell.probability, consequence: cell.consequence)
    }
}

/// The coloured 4×4 risk matrix with every risk's number in its cell, the scales, the axis titles and the
/// band legend. A block that never splits, tagged "Figure"; the plan adds the caption.
public struct RiskMatrixFigure: Block {
    public var risks: [MatrixRisk]
    public var style: MatrixStyle
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var keepWithNext: Bool

    public init(risks: [MatrixRisk], style: MatrixStyle, spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.risks = risks; self.style = style
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext
    }

    /// Risks whose probability or consequence lies outside 1–4: not drawn (the plan reader reports them).
    public var unplaced: [MatrixRisk] { risks.filter { !(1...4).contains($0.probability) || !(1...4).contains($0.consequence) } }

    /// The figure's geometry at `width` (capped at the style's maximum width).
    public func geometry(width: Double, shaper: TextShaper) -> RiskMatrixGeometry {
        RiskMatrixGeometry(width: min(width, style.maxWidth), style: style, shaper: shaper)
    }

    /// The drawing, without a structure tag (wrap it in a `Canvas` or use the block).
    public func frame(width: Double, shaper: TextShaper) -> Frame {
        let g = geometry(width: width, shaper: shaper)
        var f = Frame(size: g.size)
        let byCell = Dictionary(grouping: risks) { [$0.probability, $0.consequence] }
        for p in 1...4 {
            for c in 1...4 {
                let band = style.bands.band(for: p * c)
                let cell = g.cell(probability: p, consequence: c)
                f.add(.rect(cell.size, fill: band.color, stroke: style.cellBorder, radius: 1.5), at: cell.origin)
                let numbers = (byCell[[p, c]] ?? []).map(\.number).sorted()
                if !numbers.isEmpty { addNumbers(numbers, in: cell, color: band.textColor, to: &f, shaper) }
            }
        }
        addScales(g, to: &f, shaper)
        for item in g.legend {
            f.add(.rect(item.swatch.size, fill: item.band.color, stroke: Stroke(color: style.labels.color, width: 0.4), radius: 1),
                  at: item.swatch.origin)
            let t = shaper.shape(RiskMatrixGeometry.legendText(item.band), style: style.labels, width: 0)
            f.add(.text(t, lines: 0..<t.lines.count), at: item.text)
        }
        return f
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        Canvas(frame(width: region.width, shaper: context.shaper), alignment: .center, tag: .figure(alt: altText))
            .layout(in: region, context)
    }

    /// What the matrix says in words, for someone who cannot see it: which risks stand in which cell, from
    /// the highest risk value down ("Sannolikhet 4, konsekvens 3 (riskvärde 12, Mycket hög): risk 5, 7."),
    /// and the bands of the legend.
    public var altText: String {
        let byCell = Dictionary(grouping: risks) { [$0.probability, $0.consequence] }
        var cells: [String] = []
        for p in stride(from: 4, through: 1, by: -1) {
            for c in stride(from: 4, through: 1, by: -1) {
                let numbers = (byCell[[p, c]] ?? []).map(\.number).sorted()
                guard !numbers.isEmpty else { continue }
                cells.append("Sannolikhet \(p), konsekvens \(c) (riskvärde \(p * c), \(style.bands.band(for: p * c).label)): "
                             + "risk \(numbers.map(String.init).joined(separator: ", ")).")
            }
        }
        let legend = style.bands.bands.map(RiskMatrixGeometry.legendText).joined(separator: ", ")
        let intro = "Riskmatris: riskernas nummer efter sannolikhet (1–4) och konsekvens (1–4); riskvärdet är deras produkt."
        let none = cells.isEmpty ? " Inga risker är placerade." : ""
        return ([intro + none] + cells + ["Färgerna visar riskvärdet: \(legend)."]).joined(separator: " ")
    }

    /// The cell's numbers, centred; a crowded cell wraps and then shrinks its font until all fit.
    private func addNumbers(_ numbers: [Int], in cell: Rect, color: Color, to f: inout Frame, _ shaper: TextShaper) {
        let inner = cell.inset(Insets(vertical: 3, horizontal: 4))
        let text = numbers.map(String.init).joined(separator: ", ")
        var size = style.numbers.size
        var shaped = shaper.shape(text, style: style.numbers.with { $0.color = color }, width: inner.width)
        while shaped.height > inner.height || shaped.naturalWidth > inner.width + 0.01, size > 3 {
            size = max(3, size * 0.9)
            shaped = shaper.shape(text, style: style.numbers.with { $0.color = color; $0.size = size }, width: inner.width)
        }
        // Beyond the smallest size (hundreds of risks in one cell) show the lines that fit rather than overflow.
        var count = shaped.lines.count
        while count > 1, shaped.height(of: 0..<count) > inner.height { count -= 1 }
        let h = shaped.height(of: 0..<count)
        f.add(.text(shaped, lines: 0..<count), at: Point(inner.minX, inner.minY + max(0, (inner.height - h) / 2)))
    }

    /// Scale numbers 1–4 on both axes and the two axis titles.
    private func addScales(_ g: RiskMatrixGeometry, to f: inout Frame, _ shaper: TextShaper) {
        let centred = style.labels.with { $0.alignment = .center }
        for i in 1...4 {
            let row = g.cell(probability: i, consequence: 1)
            let t = shaper.shape(String(i), style: centred, width: g.axisWidth - g.titleWidth - 4)
            f.add(.text(t, lines: 0..<t.lines.count), at: Point(g.titleWidth, row.minY + (row.height - t.height) / 2))
            let col = g.cell(probability: 1, consequence: i)
            let s = shaper.shape(String(i), style: centred, width: col.width)
            f.add(.text(s, lines: 0..<s.lines.count), at: Point(col.minX, g.scaleTop))
        }
        // The probability title reads upwards along its axis, centred on the grid.
        let p = shaper.shape(style.probabilityTitle, style: style.labels.with { $0.bold = true; $0.alignment = .center },
                             width: g.grid.height)
        var turned = Frame(size: Size(g.grid.height, p.height))
        turned.add(.text(p, lines: 0..<p.lines.count))
        f.add(.turnedUp(turned), at: Point(0, g.grid.maxY))
        let c = shaper.shape(style.consequenceTitle, style: style.labels.with { $0.bold = true; $0.alignment = .center }, width: g.grid.width)
        f.add(.text(c, lines: 0..<c.lines.count), at: Point(g.grid.minX, g.consequenceTitleTop))
    }
}
