import IKEngine
import IKModel

/// 3 Kontrollmoment: from T2 on, the year's overview with the tertials side by side; then per area and process,
/// in the plan's order, each occasion of this tertial with its result badge in words, what was found, the
/// deviations and the corrective actions decided.
extension FollowUpDocument {
    func controlSection(_ headings: inout PlanHeadings) -> [any Block] {
        var out: [any Block] = [headings.heading("3", "Kontrollmoment", level: 2)]
        let scope = occasionsInScope
        out.append(Paragraph([TextSpan("Varje kontrolltillfälle som enligt planen ska vara utfört under tertial \(tertial) (\(months)), med dess resultat. Ett tillfälle som inte har rapporterats står som Ej utförd.")],
                             style: styles.body, spaceAfter: 4, keepWithNext: true))
        if tertial > 1 { out.append(yearOverview()) }
        let grouping = PlanGrouping(plan: plan, order: styles.order)
        let controls = plan.controls.indices.filter { i in scope.contains { $0.controlIndex == i } }
        for (a, area) in grouping.byArea(controls, risks: { plan.controls[$0].risks }).enumerated() {
            out.append(headings.heading("3.\(a + 1)", area.area.name, level: 3))
            for group in area.processes {
                let title = "\(group.process.code) \(group.process.name)"
                out.append(Paragraph([TextSpan(title)], style: styles.cellLabel.with { $0.size = styles.body.size }, spaceBefore: 6, spaceAfter: 2,
                                     keepWithNext: true, minLines: 1))
                for index in group.entries {
                    guard var t = occasionTable(index, scope: scope) else { continue }
                    t.continuationCaption = [Paragraph([TextSpan("\(title) (forts.)")], style: styles.cellLabel, spaceAfter: 3, tag: .paragraph, minLines: 1)]
                    out.append(t)
                }
            }
        }
        return out
    }

    /// The result badge: a pill with the result in words.
    func resultBadge(_ outcome: FollowUpOutcome) -> any Block {
        let c = settings.colors(outcome)
        return PillBlock(pill: Pill(text: outcome.label, fill: c.fill, textColor: c.text, style: drawings.badgeStyle.badge), line: styles.cell)
    }

    /// One control's occasions: its name and the column titles as the header (repeated where the table runs onto
    /// a new page, so an occasion is never without its control), then Tillfälle | Utfört | Resultat | Iakttagelser,
    /// a row per occasion and one per corrective action.
    func occasionTable(_ index: Int, scope: [Occasion]) -> Table? {
        let control = plan.controls[index]
        let occasions = scope.filter { $0.controlIndex == index }
        guard !occasions.isEmpty else { return nil }
        let plain = styles.cell.with { $0.hyphenate = false }
        var rows: [TableRow] = []
        for o in occasions {
            let r = result(o)
            let corrective = r?.correctiveActions ?? []
            rows.append(TableRow([
                parts.cell([parts.text(o.period == .undated ? "Utan datum" : o.period.printed(year: plan.info.year), plain)]),
                parts.cell(r.map { [parts.text($0.date.description, plain)] } ?? []),
                parts.cell([resultBadge(FollowUpYear.outcome(r))]),
                parts.cell(findings(r, control: control)),
            ], keepWithNext: !corrective.isEmpty, ruleBelow: corrective.isEmpty))
            for (k, c) in corrective.enumerated() {
                let last = k == corrective.count - 1
                rows.append(TableRow(correctiveCells(c), keepWithNext: !last, ruleBelow: last))
            }
        }
        let name = Paragraph([TextSpan("\(plan.controlID(at: index)) \(control.activity)", bold: true),
                              TextSpan(" · " + riskWords(control.risks), size: max(7, styles.cell.size - 1))],
                             style: styles.cell.with { $0.color = styles.tableHead.color }, tag: .paragraph, minLines: 2)
        let nameRow = TableRow([TableCell([name], columnSpan: 4, fill: layout.colors["control_fill"])], ruleBelow: false)
        let titles = parts.header(["Tillfälle", "Utfört", "Resultat", "Iakttagelser"])
        let spacing = styles.section.table_spacing
        return Table(columns: parts.widths(settings.controlColumns, defaults: [16, 13, 17, 54]).map { .relative($0) },
                     header: [nameRow, titles], rows: rows, style: styles.table,
                     spaceBefore: spacing?.before ?? 4, spaceAfter: 8)
    }

