import Foundation
import IKModel
import Yams

/// One field of a filled checklist PDF as `followup import` gets it (the command reads it with IKForms).
public struct ImportedField: Sendable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case checked(Bool)
        /// A field of another kind (signature, choice): its /FT.
        case other(String)
    }

    public var name: String
    public var value: Value
    /// The page, from 1, when known.
    public var page: Int?
    /// A read-only field with what the sheet printed (a drawn unit): taken only into a row that is filled.
    public var printed: Bool

    public init(name: String, value: Value, page: Int? = nil, printed: Bool = false) {
        self.name = name; self.value = value; self.page = page; self.printed = printed
    }

    var isFilled: Bool {
        switch value {
        case .text(let t): return !FollowUpImport.normal(t).isEmpty
        case .checked(let on): return on
        case .other: return false
        }
    }

    var shown: String {
        switch value {
        case .text(let t): return "\"\(FollowUpImport.normal(t))\""
        case .checked(let on): return on ? "ticked" : "not ticked"
        case .other(let type): return "a /\(type) field"
        }
    }
}

/// `ikplan followup import`: the fields of filled checklist sheets (named by `ChecklistFieldName`) read into
/// the tertial's follow-up file. Values from several files are merged, and merged into the existing file;
/// where two say different things nothing is written and each disagreement is named (file, field, value).
/// A filled field that names no occasion of the tertial is reported, never silently dropped. The new file
/// is checked with the follow-up reader before it replaces the old one, in one rename.
public enum FollowUpImport {
    /// What an import did.
    public struct Outcome: Sendable {
        /// The follow-up file, written (or untouched when nothing was new).
        public var url: URL
        /// The file did not exist before.
        public var created: Bool
        /// Anything was written.
        public var written: Bool
        /// What was taken from where, and what became of it in the file, one line each.
        public var taken: [String]
        /// Filled fields that were not taken, and why.
        public var notTaken: [String]
        /// Warnings of the follow-up reader on the written file.
        public var warnings: [String]
    }

