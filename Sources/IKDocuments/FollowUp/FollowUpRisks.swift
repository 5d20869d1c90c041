import IKEngine
import IKModel

/// 2 Riskbedömning: the matrix at adoption beside the matrix now, each re-assessed risk's way from last year's
/// value through the plan's to the current one, and the risks whose value stands where it stood last year.
extension FollowUpDocument {
    func riskSection(_ headings: inout PlanHeadings) -> [any Block] {
        var out: [any Block] = [headings.heading("2", "Riskbedömning", level: 2)]
        let moved = plan.risks.compactMap { r in year.reassessment(ofRisk: r.number).map { (r, $0) } }
        let intro = moved.isEmpty
            ? "Ingen risk har bedömts om under året. Matrisen visar riskerna där planen placerade dem."
            : "\(moved.count == 1 ? "En risk har" : "\(count(moved.count)) risker har") bedömts om under året. Matrisen till vänster visar riskerna där planen placerade dem, den till höger var de står efter tertial \(tertial)."
        out.append(Paragraph([TextSpan(intro)], style: styles.body, spaceAfter: 6, keepWithNext: true))
        out.append(matrices())
        if !moved.isEmpty { out.append(movementTable(moved)) }
        if let trend = previousYearSentence() { out.append(Paragraph([TextSpan(trend)], style: styles.body, spaceBefore: 2, spaceAfter: 6)) }
        return out
    }

    func count(_ n: Int) -> String {
        let words = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
        let w = n < words.count ? words[n] : String(n)
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    /// A risk where it sits now: re-assessed, or the plan's position.
    func currentPosition(_ r: Risk) -> MatrixRisk? {
        if let a = year.reassessment(ofRisk: r.number) { return MatrixRisk(number: r.number, probability: a.probability, consequence: a.consequence) }
        return MatrixRisk(r)
    }

    /// Two matrices side by side, each a figure with its own caption and alternative text.
    func matrices() -> Table {
        let gap = 14.0
        let half = (styles.width - gap) / 2
        let shaper = context.layout.shaper
        var style = drawings.matrixStyle
        style.numbers.size = min(style.numbers.size, 9.5)
        style.labels.size = min(style.labels.size, 8)
        let before = RiskMatrixFigure(risks: plan.risks.compactMap(MatrixRisk.init), style: style)
        let after = RiskMatrixFigure(risks: plan.risks.compactMap(currentPosition), style: style)
        let caption = styles.cellLabel.with { $0.alignment = .center; $0.hyphenate = false }
        func cell(_ title: String, _ figure: RiskMatrixFigure) -> TableCell {
            let alt = "\(title). " + figure.altText
            return TableCell([Paragraph([TextSpan(title)], style: caption, spaceAfter: 3, tag: .caption, minLines: 1),
                              Canvas(figure.frame(width: half, shaper: shaper), alignment: .center, tag: .figure(alt: alt))])
        }
        let row = TableRow([cell("Vid antagandet \(plan.info.date)", before), TableCell([]), cell("Efter tertial \(tertial) \(plan.info.year)", after)])
        return Table(columns: [.fixed(half), .fixed(gap), .fixed(half)], rows: [row],
                     style: TableStyle(padding: Insets(vertical: 0, horizontal: 0), rowRule: nil, headerRule: nil), spaceAfter: 8)
    }

    /// "3 × 3 = 9".
    func assessment(_ p: Int?, _ c: Int?, value: Int?) -> String {
        if let p, let c { return "\(p) × \(c) = \(p * c)" }
        return value.map(String.init) ?? styles.unknownText
    }

    /// Risk | previous year | Plan | Now | Why, for every re-assessed risk.
    func movementTable(_ moved: [(Risk, RiskReassessment)]) -> Table {
        let hasPrevious = moved.contains { $0.0.previous != nil }
        let plain = styles.cell.with { $0.hyphenate = false }
        let small = plain.with { $0.size = max(7, plain.size - 1) }
        let rows = moved.map { r, a -> TableRow in
            let before = r.value
            let arrow = before.map { a.value > $0 ? "↑ högre" : a.value < $0 ? "↓ lägre" : "oförändrat" } ?? ""
            var cells = [parts.cell([parts.text("\(r.number). \(r.title)")])]
            if hasPrevious { cells.append(parts.cell([parts.text(r.previous.map { assessment($0.probability, $0.consequence, value: $0.value) } ?? styles.unknownText, plain)])) }
            cells += [
                parts.cell([parts.text(assessment(r.probability, r.consequence, value: r.value), plain)]),
                parts.cell([parts.text(assessment(a.probability, a.consequence, value: a.value), styles.cellStrong.with { $0.hyphenate = false }),
                            parts.text(arrow, plain)] + earlier(r.number).map { parts.text($0, small, spaceBefore: 2) }),
                parts.cell(a.comment.map { [parts.text($0)] } ?? []),
            ]
            return TableRow(cells)
        }
        let titles = ["Risk"] + (hasPrevious ? ["\(plan.info.year - 1)"] : []) + ["Plan \(plan.info.year)", "Efter T\(tertial)", "Kommentar"]
        let widths: [Double] = hasPrevious ? [27, 11, 12, 13, 37] : [30, 13, 14, 43]
        return parts.table(columns: widths, header: parts.header(titles), rows: rows)
    }

    /// The earlier tertials' assessments of a risk re-assessed more than once: "T1: 4 × 3 = 12".
    func earlier(_ number: Int) -> [String] {
        let all = year.followUps.compactMap { f in f.risks.last { $0.number == number }.map { (f.tertial, $0) } }
        return all.dropLast().map { "T\($0.0): \(assessment($0.1.probability, $0.1.consequence, value: $0.1.value))" }
    }

    /// What last year's values say of the risks not re-assessed: how many stand where they stood.
    func previousYearSentence() -> String? {
        let compared = plan.risks.filter { $0.previous != nil && year.reassessment(ofRisk: $0.number) == nil }
        guard !compared.isEmpty else { return nil }
        let last = plan.info.year - 1
        var same: [Int] = [], lower: [Int] = [], higher: [Int] = []
        for r in compared {
            guard let v = r.value, let p = r.previous?.value else { continue }
            if v == p { same.append(r.number) } else if v < p { lower.append(r.number) } else { higher.append(r.number) }
        }
        var parts: [String] = []
        func list(_ n: [Int]) -> String { n.map(String.init).joined(separator: ", ") }
        if !same.isEmpty { parts.append("\(same.count == 1 ? "risk" : "riskerna") \(list(same)) har samma riskvärde som \(last)") }
        if !lower.isEmpty { parts.append("\(lower.count == 1 ? "risk" : "riskerna") \(list(lower)) ett lägre") }
        if !higher.isEmpty { parts.append("\(higher.count == 1 ? "risk" : "riskerna") \(list(higher)) ett högre") }
        guard !parts.isEmpty else { return nil }
        let text = "Jämfört med \(last): " + parts.joined(separator: ", ") + "."
        return text
    }
}
