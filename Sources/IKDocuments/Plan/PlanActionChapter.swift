import IKEngine
import IKModel

extension PlanDocument {
    /// 3 Årets förebyggande åtgärder: the text, then per area (3.1 …) and process (3.1.1 …) a table of actions.
    func actionChapter(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(3, "Årets förebyggande åtgärder", &headings)
        out += prose(plan.texts.actions)
        let grouping = PlanGrouping(plan: plan)
        for (a, area) in grouping.byArea(plan.actions, risks: \.risks).enumerated() {
            out.append(headings.heading("3.\(a + 1)", area.area.name, level: 2))
            for (p, group) in area.processes.enumerated() {
                out.append(headings.heading("3.\(a + 1).\(p + 1)", group.process.name, level: 3))
                out.append(actionTable(group.entries, grouping))
            }
        }
        return out
    }

    /// Risk | Förebyggande åtgärder | Status | Slutdatum, and "Önskad effekt" beneath each action.
    func actionTable(_ actions: [PreventiveAction], _ grouping: PlanGrouping) -> Table {
        var rows: [TableRow] = []
        for action in actions {
            rows.append(TableRow([
                parts.cell(grouping.riskTitles(action.risks).map { parts.text($0) }, rows: 2),
                parts.cell([parts.text(action.description)]),
                parts.cell([drawings.statusBadge(action.status)]),
                parts.cell([parts.text(action.endDate.description, styles.cell.with { $0.hyphenate = false })]),
            ], keepWithNext: true, ruleBelow: false))
            rows.append(TableRow([parts.cell(parts.labelled("Önskad effekt", action.desiredEffect), span: 3)]))
        }
        let header = parts.header(["Risk", "Förebyggande åtgärder", "Status", "Slutdatum"])
        return parts.table(columns: parts.widths(styles.section.action_table?.columns, defaults: [28, 42, 16, 14]), header: header, rows: rows)
    }
}
