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
        guard let s = try layout.figureSection("matrix", as: Section.self) else { return }
        if let v = s.bands { bands = v }
        if let v = s.number_size?.points { numbers.size = v }
        if let v = s.label_size?.points { labels.size = v }
        if let v = s.cell_aspect { cellAspect = min(2, max(0.2, v)) }
        if let v = s.max_width?.points { maxWidth = max(120, v) }
        if let v = s.cell_gap?.points { cellGap = min(12, max(0, v)) }
        if let v = s.cell_border?.color { cellBorder = Stroke(color: v, width: 0.5) }
        if let v = s.probability_title { probabilityTitle = v }
        if let v = s.consequence_title { consequenceTitle = v }
        if let v = s.legend { legend = v }
    }

    /// The YAML shape of `matrix:` (snake_case keys like the rest of the layout file).
    struct Section: Decodable {
        var bands: RiskBands?
        var number_size: FigureLength?
        var label_size: FigureLength?
        var cell_aspect: Double?
        var max_width: FigureLength?
        var cell_gap: FigureLength?
        var cell_border: FigureColor?
        var probability_title: String?
        var consequence_title: String?
        var legend: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case bands, number_size, label_size, cell_aspect, max_width, cell_gap, cell_border
            case probability_title, consequence_title, legend
        }

        init(from decoder: Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            bands = try c.decodeIfPresent(RiskBands.self, forKey: .bands)
            number_size = try c.decodeIfPresent(FigureLength.self, forKey: .number_size)
            label_size = try c.decodeIfPresent(FigureLength.self, forKey: .label_size)
            cell_aspect = try c.decodeIfPresent(Double.self, forKey: .cell_aspect)
            max_width = try c.decodeIfPresent(FigureLength.self, forKey: .max_width)
            cell_gap = try c.decodeIfPresent(FigureLength.self, forKey: .cell_gap)
            cell_border = try c.decodeIfPresent(FigureColor.self, forKey: .cell_border)
            probability_title = try c.decodeIfPresent(String.self, forKey: .probability_title)
            consequence_title = try c.decodeIfPresent(String.self, forKey: .consequence_title)
            legend = try c.decodeIfPresent(Bool.self, forKey: .legend)
        }
    }
}

extension RiskBands {
    /// The bands of a layout (`matrix: bands:`), or the standard ones.
    public init(layout: LayoutFile) throws { self = try MatrixStyle(layout: layout).bands }
}
