import IKEngine
import IKModel

extension PlanDocument {
    /// 4 Årets planerade kontrollmoment: the text, then per area and process a table of controls.
    func controlChapter(_ headings: inout PlanHeadings) -> [any Block] {
        chapterByAreaAndProcess(4, "Årets planerade kontrollmoment", plan.texts.controls, plan.controls, risks: \.risks,
                                &headings, table: controlTable)
    }

    /// Chapters 3 and 4: the chapter text, then a section per area (n.1 …) and per process (n.1.1 …),
    /// each with a table of the entries that treat the process's risks.
    func chapterByAreaAndProcess<Entry>(_ number: Int, _ title: String, _ text: Prose, _ entries: [Entry],
                                        risks: KeyPath<Entry, [Int]>, _ headings: inout PlanHeadings,
                                        table: ([Entry], PlanGrouping) -> Table) -> [any Block] {
        var out = chapter(number, title, &headings)
        out += prose(text)
        let grouping = PlanGrouping(plan: plan, order: styles.order)
        for (a, area) in grouping.byArea(entries, risks: { $0[keyPath: risks] }).enumerated() {
            out.append(headings.heading("\(number).\(a + 1)", area.area.name, level: 2))
            for (p, group) in area.processes.enumerated() {
                out.append(headings.heading("\(number).\(a + 1).\(p + 1)", group.process.name, level: 3))
                out.append(table(group.entries, grouping))
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
                           + parts.labelled("När utförs kontrollen?", c.when, first: false)
                           + (c.responsible.map { parts.labelled("Ansvarig", $0, first: false) } ?? [])),
            ])
        }
        let header = parts.header(["Risk", "Kontrollaktiviteter"])
        return parts.table(columns: parts.widths(styles.section.control_table, defaults: [33, 67]), header: header, rows: rows)
    }
}
