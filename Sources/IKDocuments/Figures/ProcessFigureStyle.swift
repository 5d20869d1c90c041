import IKEngine

/// The steps, texts and colours of chapter 1's process figure, from the layout's `process_figure:` section.
public struct ProcessFigureStyle: Sendable {
    public struct Step: Hashable, Sendable {
        public var title: String
        public var subtitle: String
        public init(title: String, subtitle: String) { self.title = title; self.subtitle = subtitle }
    }

    /// From the goal to the result, as in the original plan.
    public static let defaultSteps = [
        Step(title: "Mål", subtitle: "Beslut, lagar, regler mm"),
        Step(title: "Styrning", subtitle: "Hur tar vi oss dit?"),
        Step(title: "Risker", subtitle: "Vad kan gå fel?"),
        Step(title: "Åtgärder och kontroller", subtitle: "Hur säkerställer vi att det inte går fel?"),
        Step(title: "Resultat", subtitle: "Verksamhet, ekonomi"),
    ]

    public var steps = ProcessFigureStyle.defaultSteps
    public var returnLabel = "Uppföljning och analys"
    /// Fills of the arrow shapes, used in turn (one colour for all by default).
    public var fills: [Color] = [Color(r: 0.122, g: 0.306, b: 0.475)]   // #1f4e79
    /// Fill of the return arrow beneath.
    public var returnFill = Color(r: 0.875, g: 0.906, b: 0.941)           // #dfe7f0
    public var title: TextStyle
    public var subtitle: TextStyle

    public init(base: TextStyle = TextStyle()) {
        let b = base.with { $0.hyphenate = false; $0.lineHeight = 1.05; $0.alignment = .center }
        title = b.with { $0.size = 10.5; $0.bold = true }
        subtitle = b.with { $0.size = 8.5; $0.bold = false; $0.hyphenate = true }
    }

    /// The fill of step `i`.
    public func fill(_ i: Int) -> Color { fills.isEmpty ? .black : fills[i % fills.count] }

    /// The `process_figure:` section of a layout, or the defaults when it is missing.
    public init(layout: LayoutFile) throws {
        self.init(base: figureBaseStyle(layout))
        guard let s = try layout.figureSection("process_figure", as: Section.self) else { return }
        if let v = s.steps, !v.isEmpty { steps = v.map { Step(title: $0.title, subtitle: $0.subtitle ?? "") } }
        if let v = s.return_label { returnLabel = v }
        if let v = s.fill { fills = [v.color] }
        if let v = s.fills, !v.isEmpty { fills = v.map(\.color) }
        if let v = s.return_fill { returnFill = v.color }
        if let v = s.title_size?.points { title.size = max(5, v) }
        if let v = s.subtitle_size?.points { subtitle.size = max(4, v) }
        // Subtitles may hyphenate a word too long for its shape; titles never do.
        if let v = s.hyphenate_subtitles { subtitle.hyphenate = v }
    }

    struct Section: Decodable {
        struct StepEntry: Decodable { var title: String; var subtitle: String? }
        var steps: [StepEntry]?
        var return_label: String?
        var fill: FigureColor?
        var fills: [FigureColor]?
        var return_fill: FigureColor?
        var title_size: FigureLength?
        var subtitle_size: FigureLength?
        var hyphenate_subtitles: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case steps, return_label, fill, fills, return_fill, title_size, subtitle_size, hyphenate_subtitles
        }

        init(from decoder: Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            steps = try c.decodeIfPresent([StepEntry].self, forKey: .steps)
            return_label = try c.decodeIfPresent(String.self, forKey: .return_label)
            fill = try c.decodeIfPresent(FigureColor.self, forKey: .fill)
            fills = try c.decodeIfPresent([FigureColor].self, forKey: .fills)
            return_fill = try c.decodeIfPresent(FigureColor.self, forKey: .return_fill)
            title_size = try c.decodeIfPresent(FigureLength.self, forKey: .title_size)
            subtitle_size = try c.decodeIfPresent(FigureLength.self, forKey: .subtitle_size)
            hyphenate_subtitles = try c.decodeIfPresent(Bool.self, forKey: .hyphenate_subtitles)
        }
    }
}
