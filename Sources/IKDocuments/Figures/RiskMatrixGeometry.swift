import IKEngine

/// Where the parts of the risk matrix go at a given width. Probability runs up (1 at the bottom, 4 at the
/// top), consequence runs right (1 left, 4 right), so improving risks move towards the lower left corner.
public struct RiskMatrixGeometry: Sendable {
    /// The whole figure.
    public var size: Size
    /// The 4×4 grid of cells.
    public var grid: Rect
    /// The column left of the grid holding the probability title (turned to read upwards) and scale.
    public var axisWidth: Double
    /// Width of the turned probability title's column, at the far left.
    public var titleWidth: Double
    /// Top of the consequence scale numbers (under the grid) and of the consequence title.
    public var scaleTop: Double
    public var consequenceTitleTop: Double
    /// The legend's items: a swatch and where its text starts.
    public var legend: [(band: RiskBands.Band, swatch: Rect, text: Point)]
    public var cellGap: Double

    /// The area of one cell (without the gap): probability `p` counts from the bottom row, consequence `c`
    /// from the left column.
    public func cell(probability p: Int, consequence c: Int) -> Rect {
        let w = grid.width / 4, h = grid.height / 4
        let full = Rect(grid.minX + Double(c - 1) * w, grid.minY + Double(4 - p) * h, w, h)
        return full.inset(Insets(all: cellGap / 2))
    }

    /// Lays the figure out at `width` with the fonts of `shaper`.
    public init(width: Double, style: MatrixStyle, shaper: TextShaper) {
        let label = shaper.shape("Ag", style: style.labels, width: 0).height
        let numberLine = shaper.shape("16", style: style.numbers, width: 0).height
        titleWidth = shaper.shape(style.probabilityTitle, style: style.labels.with { $0.bold = true }, width: 0).height + 2
        axisWidth = titleWidth + max(14, shaper.shape("4", style: style.labels, width: 0).naturalWidth + 10)
        let gridWidth = max(40, width - axisWidth)
        let cellHeight = max(gridWidth / 4 * style.cellAspect, numberLine * 2 + 8)
        cellGap = style.cellGap
        grid = Rect(axisWidth, 2, gridWidth, cellHeight * 4)
        scaleTop = grid.maxY + 3
        consequenceTitleTop = scaleTop + label + 2
        var bottom = consequenceTitleTop + label
        legend = []
        if style.legend {
            let (items, height) = RiskMatrixGeometry.legend(style, top: bottom + 8, left: grid.minX,
                                                            width: gridWidth, shaper)
            legend = items
            bottom += 8 + height
        }
        size = Size(axisWidth + gridWidth, bottom)
    }

    /// Legend items in a row from `left`, wrapping when the row is full.
    private static func legend(_ style: MatrixStyle, top: Double, left: Double, width: Double,
                               _ shaper: TextShaper) -> ([(band: RiskBands.Band, swatch: Rect, text: Point)], Double) {
        let line = shaper.shape("Ag", style: style.labels, width: 0).height
        let swatch = (line * 0.8).rounded()
        var items: [(band: RiskBands.Band, swatch: Rect, text: Point)] = []
        var x = left, y = top
        for band in style.bands.bands {
            let textWidth = shaper.shape(legendText(band), style: style.labels, width: 0).naturalWidth
            let itemWidth = swatch + 4 + textWidth
            if x > left, x + itemWidth > left + width { x = left; y += line + 4 }
            items.append((band, Rect(x, y + (line - swatch) / 2, swatch, swatch), Point(x + swatch + 4, y)))
            x += itemWidth + 12
        }
        return (items, y + line - top)
    }

    /// "Låg (1–3)".
    static func legendText(_ band: RiskBands.Band) -> String { "\(band.label) (\(band.rangeText))" }
}
