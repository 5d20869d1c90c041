import IKEngine
import IKModel

/// 1 Sammanfattning: what the board reads in a minute. Key figures, controls planned against performed (the
/// tertial, each earlier one, the year so far) as bars, preventive actions by status at adoption and now as bars,
/// the actions past their end date, then the summary the file gives.
extension FollowUpDocument {
    func summary(_ headings: inout PlanHeadings) -> [any Block] {
        var out: [any Block] = [headings.heading("1", "Sammanfattning", level: 2)]
        let now = year.tally(in: tertial), soFar = year.yearSoFar
        let open = year.correctiveActions.filter { $0.action.isOpen }
        let overdue = year.overdueActions
        out.append(keyFigures([
            ("\(now.performed) av \(now.planned)", "kontrolltillfällen utförda under T\(tertial)"),
            ("\(now.deviations)", now.deviations == 1 ? "tillfälle med avvikelse" : "tillfällen med avvikelser"),
            ("\(open.count)", open.count == 1 ? "korrigerande åtgärd öppen" : "korrigerande åtgärder öppna"),
            ("\(overdue.count)", overdue.count == 1 ? "förebyggande åtgärd efter slutdatum" : "förebyggande åtgärder efter slutdatum"),
        ]))
        out += prose(followUp.summary)
        out.append(subheading("Kontroller: planerat och utfört"))
        out.append(controlChart(soFar: soFar))
        out.append(subheading("Förebyggande åtgärder efter status"))
        out.append(statusChart())
        out.append(subheading("Förebyggande åtgärder efter slutdatum"))
        if overdue.isEmpty {
            out.append(parts.text("Ingen åtgärd har passerat sitt slutdatum utan att vara klar.", styles.body))
        } else {
            out.append(overdueTable(overdue))
        }
        return out
    }

    /// A small unnumbered heading inside a section.
    func subheading(_ text: String) -> Paragraph {
        Paragraph([TextSpan(text)], style: styles.cellLabel.with { $0.size = styles.body.size; $0.hyphenate = false },
                  spaceBefore: 12, spaceAfter: 4, keepWithNext: true, tag: .heading(level: 3), minLines: 1)
    }

    /// Four tiles in a row: a large number and what it counts. A table, so it reads as one in the tags.
    func keyFigures(_ figures: [(String, String)]) -> Table {
        let big = styles.heading(1).style.with { $0.size = 20; $0.alignment = .center; $0.hyphenate = false }
        let small = styles.cell.with { $0.alignment = .center; $0.hyphenate = false; $0.size = max(7, styles.cell.size - 1) }
        let fill = layout.colors["header_fill"] ?? layout.colors["faint"] ?? Color(r: 0.93, g: 0.93, b: 0.93)
        let row = TableRow(figures.map { number, words in
            TableCell([Paragraph([TextSpan(number)], style: big, tag: .paragraph, minLines: 1),
                       Paragraph([TextSpan(words)], style: small, spaceBefore: 1, tag: .paragraph)], fill: fill)
        })
        let style = TableStyle(padding: Insets(vertical: 6, horizontal: 5), rowRule: nil, headerRule: nil,
                               columnRule: Stroke(color: .white, width: 4), border: nil)
        return Table(columns: Array(repeating: .relative(1), count: figures.count), rows: [row], style: style, spaceBefore: 2, spaceAfter: 10)
    }

    var chartStyle: BarChart.Style {
        var s = BarChart.Style(label: styles.cell, value: styles.cell.with { $0.size = max(7, styles.cell.size - 1) })
        s.barHeight = settings.barHeight
        s.axis = Stroke(color: styles.body.color, width: 0.6)
        return s
    }

