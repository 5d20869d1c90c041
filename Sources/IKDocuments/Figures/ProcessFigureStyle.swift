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
        let s = layout.section(Section.self)
        if let v = s.steps, !v.isEmpty { steps = v }
        if let v = s.return_label { returnLabel = v }
        if let v = s.fill { fills = [v] }
        if let v = s.fills, !v.isEmpty { fills = v }
        if let v = s.return_fill { returnFill = v }
        if let v = s.title_size { title.size = max(5, v) }
        if let v = s.subtitle_size { subtitle.size = max(4, v) }
        // Subtitles may hyphenate a word too long for its shape; titles never do.
        if let v = s.hyphenate_subtitles { subtitle.hyphenate = v }
    }

    /// `process_figure:` as written.
    struct Section: LayoutSection {
        static let key = "process_figure"
        static let keys = ["steps", "return_label", "fill", "fills", "return_fill", "title_size", "subtitle_size", "hyphenate_subtitles"]
        var steps: [Step]?
        var return_label: String?
        var fill: Color?
        var fills: [Color]?
        var return_fill: Color?
        var title_size: Double?
        var subtitle_size: Double?
        var hyphenate_subtitles: Bool?

        init() {}

        init(reading m: LayoutMap) {
            if let list = m.list("steps") {
                steps = list.enumerated().compactMap { i, node in
                    guard let e = LayoutMap(node, path: m.field("steps") + "[\(i)]", log: m.log, palette: m.palette, known: ["title", "subtitle"]) else { return nil }
                    guard let title = e.string("title") else {
                        if e.node("title") == nil { e.error(nil, "title is missing", hint: "write each step as {title: Mål, subtitle: \"Beslut, lagar, regler mm\"}") }
                        return nil
                    }
                    return Step(title: title, subtitle: e.string("subtitle") ?? "")
                }
            }
            return_label = m.string("return_label")
            fill = m.color("fill")
            fills = m.list("fills").map { $0.compactMap { LayoutValue(log: m.log, palette: m.palette).color($0, m.field("fills")) } }
            return_fill = m.color("return_fill")
            title_size = m.length("title_size", in: 4...48, what: "title size")
            subtitle_size = m.length("subtitle_size", in: 4...48, what: "subtitle size")
            hyphenate_subtitles = m.bool("hyphenate_subtitles")
        }
    }
}
