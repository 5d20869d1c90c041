import IKEngine

/// How the risk matrix looks: its bands, text sizes, proportions and titles. Read from the layout's `matrix:`
/// section; every key is optional and falls back to the values here.
public struct MatrixStyle: Sendable {
    public var bands: RiskBands = .standard
    /// The risk numbers in the cells (shrunk when many share a cell).
    public var numbers: TextStyle
    /// Scale numbers, axis titles and legend.
    public var labels: TextStyle
    /// Cell height as a fraction of cell width.
    public var cellAspect: Double = 0.62
    /// The widest the figure gets, even in a wider column.
    public var maxWidth: Double = 400
    /// Space between the cells' tiles (the page shows through).
    public var cellGap: Double = 2
    /// An outline for every tile; useful when the palest band is close to the page colour.
    public var cellBorder: Stroke?
    public var probabilityTitle = "Sannolikhet"
    public var consequenceTitle = "Konsekvens"
    /// Shows the band legend (swatch, name, values) under the matrix.
    public var legend = true

    /// Defaults on the layout's body font (or Carlito when there is none).
    public init(base: TextStyle = TextStyle(hyphenate: false)) {
        let b = base.with { $0.hyphenate = false; $0.lineHeight = 1.0 }
        numbers = b.with { $0.size = 11; $0.bold = true; $0.alignment = .center }
        labels = b.with { $0.size = 9; $0.bold = false }
    }

    /// The `matrix:` section of a layout, or the defaults when the section is missing.
    public init(layout: LayoutFile) throws {
        self.init(base: figureBaseStyle(layout))
        let s = layout.section(Section.self)
        if let v = s.bands { bands = v }
        if let v = s.number_size { numbers.size = v }
        if let v = s.label_size { labels.size = v }
        if let v = s.cell_aspect { cellAspect = min(2, max(0.2, v)) }
        if let v = s.max_width { maxWidth = max(120, v) }
        if let v = s.cell_gap { cellGap = min(12, max(0, v)) }
        if let v = s.cell_border { cellBorder = Stroke(color: v, width: 0.5) }
        if let v = s.probability_title { probabilityTitle = v }
        if let v = s.consequence_title { consequenceTitle = v }
        if let v = s.legend { legend = v }
    }

    /// The `matrix:` section as written (snake_case keys like the rest of the layout file).
    struct Section: LayoutSection {
        static let key = "matrix"
        static let keys = ["bands", "number_size", "label_size", "cell_aspect", "max_width", "cell_gap", "cell_border",
                           "probability_title", "consequence_title", "legend"]
        var bands: RiskBands?
        var number_size: Double?
        var label_size: Double?
        var cell_aspect: Double?
        var max_width: Double?
        var cell_gap: Double?
        /// The colour of a thin outline on every tile.
        var cell_border: Color?
        var probability_title: String?
        var consequence_title: String?
        var legend: Bool?

        init() {}

        init(reading m: LayoutMap) {
            bands = RiskBands(reading: m)
            number_size = m.length("number_size", in: 4...48, what: "number size")
            label_size = m.length("label_size", in: 4...48, what: "label size")
            cell_aspect = m.number("cell_aspect", in: 0.2...2)
            max_width = m.length("max_width")
            cell_gap = m.length("cell_gap")
            cell_border = m.color("cell_border")
            probability_title = m.string("probability_title")
            consequence_title = m.string("consequence_title")
            legend = m.bool("legend")
        }
    }
}

extension RiskBands {
    /// The bands of a layout (`matrix: bands:`), or the standard ones.
    public init(layout: LayoutFile) throws { self = try MatrixStyle(layout: layout).bands }
}
