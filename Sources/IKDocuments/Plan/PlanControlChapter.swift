import IKEngine
import IKModel

extension PlanDocument {
    /// 4 Årets planerade kontrollmoment: the text, then per area and process a table of controls.
    func controlChapter(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(4, "Årets planerade kontrollmoment", &headings)
        out += prose(plan.texts.controls)
        let grouping = PlanGrouping(plan: plan)
        for (a, area) in grouping.byArea(plan.controls, risks: \.risks).enumerated() {
            out.append(headings.heading("4.\(a + 1)", area.area.name, level: 2))
            for (p, group) in area.processes.enumerated() {
                out.append(headings.heading("4.\(a + 1).\(p + 1)", group.process.name, level: 3))
                out.append(controlTable(group.entries, grouping))
            }
        }
        return out
    }

    /// Risk | Kontrollaktiviteter: the activity, then what, how and when it is checked.
    func controlTable(_ controls: [ControlActivity], _ grouping: PlanGrouping) -> Table {
        let rows = controls.map { c in
            TableRow([
                parts.cell(grouping.riskTitles(c.risks).map { parts.text($0) }),
                parts.cell([parts.text(c.activity, styles.cellStrong)]
                           + parts.labelled("Vad kontrolleras?", c.what, first: false)
                           + parts.labelled("Hur sker kontrollen?", c.how, first: false)
                           + parts.labelled("När utförs kontrollen?", c.when, first: false)),
            ])
        }
        let header = parts.header(["Risk", "Kontrollaktiviteter"])
        return parts.table(columns: parts.widths(styles.section.control_table?.columns, defaults: [33, 67]), header: header, rows: rows)
    }
}
