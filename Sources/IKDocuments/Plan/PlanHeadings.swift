import IKEngine

/// One numbered heading of the plan: what the table of contents and the PDF outline list.
struct PlanHeading {
    var number: String          // "3.1.2"
    var title: String
    var level: Int              // 1…3
    var anchor: String          // named destination: "avsnitt-3.1.2"
}

/// Makes the plan's numbered headings (anchor, bookmark, structure tag) and remembers them for the contents.
struct PlanHeadings {
    private(set) var entries: [PlanHeading] = []
    let styles: PlanStyles
    /// Measures the number, so a heading that wraps hangs under its title, not under its number.
    let shaper: TextShaper?

    init(styles: PlanStyles, shaper: TextShaper? = nil) { self.styles = styles; self.shaper = shaper }

    /// The heading style with a hanging indent as wide as "3.2.2" and its en space.
    private func hanging(_ style: TextStyle, number: String) -> TextStyle {
        guard let shaper else { return style }
        let width = shaper.shape("\(number)\u{2002}", style: style.with { $0.hyphenate = false }, width: 0).naturalWidth
        return style.with { $0.firstLineIndent = -width }
    }

    mutating func heading(_ number: String, _ title: String, level: Int) -> Paragraph {
        let entry = PlanHeading(number: number, title: title, level: level, anchor: "avsnitt-\(number)")
        entries.append(entry)
        let h = styles.heading(level)
        let text = "\(number)\u{2002}\(title)"
        return Paragraph([TextSpan(text)], style: hanging(h.style, number: number), spaceBefore: h.before, spaceAfter: h.after, keepWithNext: true,
                         tag: .heading(level: level), anchor: entry.anchor, outline: ("\(number) \(title)", level), minLines: 1)
    }

    /// The heading repeated above its table on a page the table continues on: "3.1.2  … (forts.)". Not a
    /// heading of its own (no contents entry, bookmark or anchor), so it is tagged as a paragraph.
    func continued(_ number: String, _ title: String, level: Int) -> Paragraph {
        let h = styles.heading(level)
        return Paragraph([TextSpan("\(number)\u{2002}\(title) (forts.)")], style: hanging(h.style, number: number), spaceAfter: h.after,
                         tag: .paragraph, minLines: 1)
    }
}