    func riskWords(_ numbers: [Int]) -> String {
        "Risk " + numbers.map(String.init).joined(separator: ", ")
    }

    /// What the occasion found: the samples in a line, each deviating sample, the deviations, the conclusion.
    func findings(_ r: ControlResult?, control: ControlActivity) -> [any Block] {
        guard let r else { return [parts.text("Inte rapporterad.", styles.cell.with { $0.italic = true })] }
        var out: [any Block] = []
        if !r.samples.isEmpty {
            let bad = r.samples.filter { $0.result == .deviation }.count
            out.append(parts.text("\(r.samples.count) stickprov, \(bad == 0 ? "inget" : String(bad)) med avvikelse" + (r.controller.map { " · \($0)" } ?? "")))
        } else if let who = r.controller {
            out.append(parts.text(who))
        }
        for d in r.deviations {
            out.append(Paragraph([TextSpan("Avvikelse: ", bold: true), TextSpan(d)], style: styles.cell, spaceBefore: 2, tag: .paragraph, minLines: 2))
        }
        for s in r.samples where s.result == .deviation {
            let unit = s.unit.map { " (\($0))" } ?? ""
            out.append(parts.text("Stickprov \(s.number)\(unit)" + (s.comment.map { ": \($0)" } ?? ""), styles.cell.with { $0.size = max(7, styles.cell.size - 1) }, spaceBefore: 2))
        }
        if let c = r.conclusion { out.append(parts.text(c, styles.cell, spaceBefore: out.isEmpty ? 0 : 2)) }
        return out
    }

    /// A corrective action under its occasion: "Korrigerande åtgärd" across Tillfälle and Utfört, its status
    /// badge under Resultat, what, who and by when under Iakttagelser.
    func correctiveCells(_ c: CorrectiveAction) -> [TableCell] {
        [parts.cell([parts.text("Korrigerande åtgärd", styles.cellLabel.with { $0.hyphenate = false })], span: 2),
         parts.cell([drawings.statusBadge(c.status)] + (c.statusNote.map { [parts.text($0, styles.cell.with { $0.hyphenate = false }, spaceBefore: 2)] } ?? [])),
         parts.cell([parts.text(c.what), parts.text("Ansvarig: \(c.who), senast \(c.by)", styles.cell.with { $0.size = max(7, styles.cell.size - 1) }, spaceBefore: 2)])]
    }

    /// From T2 on: each control's occasions of the year so far, the tertials side by side.
    func yearOverview() -> Table {
        let plain = styles.cell.with { $0.hyphenate = false }
        var rows: [TableRow] = []
        for index in plan.controls.indices {
            let occasions = plan.occasions.filter { $0.controlIndex == index }
            var cells = [parts.cell([parts.text("\(plan.controlID(at: index)) \(plan.controls[index].activity)", plain)])]
            for t in 1...3 {
                guard t <= tertial else { cells.append(parts.cell([])); continue }
                let due = occasions.filter { FollowUpYear.tertial(of: $0) == t }
                let undated = occasions.filter { $0.due == nil && year.result($0, in: t) != nil }
                let all = due + undated
                guard !all.isEmpty else { cells.append(parts.cell([parts.text("–", plain)])); continue }
                let outcomes = all.map { o in FollowUpYear.outcome(o.due == nil ? year.result(o, in: t) : year.result(o)) }
                cells.append(parts.cell(tallyBadges(outcomes)))
            }
            rows.append(TableRow(cells))
        }
        let header = parts.header(["Kontrollmoment", "T1", "T2", "T3"])
        var table = parts.table(columns: [40, 20, 20, 20], header: header, rows: rows)
        table.spaceAfter = 10
        return table
    }

    /// One badge per outcome that occurs, with its count when more than one: "Utan anmärkning 3".
    func tallyBadges(_ outcomes: [FollowUpOutcome]) -> [any Block] {
        [FollowUpOutcome.noRemark, .deviation, .notDone].compactMap { kind in
            let n = outcomes.filter { $0 == kind }.count
            guard n > 0 else { return nil }
            let c = settings.colors(kind)
            return PillBlock(pill: Pill(text: n > 1 ? "\(kind.label) \(n)" : kind.label, fill: c.fill, textColor: c.text, style: drawings.badgeStyle.badge),
                             line: styles.cell, spaceAfter: 2)
        }
    }
}
