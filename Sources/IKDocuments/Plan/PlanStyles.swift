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
    /// `plan.unknown`: what a value the plan does not know prints as (a risk's value, "Risken hanteras").
    let unknownText: String
    let coverRule: Stroke?
    let width: Double                        // the text column

    init(layout: LayoutFile) throws {
        // Every missing style at once, rather than the first of them.
        try layout.requireStyles(["body", "h1", "h2", "h3", "cover_title", "cell"])
        try layout.refuseUnknownPlaceholders(PlanDocument.fieldNames, document: "plan")
        prose = try ProseStyles(layout: layout)
        let body = try layout.style("body")
        self.body = body
        section = layout.section(PlanSection.self)
        order = section.order ?? .plan
        unknownText = section.unknown ?? "–"
        let spacing = section.headings ?? [:]
        headings = try [("h1", 0.0, 10.0), ("h2", 16, 6), ("h3", 12, 5)].map { name, before, after in
            Heading(style: try layout.style(name), before: spacing[name]?.before ?? before,
                    after: spacing[name]?.after ?? after)
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
        coverRule = (section.cover?.rule).flatMap { $0 }
        width = layout.page.body.width
    }

    func heading(_ level: Int) -> Heading { headings[max(1, min(level, headings.count)) - 1] }
}
