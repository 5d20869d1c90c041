import IKEngine
import IKModel

/// 4 Förebyggande åtgärder: per area and process, in the plan's order, each action with its status at adoption
/// and now (badges in words), its end date and what the follow-up says of it.
extension FollowUpDocument {
    func actionSection(_ headings: inout PlanHeadings) -> [any Block] {
        var out: [any Block] = [headings.heading("4", "Förebyggande åtgärder", level: 2)]
        out.append(Paragraph([TextSpan("Varje förebyggande åtgärd i planen med dess status vid antagandet och efter tertial \(tertial). En åtgärd som ingen uppföljning rapporterar behåller planens status.")],
                             style: styles.body, spaceAfter: 4, keepWithNext: true))
        let grouping = PlanGrouping(plan: plan, order: styles.order)
        for (a, area) in grouping.byArea(Array(plan.actions.indices), risks: { plan.actions[$0].risks }).enumerated() {
            out.append(headings.heading("4.\(a + 1)", area.area.name, level: 3))
            var rows: [TableRow] = []
            for group in area.processes {
                rows.append(TableRow([parts.cell([parts.text("\(group.process.code) \(group.process.name)", styles.cellLabel)], span: 5)], keepWithNext: true))
                for i in group.entries { rows.append(actionRow(i)) }
            }
            let header = parts.header(["Förebyggande åtgärd", "Slutdatum", "Vid antagandet", "Efter T\(tertial)", "Kommentar"])
            var t = parts.table(columns: parts.widths(settings.actionColumns, defaults: [29, 14, 15, 15, 27]), header: header, rows: rows)
            t.continuationCaption = [Paragraph([TextSpan("4.\(a + 1)\u{2002}\(area.area.name) (forts.)")], style: styles.heading(3).style, spaceAfter: 3, tag: .paragraph, minLines: 1)]
            out.append(t)
        }
        return out
    }

    func actionRow(_ i: Int) -> TableRow {
        let action = plan.actions[i]
        let update = year.update(ofAction: i)
        let plain = styles.cell.with { $0.hyphenate = false }
        func badge(_ status: ActionStatus, _ note: String?) -> [any Block] {
            [drawings.statusBadge(status)] + (note.map { [parts.text($0, plain, spaceBefore: 2)] } ?? [])
        }
        var comment: [any Block] = []
        if let u = update {
            if let c = u.comment { comment.append(parts.text(c)) }
            if let d = u.date { comment.append(parts.text("Status satt \(d)", styles.cell.with { $0.size = max(7, styles.cell.size - 1); $0.italic = true }, spaceBefore: 2)) }
        } else {
            comment.append(parts.text("Inte rapporterad.", styles.cell.with { $0.italic = true }))
        }
        let overdue = year.overdueActions.contains(i)
        return TableRow([
            parts.cell([parts.text("\(plan.actionID(at: i)) \(action.description)")]),
            parts.cell([parts.text(action.endDate.description, plain)] + (overdue ? [parts.text("passerat", styles.cellStrong.with { $0.hyphenate = false }, spaceBefore: 1)] : [])),
            parts.cell(badge(action.status, action.statusNote)),
            parts.cell(update.map { badge($0.status, $0.statusNote) } ?? badge(action.status, action.statusNote)),
            parts.cell(comment),
        ])
    }

    /// 5 Förslag till beslut, and the controllers' comment (or room for it).
    func decisionSection(_ headings: inout PlanHeadings) -> [any Block] {
        let i = plan.info
        let decision = followUp.decision
            ?? "\(i.board) godkänner uppföljningen av \(i.title.prefix(1).lowercased() + i.title.dropFirst()), tertial \(tertial)."
        var out: [any Block] = [headings.heading("5", "Förslag till beslut", level: 2)]
        out.append(Paragraph([TextSpan(decision)], style: styles.body.with { $0.bold = true }, spaceAfter: 10))
        out.append(subheading("Internkontrollanternas kommentar"))
        if let comment = followUp.controllersComment, !comment.isEmpty {
            out += prose(comment)
        } else {
            out.append(Canvas(commentLines(), tag: nil, spaceBefore: 2))
        }
        return out
    }

    /// Ruled lines to write on, then name, date and signature lines.
    func commentLines() -> Frame {
        let width = styles.width
        let rule = Stroke(color: styles.body.color, width: 0.5)
        var f = Frame(size: Size(width, 0))
        var y = 0.0
        for _ in 0..<settings.commentLines {
            y += 22
            f.add(.line(to: Point(width, 0), stroke: rule), at: Point(0, y))
        }
        y += 34
        let shaper = context.layout.shaper
        let small = styles.cell.with { $0.size = max(7, styles.cell.size - 1); $0.hyphenate = false }
        var x = 0.0
        var labelHeight = 0.0
        for (label, share) in [("Namn", 0.45), ("Datum", 0.2), ("Underskrift", 0.35)] {
            let w = width * share - (label == "Underskrift" ? 0 : 12)
            f.add(.line(to: Point(w, 0), stroke: rule), at: Point(x, y))
            let t = shaper.shape(label, style: small, width: w)
            f.add(.tagStart(.paragraph))
            f.add(.text(t, lines: 0..<t.lines.count), at: Point(x, y + 2))
            f.add(.tagEnd(.paragraph))
            labelHeight = max(labelHeight, t.height)
            x += width * share
        }
        f.size = Size(width, y + 2 + labelHeight + 2)
        return f
    }
}
