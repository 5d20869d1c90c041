import IKEngine
import IKModel

extension PlanDocument {
    /// 2 Urval av riskinventering: the text, the risk matrix, and the risk table grouped by process.
    func riskChapter(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(2, "Urval av riskinventering", &headings)
        out += prose(plan.texts.risks)
        out.append(Canvas(drawings.riskMatrix(plan.risks, width: styles.width), alignment: .center,
                          spaceBefore: 14, spaceAfter: 6, keepWithNext: true))
        out.append(Paragraph([TextSpan("Riskmatris: identifierade risker efter sannolikhet och konsekvens. Siffrorna är riskernas nummer.")],
                             style: styles.prose.caption, spaceAfter: 12, tag: "Caption"))
        if !plan.risks.isEmpty { out.append(riskTable()) }
        return out
    }

    /// Process/Rutin | Identifierad risk | Riskvärde | Risken hanteras; each risk followed by its consequence
    /// description in a row beneath, the pair kept on one page; the process named on its first risk.
    func riskTable() -> Table {
        var rows: [TableRow] = []
        for group in PlanGrouping(plan: plan).risksByProcess {
            for (i, risk) in group.entries.enumerated() {
                let process: [any Block] = i > 0 ? [] : [Paragraph(
                    [TextSpan(group.process.code.description, bold: true), TextSpan(" " + group.process.name)],
                    style: styles.cell, tag: "P")]
                rows.append(TableRow([
                    parts.cell(process),
                    parts.cell([Paragraph([TextSpan("\(risk.number)\u{2002}", bold: true), TextSpan(risk.title)], style: styles.cell, tag: "P")]),
                    parts.cell([Canvas(drawings.valueChip(risk.value), alignment: .center, tag: nil)]),
                    parts.cell([parts.text(risk.handled ? "Ja" : "Nej", styles.cell.with { $0.alignment = .center })]),
                ], keepWithNext: true))
                rows.append(TableRow([
                    parts.cell([]),
                    parts.cell(parts.labelled("Konsekvensbeskrivning", risk.consequenceDescription), span: 3),
                ]))
            }
        }
        let header = parts.header(["Process/Rutin", "Identifierad risk", "Riskvärde", "Risken hanteras"], centered: [2, 3])
        return parts.table(columns: styles.section.risk_table?.columns, defaults: [31, 41, 13, 15], header: header, rows: rows)
    }
}
