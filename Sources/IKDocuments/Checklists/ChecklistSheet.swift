import Foundation
import IKEngine
import IKModel

/// One occasion's sheet: the head (what, how, when, which risk), the sample table the controller fills
/// in, and the conclusion box with the signature lines, kept together.
struct ChecklistSheet {
    let plan: Plan
    let styles: ChecklistStyles
    let settings: ChecklistSettings
    let text: FrameText
    /// The body's width on the page.
    let width: Double
    /// Write form fields over the boxes and lines (`checklists --fillable`), named by `ChecklistFieldName`.
    var fillable = false

    var words: ChecklistTexts { settings.texts }

    func blocks(_ occasion: Occasion, sample: SheetSample) -> [any Block] {
        let control = plan.controls[occasion.controlIndex]
        var out: [any Block] = []
        let area = areaNames(control).joined(separator: ", ")
        out.append(Paragraph([TextSpan("\(words.control) \(occasion.controlID)" + (area.isEmpty ? "" : " · \(area)"))],
                             style: styles.kicker, keepWithNext: true, minLines: 1))
        out.append(Paragraph([TextSpan(control.activity)], style: styles.title, spaceBefore: 2, keepWithNext: true, tag: .heading(level: 1),
                             anchor: "sheet-\(occasion.controlID)-\(occasion.key)",
                             outline: ("\(occasion.controlID) \(occasion.label): \(control.activity)", 1)))
        out.append(Paragraph([TextSpan(occasionWords(occasion, control))], style: styles.body.with { $0.bold = true; $0.hyphenate = false },
                             spaceBefore: 4, spaceAfter: 6, keepWithNext: true, minLines: 1))
        out.append(head(occasion, control, sample))
        out += drawLines(sample)
        out.append(sampleTable(sample, occasion))
        out.append(Canvas(conclusion(occasion), tag: nil, spaceBefore: 10))
        return out
    }

