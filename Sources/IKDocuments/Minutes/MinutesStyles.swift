import IKEngine

/// The named text styles a minutes layout file gives: `title`, `item`, `subheading`, `body`, `label`,
/// `small`, `role`; `title`, `item` and `body` are required, the others derive from `body`.
struct MinutesStyles {
    var title: TextStyle
    var item: TextStyle
    var subheading: TextStyle
    var body: TextStyle
    var label: TextStyle
    var small: TextStyle
    /// The role beneath a signature line.
    var role: TextStyle
    /// The facts table (Datum, Plats, Deltagare): `tables.facts`, else one without rules.
    var facts: TableStyle
    /// Signature and write-in lines, footer boxes.
    var rule: Stroke

    init(layout: LayoutFile) throws {
        try layout.requireStyles(["body", "title", "item"])
        try layout.refuseUnknownPlaceholders(MinutesDocument.fieldNames, document: "minutes")
        let b = try layout.style("body")
        body = b
        title = try layout.style("title")
        item = try layout.style("item")
        subheading = layout.style("subheading", or: b.with { $0.bold = true })
        label = layout.style("label", or: b.with { $0.bold = true })
        small = layout.style("small", or: b.with { $0.size = max(6, b.size - 3) })
        role = layout.style("role", or: b.with { $0.size = max(6, b.size - 1.5) })
        facts = layout.tables["facts"] ?? TableStyle(padding: Insets(top: 2, right: 8, bottom: 2, left: 0), rowRule: nil, headerRule: nil)
        rule = Stroke(color: layout.colors["rule"] ?? b.color, width: 0.6)
    }
}
