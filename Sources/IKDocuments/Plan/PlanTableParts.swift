import IKEngine
import IKModel

/// Cells and rows shared by the plan's three tables.
struct PlanTableParts {
    let styles: PlanStyles

    func text(_ s: String, _ style: TextStyle? = nil, spaceBefore: Double = 0) -> Paragraph {
        Paragraph([TextSpan(s)], style: style ?? styles.cell, spaceBefore: spaceBefore, tag: .paragraph, minLines: 2)
    }

    func cell(_ blocks: [any Block], span: Int = 1, rows: Int = 1, fill: Color? = nil) -> TableCell {
        TableCell(blocks, columnSpan: span, rowSpan: rows, fill: fill)
    }

    /// The risk cell of chapters 3 and 4: "Risk 9: Plan för återgång …", one paragraph per risk with space
    /// between them, numbered as in the risk table so the two can be matched.
    func riskEntries(_ risks: [Risk]) -> [any Block] {
        risks.enumerated().map { i, risk in
            Paragraph([TextSpan("Risk \(risk.number):", bold: true), TextSpan(" " + risk.title)], style: styles.cell,
                      spaceBefore: i == 0 ? 0 : 8, tag: .paragraph, minLines: 2)
        }
    }

    /// A bold label and its text beneath ("Konsekvensbeskrivning", "Önskad effekt", "Vad kontrolleras?").
    func labelled(_ label: String, _ text: String, first: Bool = true) -> [any Block] {
        [Paragraph([TextSpan(label)], style: styles.cellLabel, spaceBefore: first ? 0 : 5, keepWithNext: true, minLines: 1),
         Paragraph([TextSpan(text)], style: styles.cell, spaceBefore: 1)]
    }

    /// The header row, repeated on every page the table continues on.
    func header(_ titles: [String], centered: Set<Int> = []) -> TableRow {
        TableRow(titles.enumerated().map { i, t in
            let style = centered.contains(i) ? styles.tableHead.with { $0.alignment = .center } : styles.tableHead
            return TableCell([Paragraph([TextSpan(t)], style: style, tag: .paragraph, minLines: 1)])
        })
    }

    /// The layout's relative column widths when it gives the right number of them, else the defaults.
    func widths(_ columns: [Double]?, defaults: [Double]) -> [Double] {
        ((columns?.count == defaults.count ? columns : nil) ?? defaults).map { max(0.01, $0) }
    }

    func table(columns widths: [Double], header: TableRow, rows: [TableRow]) -> Table {
        let spacing = styles.section.table_spacing
        return Table(columns: widths.map { .relative($0) }, header: [header], rows: rows, style: styles.table,
                     spaceBefore: spacing?.before ?? 6, spaceAfter: spacing?.after ?? 10)
    }
}
