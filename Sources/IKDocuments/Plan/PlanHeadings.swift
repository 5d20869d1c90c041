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

    init(styles: PlanStyles) { self.styles = styles }

    mutating func heading(_ number: String, _ title: String, level: Int) -> Paragraph {
        let entry = PlanHeading(number: number, title: title, level: level, anchor: "avsnitt-\(number)")
        entries.append(entry)
        let h = styles.heading(level)
        let text = "\(number)\u{2002}\(title)"
        return Paragraph([TextSpan(text)], style: h.style, spaceBefore: h.before, spaceAfter: h.after, keepWithNext: true,
                         tag: .heading(level: level), anchor: entry.anchor, outline: ("\(number) \(title)", level), minLines: 1)
    }
}
