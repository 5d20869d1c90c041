import IKEngine

extension PlanDocument {
    /// 1 Inledning, and 1.1 the political internal controllers' word signed "Vid pennan".
    func introduction(_ headings: inout PlanHeadings) -> [any Block] {
        var out = chapter(1, "Inledning", &headings)
        out += prose(plan.texts.introduction)
        guard let foreword = plan.texts.foreword else { return out }
        if styles.section.foreword_on_new_page ?? true { out.append(PageBreak()) }
        out.append(headings.heading("1.1", foreword.title, level: 2))
        out += prose(foreword.body)
        if let name = foreword.signedBy {
            out.append(Paragraph([TextSpan("Vid pennan")], style: styles.signatureLabel, spaceBefore: 14, keepWithNext: true, minLines: 1))
            out.append(Paragraph([TextSpan(name)], style: styles.signature, spaceBefore: 2, minLines: 1))
        }
        return out
    }
}
