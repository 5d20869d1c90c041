import IKEngine
import IKModel

/// The minutes as engine blocks: title, the facts (date, place, participants), each agenda item with its
/// decision and summary, "Vid pennan", signatures and — for the formal protokoll — the anslag/bevis.
struct MinutesContent {
    let meeting: Meeting
    let organ: String
    let settings: MinutesSettings
    let styles: MinutesStyles
    let prose: ProseStyles

    private var texts: MinutesTexts { settings.texts }
    private var formal: Bool { settings.variant == .protokoll }

    func blocks() -> [any Block] {
        var out: [any Block] = [Paragraph([TextSpan(meeting.title)], style: styles.title, spaceAfter: 10, tag: .heading(level: 1), minLines: 1)]
        out.append(facts())
        if settings.signatures == .start, let s = signatures() { out.append(s) }
        for item in meeting.items { out += self.item(item) }
        if let name = meeting.noteTaker {
            out.append(Paragraph([TextSpan(texts.noteTaker)], style: styles.subheading, spaceBefore: 20, keepWithNext: true, minLines: 1))
            out.append(Paragraph(name, style: styles.body))
        }
        if settings.signatures == .end, let s = signatures() { out.append(s) }
        if formal { out.append(anslag()) }
        return out
    }

    // MARK: - Facts

    /// Label | value rows; participants take one row each, name and role side by side.
    private func facts() -> any Block {
        var rows: [TableRow] = []
        func row(_ label: String, _ value: any Block) {
            rows.append(TableRow([TableCell([para(label, styles.label)], headerScope: .row), TableCell([value], columnSpan: 2)]))
        }
        let time = meeting.timeSpan.map { " " + $0 } ?? ""
        if formal {
            row(texts.placeAndTime, para("\(meeting.place), \(meeting.date)\(meeting.timeSpan.map { " kl. " + $0 } ?? "")", styles.body))
        } else {
            row(texts.date, para("\(meeting.date)\(time)", styles.body))
            row(texts.place, para(meeting.place, styles.body))
        }
        for (i, p) in meeting.participants.enumerated() {
            rows.append(TableRow([TableCell([para(i == 0 ? texts.participants : "", styles.label)], headerScope: i == 0 ? .row : nil),
                                  TableCell([para(p.displayName, styles.body)]),
                                  TableCell([para(p.role ?? "", styles.body)])]))
        }
        if formal {
            let adjusters = meeting.signatories.filter { $0.role == .adjuster }.map(\.name)
            if !adjusters.isEmpty { row(texts.adjusters, para(adjusters.joined(separator: ", "), styles.body)) }
            if let adjustment = meeting.adjustment {
                row(texts.adjustment, para(adjustment, styles.body))
            } else {
                rows.append(TableRow([TableCell([WriteInLabel(text: texts.adjustment, style: styles.label, lineAt: 16)], headerScope: .row),
                                      TableCell([writeIn(nil, height: 16)], columnSpan: 2)]))
            }
            let numbers = meeting.items.map(\.number)
            if let lo = numbers.min(), let hi = numbers.max() {
                let range = lo == hi ? settings.itemNumber(lo) : "\(settings.itemNumber(lo))–\(hi)"
                row(texts.paragraphs, para(range, styles.body))
            }
        }
        return Table(columns: [.fixed(labelWidth), .relative(1), .relative(1)], rows: rows, style: styles.facts, spaceAfter: 8)
    }

    private var labelWidth: Double { formal ? 150 : 90 }

    // MARK: - Items

    /// The heading keeps with "Beslut" and the proposal, so an item never starts at a page foot.
    private func item(_ item: AgendaItem) -> [any Block] {
        let number = settings.itemNumber(item.number)
        let heading = "\(number) \(item.title)"
        var out: [any Block] = [Paragraph([TextSpan(heading)], style: styles.item, spaceBefore: 16, spaceAfter: 6,
                                          keepWithNext: true, tag: .heading(level: 2), anchor: "item-\(item.number)",
                                          outline: (heading, 1), minLines: 1)]
        if let decision = item.decision {
            out.append(subheading(texts.decision))
            out.append(Paragraph([TextSpan(decision.proposal)], style: styles.body, spaceAfter: 4,
                                 keepWithNext: !decision.points.isEmpty))
            let points = decision.points.enumerated().map { i, point in
                ListItem(marker: "\(i + 1).", markerStyle: styles.body, indent: prose.listIndent + 4,
                         content: [para(point, styles.body)], spaceBefore: 2,
                         spaceAfter: i == decision.points.count - 1 ? 6 : 2)
            }
            if !points.isEmpty { out.append(ItemList(points)) }
        }
        if !item.summary.isEmpty {
            out.append(subheading(texts.summary))
            out += ProseBlocks.make(item.summary, styles: prose)
        }
        return out
    }

