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
                let section = "\(number).\(a + 1).\(p + 1)"
                out.append(headings.heading(section, group.process.name, level: 3))
                var t = table(group.entries, grouping)
                // A table that runs onto a new page says whose it is there.
                t.continuationCaption = [headings.continued(section, group.process.name, level: 3)]
                out.append(t)
            }
        }
        return out
    }

    /// Risk | Kontrollaktiviteter: the activity, then what, how and when it is checked, and the samples and
    /// occasions the checklists are made from. Consecutive controls of the same risks share one risk cell,
    /// as in the adopted plan.
    func controlTable(_ controls: [ControlActivity], _ grouping: PlanGrouping) -> Table {
        var rows: [TableRow] = []
        var i = 0
        while i < controls.count {
            var run = 1
            while i + run < controls.count, controls[i + run].risks == controls[i].risks { run += 1 }
            for (k, c) in controls[i..<(i + run)].enumerated() {
                let activity = parts.cell([parts.text(c.activity, styles.cellStrong)]
                                          + parts.labelled("Vad kontrolleras?", c.what, first: false)
                                          + parts.labelled("Hur sker kontrollen?", c.how, first: false)
                                          + parts.labelled("När utförs kontrollen?", c.when, first: false)
                                          + parts.labelled(PlanScheduleWords.label(c), PlanScheduleWords.words(c), first: false)
                                          + (c.responsible.map { parts.labelled("Ansvarig", $0, first: false) } ?? []))
                rows.append(TableRow(k == 0 ? [parts.cell(parts.riskEntries(grouping.risks(c.risks)), rows: run), activity]
                                            : [activity], ruleBelow: k == run - 1))
            }
            i += run
        }
        let header = parts.header(["Risk", "Kontrollaktiviteter"])
        return parts.table(columns: parts.widths(styles.section.control_table, defaults: [33, 67]), header: header, rows: rows)
    }
}
