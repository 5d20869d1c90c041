import IKEngine
import IKModel

/// "Kontrollplan 2026 – årshjul": the controls × months table with every occasion marked at the month it
/// is due (the tertials' boundaries drawn and T2 shaded), then the årshjul with its text alternative.
/// The page a controller pins on the wall.
struct ChecklistOverview {
    let plan: Plan
    let styles: ChecklistStyles
    let settings: ChecklistSettings
    let text: FrameText
    let width: Double

    var words: ChecklistTexts { settings.texts }

    func blocks(_ occasions: [Occasion]) -> [any Block] {
        let title = words.overviewTitle.replacingOccurrences(of: "{year}", with: String(plan.info.year))
        var out: [any Block] = [
            Paragraph([TextSpan(title)], style: styles.overviewTitle, spaceAfter: 6, keepWithNext: true, tag: .heading(level: 1),
                      anchor: "checklists-overview", outline: (title, 1)),
            Paragraph([TextSpan(words.overviewIntro)], style: styles.body, spaceAfter: 8),
            table(occasions),
        ]
        // The wheel with its text alternative beside it: one row that moves to the next page whole.
        let diameter = min(settings.wheelDiameter, width * 0.62)
        let wheel = AnnualWheel(plan: plan, occasions: occasions, styles: styles, text: text, diameter: diameter)
        out.append(Paragraph([TextSpan(words.wheelTitle)], style: styles.label.with { $0.size += 2 }, spaceBefore: 14, spaceAfter: 4,
                             keepWithNext: true, tag: .heading(level: 2), minLines: 1))
        let sentences = wheel.textAlternative(undated: words.undated)
        let alternative: [any Block] = [Paragraph([TextSpan(words.wheelText)], style: styles.label, spaceAfter: 3, keepWithNext: true, tag: .heading(level: 3), minLines: 1)]
            + sentences.map { Paragraph([TextSpan($0)], style: styles.mark, spaceAfter: 2.5) }
        let alt = "Årshjul \(plan.info.year): tolv månader med tertialerna som yttre ring och en ring per kontrollmoment, med en punkt den månad ett tillfälle senast ska vara gjort. " + sentences.joined(separator: ". ")
        let row = TableRow([TableCell([Canvas(wheel.frame(), tag: .figure(alt: alt))]), TableCell(alternative)])
        out.append(Table(columns: [.fixed(diameter + 14), .relative(1)], rows: [row],
                         style: TableStyle(padding: Insets(vertical: 0, horizontal: 0), rowRule: nil, headerRule: nil)))
        return out
    }

    /// Id | Kontrollmoment | Jan … Dec | Blad. Marks sit in the month an occasion is due.
    func table(_ occasions: [Occasion]) -> Table {
        let shade = styles.shade
        let centered = styles.mark.with { $0.alignment = .center }
        let head = styles.tableHead.with { $0.size = styles.mark.size; $0.alignment = .center }
        let spanRow = TableRow([TableCell([]), TableCell([])]
            + (1...3).map { t in
                TableCell([Paragraph([TextSpan("T\(t)")], style: head, minLines: 1)], columnSpan: 4, fill: t == 2 ? shade : nil)
            } + [TableCell([])], ruleBelow: true)
        let monthRow = TableRow([TableCell([Paragraph([TextSpan("Id")], style: head.with { $0.alignment = .left }, minLines: 1)]),
                                 TableCell([Paragraph([TextSpan(words.control)], style: head.with { $0.alignment = .left }, minLines: 1)])]
            + (1...12).map { m in
                TableCell([Paragraph([TextSpan(String(Period.monthNames[m - 1].prefix(3)))], style: head, minLines: 1)],
                          fill: (5...8).contains(m) ? shade : nil)
            } + [TableCell([Paragraph([TextSpan(words.sheets)], style: head, minLines: 1)])])
        let byControl = Dictionary(grouping: occasions, by: \.controlIndex)
        let rows = byControl.keys.sorted().map { index -> TableRow in
            let own = byControl[index] ?? []
            var marks = Array(repeating: "", count: 12)
            for o in own {
                guard let due = o.due else { continue }
                let mark = if case .month = o.period { "●" } else { o.period.shortLabel }
                marks[due.month - 1] = marks[due.month - 1].isEmpty ? mark : marks[due.month - 1] + " " + mark
            }
            let undated = own.contains { $0.due == nil }
            let activity = plan.controls[index].activity + (undated ? " (\(words.undated.lowercased()))" : "")
            return TableRow([TableCell([Paragraph([TextSpan(plan.controlID(at: index))], style: styles.mark.with { $0.bold = true }, minLines: 1)]),
                             TableCell([Paragraph([TextSpan(activity)], style: styles.mark)])]
                + marks.enumerated().map { m, mark in
                    TableCell(mark.isEmpty ? [] : [Paragraph([TextSpan(mark)], style: centered.with { $0.bold = true }, minLines: 1)],
                              fill: (4...7).contains(m) ? shade : nil)
                } + [TableCell([Paragraph([TextSpan("\(own.count)")], style: centered, minLines: 1)])])
        }
        let month = 22.0
        let columns: [Table.ColumnWidth] = [.fixed(30), .relative(1)] + Array(repeating: .fixed(month), count: 12) + [.fixed(26)]
        var style = styles.table
        style.padding = Insets(vertical: 2, horizontal: 2.5)
        style.headerFill = nil
        return Table(columns: columns, header: [spanRow, monthRow], rows: rows, style: style, spaceAfter: 4)
    }
}
