import IKEngine
import IKModel

extension PlanDocument {
    /// 3 Årets förebyggande åtgärder: the text, then per area (3.1 …) and process (3.1.1 …) a table of actions.
    func actionChapter(_ headings: inout PlanHeadings) -> [any Block] {
        chapterByAreaAndProcess(3, "Årets förebyggande åtgärder", plan.texts.actions, plan.actions, risks: \.risks,
                                &headings, table: actionTable)
    }

    /// Risk | Förebyggande åtgärder | Status | Slutdatum, and "Önskad effekt" beneath each action.
    func actionTable(_ actions: [PreventiveAction], _ grouping: PlanGrouping) -> Table {
        var rows: [TableRow] = []
        for action in actions {
            rows.append(TableRow([
                parts.cell(parts.riskEntries(grouping.risks(action.risks)), rows: 2),
                parts.cell([parts.text(action.description)]),
                // The note goes with the badge: "Pågående" and "med avvikelse" are one status to the board.
                parts.cell([drawings.statusBadge(action.status)]
                           + (action.statusNote.map { [parts.text($0, styles.cell.with { $0.hyphenate = false }, spaceBefore: 2)] } ?? [])),
                parts.cell([parts.text(action.endDate.description, styles.cell.with { $0.hyphenate = false })]),
            ], keepWithNext: true, ruleBelow: false))
            let responsible = action.responsible.map { parts.labelled("Ansvarig", $0, first: false) } ?? []
            rows.append(TableRow([parts.cell(parts.labelled("Önskad effekt", action.desiredEffect) + responsible, span: 3)]))
        }
        let header = parts.header(["Risk", "Förebyggande åtgärder", "Status", "Slutdatum"])
        return parts.table(columns: parts.widths(styles.section.action_table, defaults: [28, 42, 16, 14]), header: header, rows: rows)
    }
}