    /// Why nothing was written: each problem with its file and field.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var problems: [String]
        public var description: String { problems.joined(separator: "\n") }
    }

    /// A source of a value: `K4.pdf field K4/undated/datum`.
    struct Source: CustomStringConvertible {
        var file: String
        var field: String
        var page: Int?
        var description: String { "\(file)\(page.map { " p. \($0)" } ?? "") field \(field)" }
    }

    struct Valued<T: Equatable> { var value: T; var source: Source }

    struct Row {
        var unit: Valued<String>?
        var comment: Valued<String>?
        var result: Valued<SampleOutcome>?
    }

    /// One occasion as the forms give it.
    struct Filled {
        var occasion: Occasion
        var date: Valued<CalendarDate>?
        var controller: Valued<String>?
        var conclusion: Valued<String>?
        var rows: [Int: Row] = [:]
        var files: Set<String> = []
    }

    /// Imports `forms` (file name, fields) into the tertial's follow-up file of `folder`; `plan` is the folder's
    /// plan as PlanLoader read it (with its follow-ups). Throws `Refusal` and writes nothing on any conflict.
    public static func run(folder: URL, plan: Plan, tertial: Int, forms: [(file: String, fields: [ImportedField])]) throws -> Outcome {
        var problems: [String] = []
        var notTaken: [String] = []
        var merged: [String: Filled] = [:]
        var order: [String] = []
        var printedUnits: [String: [Int: String]] = [:]
        let year = plan.info.year
        let occasions = Dictionary(plan.occasions.map { ("\($0.controlID)|\($0.key)", $0) }, uniquingKeysWith: { a, _ in a })

        for form in forms {
            // Check boxes are read per row and file first: a row's two boxes must agree with each other.
            var boxes: [String: [Int: (noRemark: Bool, deviation: Bool, source: Source)]] = [:]
            for field in form.fields {
                let source = Source(file: form.file, field: field.name, page: field.page)
                guard let name = ChecklistFieldName(parsing: field.name) else {
                    if field.isFilled || { if case .other = field.value { return true } else { return false } }() {
                        notTaken.append("\(source) (\(field.shown)): not a field of an ikplan checklist sheet")
                    }
                    continue
                }
                let key = "\(name.controlID)|\(name.occasionKey)"
                guard let occasion = occasions[key] else {
                    if field.isFilled { notTaken.append("\(source) (\(field.shown)): the plan has no occasion \(name.occasionKey) of control \(name.controlID)") }
                    continue
                }
                if let due = occasion.due, (due.month - 1) / 4 + 1 != tertial {
                    if field.isFilled {
                        notTaken.append("\(source) (\(field.shown)): \(occasion.controlID) \(occasion.label) is due in T\((due.month - 1) / 4 + 1), not T\(tertial); import it with --period T\((due.month - 1) / 4 + 1)")
                    }
                    continue
                }
                if case .checked(let on) = field.value {
                    guard let row = name.part.row else { continue }
                    var entry = boxes[key, default: [:]][row] ?? (false, false, source)
                    if case .noRemark = name.part { entry.noRemark = on } else if case .deviation = name.part { entry.deviation = on }
                    if on { entry.source = source }
                    boxes[key, default: [:]][row] = entry
                    if on, merged[key] == nil { merged[key] = Filled(occasion: occasion); order.append(key) }
                    if on { merged[key]?.files.insert(form.file) }
                    continue
                }
                guard case .text(let raw) = field.value else {
                    notTaken.append("\(source): a /\(field.shown) field where the sheet has a text field")
                    continue
                }
                let text = normal(raw)
                guard !text.isEmpty else { continue }
                if field.printed {
                    if case .unit(let n) = name.part { printedUnits[key, default: [:]][n] = text }
                    continue
                }
                if merged[key] == nil { order.append(key) }
                var f = merged[key] ?? Filled(occasion: occasion)
                f.files.insert(form.file)
                let what = "\(occasion.controlID) \(occasion.label)"
                switch name.part {
                case .date:
                    if let date = parseDate(text), date.year == year {
                        set(&f.date, Valued(value: date, source: source), what: "\(what) date", &problems)
                    } else {
                        problems.append("\(source): \"\(text)\" is not a date in \(year); write it YYYY-MM-DD, e.g. \(year)-03-26")
                    }
                case .controller:
                    set(&f.controller, Valued(value: text, source: source), what: "\(what) controller", &problems)
                case .conclusion:
                    set(&f.conclusion, Valued(value: text, source: source), what: "\(what) conclusion", &problems)
                case .unit(let n):
                    set(&f.rows[n, default: Row()].unit, Valued(value: text, source: source), what: "\(what) row \(n) unit", &problems)
                case .comment(let n):
                    set(&f.rows[n, default: Row()].comment, Valued(value: text, source: source), what: "\(what) row \(n) comment", &problems)
                case .noRemark, .deviation:
                    notTaken.append("\(source) (\(field.shown)): text in a check box field")
                }
                merged[key] = f
            }
            // In name and row order, so the messages come out the same on every run.
            for key in boxes.keys.sorted() {
                let rows = boxes[key] ?? [:]
                for n in rows.keys.sorted() {
                    guard let b = rows[n], var f = merged[key] else { continue }
                    let occasion = f.occasion
                    if b.noRemark && b.deviation {
                        problems.append("\(form.file): \(occasion.controlID) \(occasion.label) row \(n) has both \"Utan anmärkning\" and \"Avvikelse\" ticked; untick one of them")
                        continue
                    }
                    guard b.noRemark || b.deviation else { continue }
                    set(&f.rows[n, default: Row()].result, Valued(value: b.noRemark ? .noRemark : .deviation, source: b.source),
                        what: "\(occasion.controlID) \(occasion.label) row \(n) result", &problems)
                    merged[key] = f
                }
            }
        }

        // Every filled occasion needs its date; every filled row its result.
        var results: [(key: String, result: ControlResult)] = []
        for key in order {
            guard let f = merged[key] else { continue }
            let what = "\(f.occasion.controlID) \(f.occasion.label)"
            let files = f.files.sorted().joined(separator: ", ")
            guard let date = f.date else {
                problems.append("\(files): \(what) is filled in but has no date: fill in the field \(ChecklistFieldName(f.occasion, .date).name) (Datum)")
                continue
            }
            var samples: [SampleResult] = []
            for n in f.rows.keys.sorted() {
                guard let row = f.rows[n] else { continue }
                guard let result = row.result else {
                    problems.append("\(files): \(what) row \(n) has text but neither box ticked: tick \"Utan anmärkning\" or \"Avvikelse\"")
                    continue
                }
                samples.append(SampleResult(number: n, unit: row.unit?.value ?? printedUnits[key]?[n], result: result.value, comment: row.comment?.value))
            }
            results.append((key, ControlResult(controlID: f.occasion.controlID, period: f.occasion.period, date: date.value,
                                               controller: f.controller?.value, samples: samples, conclusion: f.conclusion?.value)))
        }
        guard problems.isEmpty else { throw Refusal(problems: problems) }

        let name = "\(year)-T\(tertial).yaml"
        let existing = plan.followUps.first { $0.tertial == tertial }
        let url = folder.appendingPathComponent(existing?.file ?? "\(FollowUpLoader.folderName)/\(name)")
        var taken: [String] = []
        for key in order {
            guard let f = merged[key] else { continue }
            let rows = f.rows.count
            taken.append("took \(f.occasion.controlID) \(f.occasion.label): date, \(rows) row\(rows == 1 ? "" : "s")\(f.controller == nil ? "" : ", controller")\(f.conclusion == nil ? "" : ", conclusion") from \(f.files.sorted().joined(separator: ", "))")
        }
        var writer = try FollowUpFileText(url: url, existing: existing, plan: plan, tertial: tertial)
        for r in results { writer.merge(r.result, sources: merged[r.key]) }
        guard writer.problems.isEmpty else { throw Refusal(problems: writer.problems) }
        taken += writer.notes
        guard writer.changed else {
            return Outcome(url: url, created: false, written: false, taken: taken, notTaken: notTaken, warnings: [])
        }

        // The new text must read as a follow-up file of this plan before it replaces anything.
        let log = DiagnosticLog()
        let others = Dictionary(plan.followUps.filter { $0.tertial != tertial }.map { ($0.tertial, $0.file) }, uniquingKeysWith: { a, _ in a })
        let checked = FollowUpLoader.read(text: writer.text, name: url.lastPathComponent, folder: folder, plan: plan, log: log,
                                          tally: TextTally(), seen: others)
        if checked == nil || log.hasErrors {
            throw Refusal(problems: ["the merged follow-up does not pass its own checks, so \(url.lastPathComponent) is left as it was:"]
                          + log.diagnostics.sorted().filter { $0.severity == .error }.map { "  \($0.text)" })
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(writer.text.utf8).write(to: url, options: .atomic)
        } catch {
            throw Refusal(problems: ["\(url.path): cannot be written (\(error.localizedDescription)); nothing was changed"])
        }
        return Outcome(url: url, created: existing == nil, written: true, taken: taken, notTaken: notTaken,
                       warnings: log.diagnostics.sorted().filter { $0.severity != .error }.map(\.text))
    }

    /// Keeps the first value; a second that differs is a conflict naming both sources.
    static func set<T: Equatable>(_ slot: inout Valued<T>?, _ new: Valued<T>, what: String, _ problems: inout [String]) {
        guard let old = slot else { slot = new; return }
        if old.value != new.value {
            problems.append("\(what): \(old.source) says \(shown(old.value)), but \(new.source) says \(shown(new.value)); correct one of them")
        }
    }

    static func shown<T>(_ v: T) -> String {
        if let o = v as? SampleOutcome { return "\"\(o.rawValue)\"" }
        return "\"\(v)\""
    }

    /// Whitespace folded: readers differ in line ends, YAML folds long lines.
    static func normal(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    /// 2026-03-26, also 2026-3-26.
    static func parseDate(_ s: String) -> CalendarDate? {
        if let d = CalendarDate(iso: s) { return d }
        let p = s.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3, (1...12).contains(p[1]), (1...CalendarDate.daysIn(month: p[1], year: p[0])).contains(p[2]) else { return nil }
        return CalendarDate(year: p[0], month: p[1], day: p[2])
    }
}
