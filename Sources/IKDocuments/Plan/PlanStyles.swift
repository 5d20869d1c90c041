import IKEngine

/// Everything the plan document reads from its layout file, resolved once: text styles, the table style
/// and the `plan:` section (the figures read `matrix:` and `badges:` themselves). A missing style is an error naming it.
struct PlanStyles {
    struct Heading { var style: TextStyle; var before: Double; var after: Double }

    let prose: ProseStyles
    let body: TextStyle
    let headings: [Heading]                 // h1, h2, h3
    let signatureLabel: TextStyle
    let signature: TextStyle
    let coverTitle: TextStyle, coverBoard: TextStyle, coverMunicipality: TextStyle, coverMeta: TextStyle
    let tocTitle: TextStyle
    let tocLevels: [TextStyle]
    let tableHead: TextStyle, cell: TextStyle, cellStrong: TextStyle, cellLabel: TextStyle
    let table: TableStyle
    let section: PlanSection
    /// `plan.order`: the adopted plan's order (default) or KLASSA order.
    let order: PlanOrder
    let detailFill: Color?
    let coverRule: Stroke?
    let width: Double                        // the text column

    init(layout: LayoutFile) throws {
        prose = try ProseStyles(layout: layout)
        let body = try layout.style("body")
        self.body = body
        section = try layout.optionalSection("plan", as: PlanSection.self) ?? PlanSection()
        // A column list of the wrong length would silently fall back to the defaults: say so instead.
        for (key, table, count) in [("risk_table", section.risk_table, 4), ("action_table", section.action_table, 4),
                                    ("control_table", section.control_table, 2)] {
            if let columns = table?.columns, columns.count != count {
                throw LayoutFileError(url: layout.url, line: nil,
                                      message: "plan.\(key).columns: \(columns.count) widths given, the table has \(count) columns",
                                      hint: "give \(count) relative widths, e.g. [\(Array(repeating: "1", count: count).joined(separator: ", "))]")
            }
        }
        if let text = section.order, PlanOrder(rawValue: text) == nil {
            throw LayoutFileError(url: layout.url, line: nil, message: "plan.order: unknown order \"\(text)\"",
                                  hint: "order is plan (as the plan file lists risks and processes) or klassa (by KLASSA code)")
        }
        order = section.order.flatMap(PlanOrder.init(rawValue:)) ?? .plan
        let spacing = section.headings ?? [:]
        headings = try [("h1", 0.0, 10.0), ("h2", 16, 6), ("h3", 12, 5)].map { name, before, after in
            Heading(style: try layout.style(name), before: spacing[name]?.before?.points ?? before,
                    after: spacing[name]?.after?.points ?? after)
        }
        signatureLabel = layout.style("signature_label", or: body.with { $0.italic = true })
        signature = layout.style("signature", or: body)
        coverTitle = try layout.style("cover_title")
        coverBoard = layout.style("cover_board", or: body.with { $0.size = 18 })
        coverMunicipality = layout.style("cover_municipality", or: coverTitle.with { $0.size = 22 })
        coverMeta = layout.style("cover_meta", or: body)
        tocTitle = layout.style("toc_title", or: headings[0].style)   // headings is built from the fixed names h1…h3
        tocLevels = ["toc_1", "toc_2", "toc_3"].map { layout.style($0, or: body) }
        let cell = try layout.style("cell")
        self.cell = cell
        tableHead = layout.style("table_head", or: cell.with { $0.bold = true })
        cellStrong = layout.style("cell_strong", or: cell.with { $0.bold = true })
        cellLabel = layout.style("cell_label", or: cellStrong)
        table = try layout.tables["plan"] ?? layout.table("default")
        detailFill = try section.detail_fill.map(layout.resolve)
        coverRule = try layout.resolve(section.cover?.rule)
        width = layout.page.body.width
    }

    func heading(_ level: Int) -> Heading { headings[max(1, min(level, headings.count)) - 1] }

}

struct StatusColors { var fill: Color; var text: Color }

struct StatusSection: Decodable { var fill: LayoutColor; var text: LayoutColor }

/// The layout file's `plan:` section; every key has a default.
struct PlanSection: Decodable {
    struct Spacing: Decodable { var before: LayoutLength?; var after: LayoutLength? }
    struct Cover: Decodable { var top: LayoutLength?; var logo_height: LayoutLength?; var header_logo_height: LayoutLength?; var rule: LayoutStroke? }
    struct Contents: Decodable {
        var title: String?; var levels: Int?; var indent: LayoutLength?; var number_width: LayoutLength?
        var spacing: [Int: LayoutLength]?
    }
    struct Columns: Decodable {
        var columns: [Double]?
        enum CodingKeys: String, CodingKey { case columns }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            columns = try c.decodeIfPresent([Double].self, forKey: .columns)
            // Relative widths: a zero, negative or tiny share gives a column too narrow for a single letter.
            if let columns {
                let total = columns.reduce(0, +)
                guard columns.allSatisfy({ $0.isFinite && $0 > 0 }), columns.allSatisfy({ $0 >= total * 0.05 }) else {
                    throw DecodingError.dataCorruptedError(forKey: .columns, in: c, debugDescription:
                        "\(columns) are relative widths: each must be positive and at least 5% of their sum")
                }
            }
        }
    }

    /// `plan` (the plan file's order, as adopted) or `klassa` (processes by code).
    var order: String?
    var chapters_on_new_page: Bool?
    var foreword_on_new_page: Bool?
    var headings: [String: Spacing]?
    var cover: Cover?
    var contents: Contents?
    var table_spacing: Spacing?
    var risk_table: Columns?
    var action_table: Columns?
    var control_table: Columns?
    var detail_fill: LayoutColor?
}
