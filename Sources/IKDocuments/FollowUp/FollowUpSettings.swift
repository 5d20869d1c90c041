import IKEngine

/// The `followup:` section of a layout file: the result badges' colours, the charts' colours and measures, the
/// room left for the controllers' comment. Every key is optional; Layouts/followup-ange.yaml gives them all.
struct FollowUpSettings: LayoutSection {
    /// Fill and words' colour of the result badges; the words are on every badge, colour only helps.
    var noRemark = BadgeColors(fill: Color(r: 0.827, g: 0.925, b: 0.835))
    var deviation = BadgeColors(fill: Color(r: 0.984, g: 0.851, b: 0.776))
    var notDone = BadgeColors(fill: Color(r: 0.890, g: 0.902, b: 0.918))
    /// Bars: performed without remark, performed with a deviation, planned and not (yet) performed (an outline).
    var barDone = Color(r: 0.122, g: 0.306, b: 0.475)
    var barDeviation = Color(r: 0.878, g: 0.478, b: 0.216)
    var barOpen = Color(r: 0.604, g: 0.655, b: 0.706)
    /// The status bars: at adoption (light) and now (dark).
    var barBefore = Color(r: 0.741, g: 0.800, b: 0.859)
    var barNow = Color(r: 0.122, g: 0.306, b: 0.475)
    var barHeight = 9.0
    /// Ruled lines left for the controllers' comment when the file has none.
    var commentLines = 6
    /// Relative widths of the occasion table: Tillfälle, Utfört, Resultat, Iakttagelser.
    var controlColumns: [Double] = [16, 13, 17, 54]
    /// Relative widths of the action table: Åtgärd, Slutdatum, Vid antagandet, Nu, Kommentar.
    var actionColumns: [Double] = [29, 14, 15, 15, 27]

    static let key = "followup"
    static let keys = ["results", "bars", "bar_height", "comment_lines", "control_columns", "action_columns"]

    init() {}

    init(reading m: LayoutMap) {
        if let r = m.map("results", known: ["utan anmärkning", "avvikelse", "ej utförd"]) {
            func colors(_ key: String, _ current: BadgeColors) -> BadgeColors {
                guard let c = r.map(key, known: ["fill", "text"]) else { return current }
                let fill = c.color("fill") ?? current.fill
                return BadgeColors(fill: fill, text: c.color("text"))
            }
            noRemark = colors("utan anmärkning", noRemark)
            deviation = colors("avvikelse", deviation)
            notDone = colors("ej utförd", notDone)
        }
        if let b = m.map("bars", known: ["done", "deviation", "open", "before", "now"]) {
            if let c = b.color("done") { barDone = c }
            if let c = b.color("deviation") { barDeviation = c }
            if let c = b.color("open") { barOpen = c }
            if let c = b.color("before") { barBefore = c }
            if let c = b.color("now") { barNow = c }
        }
        if let v = m.length("bar_height", in: 4...30, what: "a bar") { barHeight = v }
        if let v = m.int("comment_lines", in: 0...30) { commentLines = v }
        if let v = widths(m, "control_columns", count: 4, example: "[16, 13, 17, 54]") { controlColumns = v }
        if let v = widths(m, "action_columns", count: 5, example: "[29, 14, 15, 15, 27]") { actionColumns = v }
    }

    private func widths(_ m: LayoutMap, _ key: String, count: Int, example: String) -> [Double]? {
        guard let list = m.list(key) else { return nil }
        let widths = list.compactMap { $0.string.flatMap(Double.init) }.filter { $0 > 0 && $0.isFinite && $0 <= 1000 }
        guard widths.count == count, list.count == count else {
            m.error(key, "expected \(count) positive widths", hint: "for example \(example)")
            return nil
        }
        return widths
    }

    func colors(_ outcome: FollowUpOutcome) -> BadgeColors {
        switch outcome {
        case .noRemark: return noRemark
        case .deviation: return deviation
        case .notDone: return notDone
        }
    }
}
