import IKEngine
import IKModel

extension PlanDocument {
    /// 2 Urval av riskinventering: the text, the risk matrix, and the risk table grouped by process.
    func riskChapter(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(2, "Urval av riskinventering", &headings)
        out += prose(plan.texts.risks)
        out.append(drawings.riskMatrix(plan.risks))
        out.append(Paragraph([TextSpan("Riskmatris: identifierade risker efter sannolikhet och konsekvens. Siffrorna är riskernas nummer.")],
                             style: styles.prose.caption, spaceAfter: 12, tag: .caption))
        if !plan.risks.isEmpty { out.append(riskTable()) }
        return out
    }

    /// Process/Rutin | Identifierad risk | Riskvärde | Risken hanteras; each risk followed by its consequence
    /// description in a row beneath, the pair kept on one page; the process named on its first risk.
    static let riskColumns: [Double] = [31, 41, 13, 15]

    func riskTable() -> Table {
        let columns = parts.widths(styles.section.risk_table, defaults: Self.riskColumns)
        // widths() returns exactly as many columns as riskColumns (4), whatever the layout gives, so [2] exists.
        let valueColumn = Table(columns: columns.map { .relative($0) }, rows: []).resolvedWidths(styles.width)[2] - styles.table.padding.horizontal
        var rows: [TableRow] = []
        for group in PlanGrouping(plan: plan, order: styles.order).risksByProcess {
            for (i, risk) in group.entries.enumerated() {
                let process: [any Block] = i > 0 ? [] : [Paragraph(
                    [TextSpan(group.process.code.description, bold: true), TextSpan(" " + group.process.name)],
                    style: styles.cell, tag: .paragraph)]
                // The process cell spans the risk and its consequence, so a long process name needs no extra room.
                rows.append(TableRow([
                    parts.cell(process, rows: 2),
                    parts.cell([Paragraph([TextSpan("\(risk.number)\u{2002}", bold: true), TextSpan(risk.title)], style: styles.cell, tag: .paragraph)]),
                    parts.cell([drawings.valueChip(risk.value, columnWidth: valueColumn)]),
                    parts.cell([parts.text(risk.handled ? "Ja" : "Nej", styles.cell.with { $0.alignment = .center })]),
                ], keepWithNext: true, ruleBelow: false))
                rows.append(TableRow([
                    parts.cell(parts.labelled("Konsekvensbeskrivning", risk.consequenceDescription), span: 3),
                ], ruleBelow: i == group.entries.count - 1))
            }
        }
        let header = parts.header(["Process/Rutin", "Identifierad risk", "Riskvärde", "Risken hanteras"], centered: [2, 3])
        return parts.table(columns: columns, header: header, rows: rows)
    }
}
