import IKEngine

extension PlanDocument {
    /// The table of contents: one line per numbered heading down to the configured level, each a link with
    /// its page number (filled in after pagination) and a matching bookmark.
    func contents(_ entries: [PlanHeading]) -> [any Block] {
        let c = styles.section.contents
        let title = c?.title ?? "Innehållsförteckning"
        let levels = c?.levels ?? 3
        let indent = c?.indent ?? 14
        let numberWidth = c?.number_width ?? 24
        let h1 = styles.heading(1)
        var lines: [any Block] = []
        for e in entries where e.level <= levels {
            let style = styles.tocLevels[max(1, min(e.level, styles.tocLevels.count)) - 1]
            let before = c?.spacing?[e.level] ?? (e.level == 1 ? 6 : 2)
            let number = "\(e.number)\u{2002}"
            let hang = context.layout.shaper.shape(number, style: style, width: 0).naturalWidth
            lines.append(ReferenceLine([TextSpan(number + e.title)], style: style, destination: e.anchor,
                                       indent: indent * Double(e.level - 1), numberWidth: numberWidth, hangingIndent: hang,
                                       spaceBefore: before))
        }
        return [Paragraph([TextSpan(title)], style: styles.tocTitle, spaceAfter: h1.after, tag: .heading(level: 1),
                          anchor: "innehall", outline: (title, 1), minLines: 1),
                Box(lines, tag: .contents)]   // chapter 1 opens the next page
    }
}
