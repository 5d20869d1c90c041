import IKEngine

/// The layout file's `plan:` section, as written; every key has a default, applied where it is used.
struct PlanSection: LayoutSection {
    static let key = "plan"
    static let keys = ["order", "unknown", "chapters_on_new_page", "foreword_on_new_page", "headings", "cover", "contents", "table_spacing",
                       "risk_table", "action_table", "control_table"]

    /// Space above and below a heading or a table.
    struct Spacing: Sendable { var before: Double?; var after: Double? }
    struct Cover: Sendable {
        /// From the top of the text area to the title.
        var top: Double?
        var logo_height: Double?
        /// The logo's height in a header slot that asks for it.
        var header_logo_height: Double?
        /// The rule under the title; `.some(nil)` for none.
        var rule: Stroke??
    }
    struct Contents: Sendable {
        var title: String?
        /// Headings down to this level are listed.
        var levels: Int?
        /// Indent per level, and the width kept for the number.
        var indent: Double?
        var number_width: Double?
        /// Space above the entries of a level.
        var spacing: [Int: Double]?
    }

    /// `plan` (the plan file's order, as adopted) or `klassa` (processes by code).
    var order: PlanOrder?
    /// What a value the plan does not know prints as; "–" unless given ("uppgift saknas").
    var unknown: String?
    /// Each numbered chapter starts a page.
    var chapters_on_new_page: Bool?
    /// The foreword (1.1) starts a page.
    var foreword_on_new_page: Bool?
    /// Space around `h1`, `h2`, `h3`.
    var headings: [String: Spacing]?
    var cover: Cover?
    var contents: Contents?
    var table_spacing: Spacing?
    /// Relative column widths of the three tables, checked to be as many as the table has columns.
    var risk_table: [Double]?
    /// `risk_table.previous`: the risk table adds last year's value and the trend (two columns) for a plan
    /// whose risks give `previous`. Off unless given: the adopted plan prints neither.
    var risk_table_previous: Bool?
    var action_table: [Double]?
    var control_table: [Double]?

    init() {}

    init(reading m: LayoutMap) {
        if let text = m.string("order") {
            order = PlanOrder(rawValue: text)
            if order == nil {
                m.error("order", "unknown order \"\(text)\"", hint: "order is plan (as the plan file lists risks and processes) or klassa (by KLASSA code)")
            }
        }
        unknown = m.string("unknown")
        chapters_on_new_page = m.bool("chapters_on_new_page")
        foreword_on_new_page = m.bool("foreword_on_new_page")
        func spacing(_ s: LayoutMap?) -> Spacing? { s.map { Spacing(before: $0.length("before"), after: $0.length("after")) } }
        if let h = m.map("headings", known: ["h1", "h2", "h3"]) {
            var out: [String: Spacing] = [:]
            for level in ["h1", "h2", "h3"] { out[level] = spacing(h.map(level, known: ["before", "after"])) }
            headings = out
        }
        if let c = m.map("cover", known: ["top", "logo_height", "header_logo_height", "rule"]) {
            cover = Cover(top: c.length("top"), logo_height: c.length("logo_height"),
                          header_logo_height: c.length("header_logo_height"), rule: c.stroke("rule"))
        }
        if let c = m.map("contents", known: ["title", "levels", "indent", "number_width", "spacing"]) {
            var spacing: [Int: Double]?
            if let s = c.map("spacing", known: ["1", "2", "3"]) {
                spacing = [:]
                for level in 1...3 { spacing?[level] = s.length(String(level)) }
            }
            contents = Contents(title: c.string("title"), levels: c.int("levels", in: 1...3), indent: c.length("indent"),
                                number_width: c.length("number_width"), spacing: spacing)
        }
        table_spacing = spacing(m.map("table_spacing", known: ["before", "after"]))
        // Read first: it decides how many widths `columns` must give (4, or 6 with last year and the trend).
        let risks = m.map("risk_table", known: ["columns", "previous"])
        risk_table_previous = risks?.bool("previous")
        // A `previous` that is not true or false is its own error: then either count of widths is taken.
        let unreadable = risks?.node("previous") != nil && risk_table_previous == nil
        risk_table = Self.columns(risks, count: risk_table_previous == true ? 6 : 4, alsoAllowed: unreadable ? 6 : nil,
                                  extra: risk_table_previous == true ? " (with previous: true, last year's value and the trend are columns too)" : "")
        action_table = Self.columns(m.map("action_table", known: ["columns"]), count: 4)
        control_table = Self.columns(m.map("control_table", known: ["columns"]), count: 2)
    }

    /// `{columns: [29, 46, 13, 12]}` (the table's mapping, read already): relative widths, as many as the table
    /// has columns, none too narrow for a letter (at least 5% of their sum).
    static func columns(_ table: LayoutMap?, count: Int, alsoAllowed: Int? = nil, extra: String = "") -> [Double]? {
        guard let t = table, let list = t.list("columns") else { return nil }
        let example = "[\(Array(repeating: "1", count: count).joined(separator: ", "))]"
        let widths = list.compactMap { LayoutValue(log: t.log, palette: t.palette).number($0, t.field("columns"), in: -1e6...1e6) }
        guard widths.count == list.count else { return nil }
        guard widths.count == count || widths.count == alsoAllowed else {
            t.error("columns", "\(widths.count) widths given, the table has \(count) columns\(extra)", hint: "give \(count) relative widths, e.g. \(example)")
            return nil
        }
        let total = widths.reduce(0, +)
        guard widths.allSatisfy({ $0 > 0 && $0 >= total * 0.05 }) else {
            t.error("columns", "\(widths) are relative widths: each must be positive and at least 5% of their sum",
                    hint: "e.g. \(example) for equal columns")
            return nil
        }
        return widths
    }
}