    /// "T2 2026, senast 2026-08-31"; undated: "Datum enligt kommunens årshjul för SAM: ______".
    func occasionWords(_ o: Occasion, _ c: ControlActivity) -> String {
        guard o.due == nil else { return "\(words.occasion): \(o.words)" }
        let blank = "____________________"
        if let r = c.when.range(of: "enligt ", options: .caseInsensitive) {
            var basis = String(c.when[r.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            if basis.hasPrefix("kommunens ") { basis.removeFirst("kommunens ".count) }
            return "\(words.undatedPrefix) enligt \(basis): \(blank)"
        }
        return "\(words.undatedPrefix): \(blank)"
    }

    func areaNames(_ c: ControlActivity) -> [String] {
        var names: [String] = []
        for r in c.risks {
            guard let risk = plan.risk(r), let process = plan.process(risk.process), let area = plan.area(process.area),
                  !names.contains(area.name) else { continue }
            names.append(area.name)
        }
        return names
    }

    /// Label | value rows: plan, area, process, risk, the three questions, responsible, samples.
    func head(_ o: Occasion, _ c: ControlActivity, _ sample: SheetSample) -> Table {
        let i = plan.info
        var rows: [(String, String)] = [(words.plan, "\(i.title), \(i.municipality), \(i.board)")]
        let areas = areaNames(c)
        if !areas.isEmpty { rows.append((words.area, areas.joined(separator: ", "))) }
        var processes: [String] = []
        for r in c.risks {
            guard let risk = plan.risk(r), let p = plan.process(risk.process) else { continue }
            let line = "\(p.code) \(p.name)"
            if !processes.contains(line) { processes.append(line) }
        }
        if !processes.isEmpty { rows.append((words.process, processes.joined(separator: "\n"))) }
        let risks = c.risks.compactMap { plan.risk($0) }.map { "\($0.number). \($0.title) (\(words.riskValue) \($0.value.map(String.init) ?? "–"))" }   // unknown: a dash, not a guess
        rows.append((words.risk, risks.joined(separator: "\n")))
        rows.append((words.what, c.what))
        rows.append((words.how, c.how))
        rows.append((words.when, c.when))
        rows.append((words.responsible, c.responsible ?? "______________________________"))
        let count = c.samples.map { $0.min == $0.max ? "\($0.max)" : "\($0.description) (\(sample.rows) rader)" } ?? "\(sample.rows)"
        rows.append((words.samples, "\(count) \(words.perOccasion)"))
        let body = rows.map { label, value in
            TableRow([
                TableCell([Paragraph([TextSpan(label)], style: styles.label, minLines: 1)]),
                TableCell(value.split(separator: "\n").map { Paragraph([TextSpan(String($0))], style: styles.cell) }),
            ])
        }
        let style = TableStyle(padding: Insets(vertical: 2.5, horizontal: 4), rowRule: Stroke(color: styles.rule.color, width: 0.3),
                               headerRule: nil, columnRule: nil, border: nil)
        return Table(columns: [.relative(26), .relative(74)], rows: body, style: style, spaceAfter: 6)
    }

    /// The seed, the population's name, row count and SHA-256, one line each, so an auditor can redo the draw.
    func drawLines(_ s: SheetSample) -> [any Block] {
        guard let p = s.population else {
            return [Paragraph([TextSpan(words.noPopulation)], style: styles.small, spaceAfter: 4, minLines: 1)]
        }
        let lines = ["\(words.seed): \(s.seed)", "\(words.population): \(p.fileName)", "\(words.rows): \(p.rowCount)",
                     "\(words.sha256): \(p.sha256)"]
        return lines.enumerated().map { n, line in
            Paragraph([TextSpan(line)], style: styles.small, spaceAfter: n == lines.count - 1 ? 4 : 0, keepWithNext: true, minLines: 1)
        }
    }

    /// Nr | Stickprov | Datum | Resultat (☐ Utan anmärkning ☐ Avvikelse) | Kommentar/åtgärd | Signatur.
    func sampleTable(_ s: SheetSample, _ occasion: Occasion) -> Table {
        let columns = settings.columns.map { Table.ColumnWidth.relative($0) }
        let table = Table(columns: columns, rows: [], style: styles.table)
        let widths = table.resolvedWidths(width)
        let padding = styles.table.padding
        let resultWidth = max(20, widths[3] - padding.horizontal)
        let cellHeight = max(0, settings.rowHeight - padding.vertical)
        let rowHeight = resultCell(width: resultWidth, height: cellHeight).size.height
        let control = occasion.controlID
        let header = TableRow([words.number, words.unit, words.date, words.result, words.comment, words.signature].map {
            TableCell([Paragraph([TextSpan($0)], style: styles.tableHead, minLines: 1)])
        })
        let rows = (0..<s.rows).map { n -> TableRow in
            let unit = s.units.flatMap { n < $0.count ? $0[n] : nil } ?? ""
            let row = n + 1
            // A fillable row: a field over the whole cell (inside its padding), as tall as the result boxes.
            func field(_ part: ChecklistFieldName.Part, column: Int, tooltip: String, value: String? = nil) -> [any Block] {
                guard fillable else { return [] }
                let size = Size(max(10, widths[column] - padding.horizontal), rowHeight)
                var f = Frame(size: size)
                f.add(.formField(FormField(name: ChecklistFieldName(occasion, part).name, kind: .text(multiline: true),
                                           tooltip: tooltip, value: value), size))
                return [Canvas(f, tag: nil)]
            }
            let where_ = "\(control) \(occasion.label), rad \(row)"
            return TableRow([
                TableCell([Paragraph([TextSpan("\(row)")], style: styles.cell, minLines: 1)]),
                // A drawn unit: on a fillable sheet a read-only field that shows it, so the import reads it too.
                TableCell(unit.isEmpty || fillable
                          ? field(.unit(row), column: 1, tooltip: "\(words.unit), \(where_)", value: unit.isEmpty ? nil : unit)
                          : [Paragraph([TextSpan(unit)], style: styles.cell)]),
                TableCell([]),
                TableCell([Canvas(resultCell(width: resultWidth, height: cellHeight, fields: fillable ? (occasion, row) : nil), tag: nil)]),
                TableCell(field(.comment(row), column: 4, tooltip: "\(words.comment), \(where_)")),
                TableCell([]),
            ])
        }
        return Table(columns: columns, header: [header], rows: rows, style: styles.table, spaceBefore: 4)
    }

    /// Two drawn check boxes with their words, stacked; the frame is as tall as a row must be.
    /// With `fields`, each box is also a check box field of that occasion's row.
    func resultCell(width: Double, height: Double, fields: (Occasion, Int)? = nil) -> Frame {
        let box = settings.checkBox
        let style = styles.cell.with { $0.hyphenate = false }
        let lineHeight = max(box, text.shaper.shape("Ag", style: style, width: 200).height)
        var f = Frame(size: Size(width, max(height, 2 * lineHeight + 4)))
        for (k, label) in [words.noRemark, words.deviation].enumerated() {
            let top = 1 + Double(k) * (lineHeight + 3)
            let at = Point(0.5, top + (lineHeight - box) / 2)
            f.add(.rect(Size(box, box), fill: nil, stroke: styles.rule, radius: 0), at: at)
            if let (occasion, row) = fields {
                let part: ChecklistFieldName.Part = k == 0 ? .noRemark(row) : .deviation(row)
                f.add(.formField(FormField(name: ChecklistFieldName(occasion, part).name, kind: .checkBox,
                                           tooltip: "\(label), \(occasion.controlID) \(occasion.label), rad \(row)"), Size(box, box)), at: at)
            }
            text.add(label, style: style, width: width - box - 4, at: Point(box + 4, top), to: &f)
        }
        return f
    }

    /// Sammanfattande bedömning with ruled lines, "Avvikelser rapporterade till", and the controller's
    /// name, date and signature lines: one drawing, so the block never splits from itself.
    func conclusion(_ occasion: Occasion) -> Frame {
        let pad = 8.0
        let inner = width - 2 * pad
        var f = Frame(size: Size(width, 0))
        var y = pad
        y += text.add(words.conclusion, style: styles.label, width: inner, at: Point(pad, y), to: &f)
        let gap = 20.0
        let thin = Stroke(color: styles.rule.color, width: 0.5)
        let linesTop = y
        for _ in 0..<settings.conclusionLines {
            y += gap
            f.add(.line(to: Point(inner, 0), stroke: thin), at: Point(pad, y))
        }
        let what = "\(occasion.controlID) \(occasion.label)"
        if fillable {
            // One box over the ruled lines (at least one line's room when the layout rules none).
            let height = max(gap, y - linesTop)
            f.add(.formField(FormField(name: ChecklistFieldName(occasion, .conclusion).name, kind: .text(multiline: true),
                                       tooltip: "\(words.conclusion), \(what)"), Size(inner, height)), at: Point(pad, linesTop + 2))
            y = max(y, linesTop + height)
        }
        y += 12
        let reported = words.reportedTo + ":"
        let h = text.add(reported, style: styles.label, width: inner, at: Point(pad, y), to: &f)
        let lx = pad + text.naturalWidth(reported, style: styles.label) + 6
        y += h
        f.add(.line(to: Point(max(10, pad + inner - lx), 0), stroke: thin), at: Point(lx, y))
        y += 26
        let labels = [words.controller, words.date, words.signature]
        let shares = [0.45, 0.2, 0.35]
        var x = pad
        let colGap = 12.0
        var labelHeight = 0.0
        for (label, share) in zip(labels, shares) {
            let w = inner * share - (label == labels.last ? 0 : colGap)
            f.add(.line(to: Point(w, 0), stroke: styles.rule), at: Point(x, y))
            // Name and date are typed on their lines; the signature stays a line to sign on paper.
            let part: ChecklistFieldName.Part? = label == words.controller ? .controller : label == words.date ? .date : nil
            if fillable, let part {
                let h = 15.0
                f.add(.formField(FormField(name: ChecklistFieldName(occasion, part).name, kind: .text(multiline: false),
                                           tooltip: "\(label), \(what)\(part == .date ? " (ÅÅÅÅ-MM-DD)" : "")"), Size(w, h)),
                      at: Point(x, y - h - 0.5))
            }
            labelHeight = max(labelHeight, text.add(label, style: styles.small, width: w, at: Point(x, y + 2), to: &f))
            x += inner * share
        }
        y += 2 + labelHeight + pad
        var framed = Frame(size: Size(width, y))
        framed.add(.rect(Size(width, y), fill: nil, stroke: styles.rule, radius: 0))
        framed.merge(f, at: .zero)
        return framed
    }
}
