import IKEngine

/// The text styles, rules and fills of the checklists, from a layout file. Only `body` is required; the
/// others fall back on the plan's names (`cell`, `table_head`, `h1`…) and then on `body`, so the plan's
/// layouts (the grayscale one too) print checklists as well.
struct ChecklistStyles {
    var body: TextStyle
    /// The sheet's title: the control activity.
    var title: TextStyle
    /// The small line above the title: "Kontrollmoment K3 · T2 2026".
    var kicker: TextStyle
    /// Head labels ("Vad kontrolleras?") and values.
    var label: TextStyle
    var cell: TextStyle
    var tableHead: TextStyle
    /// The seed, population and SHA-256 lines.
    var small: TextStyle
    var overviewTitle: TextStyle
    /// Month names and ids in the overview and the wheel.
    var mark: TextStyle
    var table: TableStyle
    /// Rules, check boxes and write-in lines: black or near-black, so copies keep them.
    var rule: Stroke
    /// The light fill of header rows and of T2 in the overview (photocopies as a pale gray).
    var shade: Color

    init(layout: LayoutFile) throws {
        try layout.refuseUnknownPlaceholders(ChecklistDocument.fieldNames, document: "checklists")
        let b = try layout.style("body")
        body = b
        let cellFallback = layout.style("cell", or: b.with { $0.size = max(6, b.size - 1) })
        let c = layout.style("checklist_cell", or: cellFallback).with { $0.alignment = .left }
        cell = c
        title = layout.style("checklist_title", or: layout.style("h2", or: b.with { $0.size = b.size + 4; $0.bold = true })).with { $0.hyphenate = false }
        kicker = layout.style("checklist_kicker", or: b.with { $0.size = max(6, b.size - 1.5); $0.bold = true })
        label = layout.style("checklist_label", or: layout.style("cell_label", or: c.with { $0.bold = true })).with { $0.hyphenate = false }
        tableHead = layout.style("table_head", or: c.with { $0.bold = true }).with { $0.hyphenate = false }
        small = layout.style("checklist_small", or: c.with { $0.size = max(6, c.size - 1.5); $0.hyphenate = false })
        overviewTitle = layout.style("checklist_overview_title", or: layout.style("h1", or: b.with { $0.size = b.size + 7; $0.bold = true })).with { $0.hyphenate = false }
        mark = layout.style("checklist_mark", or: c.with { $0.size = max(6, c.size - 2); $0.hyphenate = false })
        let ink = layout.colors["rule"] ?? layout.colors["text"] ?? b.color
        rule = Stroke(color: ink, width: 0.7)
        shade = layout.colors["shade"] ?? layout.colors["faint"] ?? Color(r: 0.9, g: 0.9, b: 0.9)
        table = layout.tables["checklist"] ?? layout.tables["plan"]
            ?? TableStyle(padding: Insets(vertical: 3, horizontal: 4), rowRule: rule, headerRule: Stroke(color: ink, width: 1.2),
                          columnRule: rule, border: rule, headerFill: shade)
    }
}