    /// One bar per tertial so far and one for the year: without remark, with deviation, not performed.
    func controlChart(soFar: FollowUpYear.Tally) -> BarChart {
        let done = BarChart.Segment(0, fill: settings.barDone)
        let deviation = BarChart.Segment(0, fill: settings.barDeviation)
        let open = BarChart.Segment(0, fill: nil, stroke: Stroke(color: settings.barOpen, width: 0.8))
        func bar(_ t: FollowUpYear.Tally) -> BarChart.Bar {
            var a = done, b = deviation, c = open
            a.value = Double(t.performed - t.deviations); b.value = Double(t.deviations); c.value = Double(max(0, t.planned - t.performed))
            return BarChart.Bar([a, b, c], text: "\(t.performed) av \(t.planned) utförda, \(t.deviations) med avvikelse")
        }
        var rows = (1...tertial).map { BarChart.Row(label: "T\($0)", bars: [bar(year.tally(in: $0))]) }
        if tertial > 1 { rows.append(BarChart.Row(label: tertial == 3 ? "Helår \(plan.info.year)" : "Året hittills", bars: [bar(soFar)])) }
        let words = (1...tertial).map { t -> String in
            let x = year.tally(in: t)
            return "T\(t): \(x.performed) av \(x.planned) planerade kontrolltillfällen utförda, \(x.deviations) med avvikelse"
        }
        let alt = "Stapeldiagram över kontrolltillfällen. " + words.joined(separator: ". ")
            + (tertial > 1 ? ". Året hittills: \(soFar.performed) av \(soFar.planned) utförda, \(soFar.deviations) med avvikelse." : ".")
        return BarChart(rows: rows, legend: [("Utan anmärkning", done), ("Avvikelse", deviation), ("Ej utförd", open)],
                        style: chartStyle, altText: alt, spaceAfter: 4)
    }

    /// Each status: how many actions had it at adoption, and how many have it now.
    func statusChart() -> BarChart {
        let before = BarChart.Segment(0, fill: settings.barBefore)
        let now = BarChart.Segment(0, fill: settings.barNow)
        var rows: [BarChart.Row] = []
        var words: [String] = []
        for status in ActionStatus.allCases {
            let a = plan.actions.filter { $0.status == status }.count
            let n = plan.actions.indices.filter { year.statusNow(ofAction: $0) == status }.count
            guard a > 0 || n > 0 else { continue }
            var x = before, y = now
            x.value = Double(a); y.value = Double(n)
            rows.append(BarChart.Row(label: status.label, bars: [BarChart.Bar([x], text: "\(a) vid antagandet"),
                                                                  BarChart.Bar([y], text: "\(n) efter T\(tertial)")]))
            words.append("\(status.label): \(a) vid antagandet, \(n) efter T\(tertial)")
        }
        let alt = "Stapeldiagram över de \(plan.actions.count) förebyggande åtgärderna efter status, vid antagandet och efter tertial \(tertial). "
            + words.joined(separator: ". ") + "."
        return BarChart(rows: rows, legend: [("Vid antagandet", before), ("Efter T\(tertial)", now)], style: chartStyle, altText: alt,
                        scale: Double(max(1, plan.actions.count)), spaceAfter: 4)
    }

    /// Id | Åtgärd | Slutdatum | Status nu, for the actions past their end date.
    func overdueTable(_ indexes: [Int]) -> Table {
        let rows = indexes.map { i -> TableRow in
            let a = plan.actions[i]
            let update = year.update(ofAction: i)
            let note = update?.statusNote ?? (update == nil ? a.statusNote : nil)
            return TableRow([
                parts.cell([parts.text(plan.actionID(at: i), styles.cellStrong)]),
                parts.cell([parts.text(a.description)]),
                parts.cell([parts.text(a.endDate.description, styles.cell.with { $0.hyphenate = false })]),
                parts.cell([drawings.statusBadge(year.statusNow(ofAction: i))] + (note.map { [parts.text($0, styles.cell.with { $0.hyphenate = false }, spaceBefore: 2)] } ?? [])),
            ])
        }
        return parts.table(columns: [8, 56, 15, 21], header: parts.header(["Id", "Förebyggande åtgärd", "Slutdatum", "Status nu"]), rows: rows)
    }
}