    private func subheading(_ text: String) -> Paragraph {
        Paragraph([TextSpan(text)], style: styles.subheading, spaceBefore: 8, spaceAfter: 3, keepWithNext: true, tag: .heading(level: 3), minLines: 1)
    }

    // MARK: - Signatures and anslag

    /// One line per signatory with the name and role beneath; the plain minutes add place and date.
    private func signatures() -> (any Block)? {
        guard !meeting.signatories.isEmpty else { return nil }
        // A heading of the document's second level (beside the items, not inside one) in the subheading's
        // look: the protokoll puts it right after the title, where a third level would skip one (PDF/UA).
        var content: [any Block] = [Paragraph([TextSpan(texts.signatures)], style: styles.subheading, spaceBefore: 8, spaceAfter: 3,
                                              keepWithNext: true, tag: .heading(level: 2), minLines: 1)]
        if !formal {
            content.append(para(texts.signPlaceAndDate, styles.small))
            content.append(writeIn(meeting.adjustment, height: 18, width: 220))
        }
        let names = Self.fieldNames(meeting.signatories.map(\.role))
        let entries = zip(meeting.signatories, names).map { signatory, field in
            SignatureGrid.Entry(name: signatory.name, role: Self.capitalized(signatory.role.rawValue),
                                field: settings.signatureFields ? field : nil)
        }
        content.append(SignatureGrid(entries: entries, nameStyle: styles.body, roleStyle: styles.role, stroke: styles.rule, spaceBefore: 4))
        return KeepTogether(content, spaceBefore: formal ? 6 : 20, spaceAfter: 8)
    }

    /// ANSLAG/BEVIS: filled in by hand when the protokoll is posted; never split across pages.
    private func anslag() -> any Block {
        func row(_ label: String, _ value: any Block) -> TableRow {
            TableRow([TableCell([para(label, styles.body)], headerScope: .row), TableCell([value])])
        }
        /// A label standing on the line beside it, `room` points of handwriting above.
        func writeInRow(_ label: String, room: Double) -> TableRow {
            TableRow([TableCell([WriteInLabel(text: label, style: styles.body, lineAt: room)], headerScope: .row),
                      TableCell([writeIn(nil, height: room)])])
        }
        let rows = [
            row(texts.organ, para(organ, styles.body)),
            row(texts.meetingDate, para(meeting.date.description, styles.body)),
            writeInRow(texts.posted, room: 16),
            writeInRow(texts.takenDown, room: 16),
            meeting.storagePlace.map { row(texts.storagePlace, para($0, styles.body)) } ?? writeInRow(texts.storagePlace, room: 16),
            writeInRow(texts.signature, room: 26),
        ]
        let box = Box([para(texts.anslag, styles.label),
                       Paragraph(texts.anslagIntro, style: styles.body, spaceBefore: 2, spaceAfter: 6),
                       Table(columns: [.fixed(170), .relative(1)], rows: rows, style: styles.facts)],
                      padding: Insets(all: 10), border: styles.rule, tag: .section)
        return KeepTogether([box], spaceBefore: 24)
    }

    // MARK: - Helpers

    private func para(_ text: String, _ style: TextStyle) -> Paragraph {
        Paragraph([TextSpan(text)], style: style, minLines: 1)
    }

    private func writeIn(_ text: String?, height: Double, width: Double? = nil) -> WriteInLine {
        WriteInLine(text: text, style: styles.body, height: height, stroke: styles.rule, width: width)
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// Signature field names after the roles, as a signing service addresses them: "Ordförande",
    /// "Sekreterare", and the justerare counted ("Justerare 1", "Justerare 2"); any other role that repeats
    /// is counted too.
    static func fieldNames(_ roles: [Signatory.Role]) -> [String] {
        var seen: [Signatory.Role: Int] = [:]
        return roles.map { role in
            seen[role, default: 0] += 1
            let name = capitalized(role.rawValue)
            let counted = role == .adjuster || roles.filter { $0 == role }.count > 1
            return counted ? "\(name) \(seen[role] ?? 1)" : name
        }
    }
}
