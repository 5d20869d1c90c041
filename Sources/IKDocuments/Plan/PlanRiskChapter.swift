import IKEngine
import IKModel

extension PlanDocument {
    /// 2 Urval av riskinventering: the text, the risk matrix, and the risk table grouped by process.
    func riskChapter(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(2, "Urval av riskinventering", &headings)
        out += prose(plan.texts.risks)
        out.append(drawings.riskMatrix(plan.risks))
        // Risks the matrix cannot place are named under it, so a reader counting its numbers knows which are missing and why.
        let note = Self.unplacedNote(plan.risks)
        out.append(Paragraph([TextSpan("Riskmatris: identifierade risker efter sannolikhet och konsekvens. Siffrorna är riskernas nummer.")],
                             style: styles.prose.caption, spaceAfter: note == nil ? 12 : 2, keepWithNext: note != nil, tag: .caption))
        if let note { out.append(Paragraph([TextSpan(note)], style: styles.prose.caption, spaceAfter: 12, tag: .paragraph)) }
        if !plan.risks.isEmpty { out += riskTable() }
        return out
    }

    /// The risks the matrix cannot place: "2 risker utan värde: 19, 20. 1 risk med värde men utan sannolikhet
    /// och konsekvens: 5." Nil when every risk is placed.
    static func unplacedNote(_ risks: [Risk]) -> String? {
        func count(_ n: Int) -> String { n == 1 ? "1 risk" : "\(n) risker" }
        func list(_ rs: [Risk]) -> String { rs.map { String($0.number) }.joined(separator: ", ") }
        let unknown = risks.filter { $0.value == nil }
        let unsplit = risks.filter { $0.value != nil && $0.matrixCell == nil }
        var parts: [String] = []
        if !unknown.isEmpty { parts.append("\(count(unknown.count)) utan värde: \(list(unknown)).") }
        if !unsplit.isEmpty { parts.append("\(count(unsplit.count)) med värde men utan sannolikhet och konsekvens, inte i matrisen: \(list(unsplit)).") }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Process/Rutin | Identifierad risk | Riskvärde | Hanteras (risken hanteras); each risk followed by its consequence
    /// description in a row beneath, the pair kept on one page; the process named on its first risk.
    static let riskColumns: [Double] = [29, 46, 13, 12]
    /// The same with last year's value and the trend after Riskvärde (`risk_table.previous: true`).
    static let riskColumnsWithPrevious: [Double] = [21, 33, 11, 8, 16, 11]

    /// Last year's columns print when the layout asks for them and at least one risk gives `previous`.
    var showsPrevious: Bool { styles.section.risk_table_previous == true && plan.risks.contains { $0.previous != nil } }

    /// Says what the two extra columns hold, in words, so the table reads without knowing the arrows.
    func previousNote() -> Paragraph {
        let last = plan.info.year - 1
        return Paragraph([TextSpan("Kolumnen \(last) visar riskvärdet vid förra årets riskinventering och Trend hur värdet har ändrats sedan dess: ↑\u{A0}högre, ↓\u{A0}lägre, →\u{A0}oförändrat.")],
                         style: styles.prose.caption, spaceAfter: 0, keepWithNext: true, tag: .paragraph)
    }

    /// "↑ högre", "↓ lägre", "→ oförändrat": the arrow and its word, so the text layer and a screen reader get
    /// the word (the arrows come from the bundled symbol font when the text font lacks them). Nil when either
    /// value is unknown.
    static func trend(now: Int?, before: Int?) -> String? {
        guard let now, let before else { return nil }
        // A no-break space: the arrow never stands on a line without its word.
        return now > before ? "↑\u{A0}högre" : now < before ? "↓\u{A0}lägre" : "→\u{A0}oförändrat"
    }

    func riskTable() -> [any Block] {
        let previous = showsPrevious
        let defaults = previous ? Self.riskColumnsWithPrevious : Self.riskColumns
        let columns = parts.widths(styles.section.risk_table, defaults: defaults)
        // widths() returns exactly as many columns as the defaults (4 or 6), whatever the layout gives, so [2] exists.
        let valueColumn = Table(columns: columns.map { .relative($0) }, rows: []).resolvedWidths(styles.width)[2] - styles.table.padding.horizontal
        let centered = styles.cell.with { $0.alignment = .center }
        let centeredWhole = centered.with { $0.hyphenate = false }
        let unknown = parts.text(styles.unknownText, centered)
        var rows: [TableRow] = []
        for group in PlanGrouping(plan: plan, order: styles.order).risksByProcess {
            for (i, risk) in group.entries.enumerated() {
                func process(_ suffix: String) -> [any Block] {
                    [Paragraph([TextSpan(group.process.code.description, bold: true), TextSpan(" " + group.process.name + suffix)],
                               style: styles.cell, tag: .paragraph)]
                }
                // The process cell spans the risk and its consequence, so a long process name needs no extra room.
                var rest = [
                    parts.cell([Paragraph([TextSpan("\(risk.number)\u{2002}", bold: true), TextSpan(risk.title)], style: styles.cell, tag: .paragraph)]),
                    parts.cell([risk.value.map { drawings.valueChip($0, columnWidth: valueColumn) } ?? unknown]),
                ]
                if previous {
                    rest.append(parts.cell([parts.text(risk.previous.map { String($0.value) } ?? styles.unknownText, centeredWhole)]))
                    rest.append(parts.cell([parts.text(Self.trend(now: risk.value, before: risk.previous?.value) ?? styles.unknownText, centeredWhole)]))
                }
                rest.append(parts.cell([parts.text(risk.handled.map { $0 ? "Ja" : "Nej" } ?? styles.unknownText, centered)]))
                // A later risk of the process that opens a page names the process again, marked as continued.
                rows.append(TableRow([parts.cell(i > 0 ? [] : process(""), rows: 2)] + rest, keepWithNext: true, ruleBelow: false,
                                     continuedCells: i > 0 ? [parts.cell(process(" (forts.)"), rows: 2)] + rest : nil))
                rows.append(TableRow([
                    parts.cell(parts.labelled("Konsekvensbeskrivning", risk.consequenceDescription), span: columns.count - 1),
                ], ruleBelow: i == group.entries.count - 1))
            }
        }
        let titles = ["Process/Rutin", "Identifierad risk", "Riskvärde"] + (previous ? [String(plan.info.year - 1), "Trend"] : []) + ["Hanteras"]
        let header = parts.header(titles, centered: Set(2..<titles.count))
        let table = parts.table(columns: columns, header: header, rows: rows)
        return previous ? [previousNote(), table] : [table]
    }
}
