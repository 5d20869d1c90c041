import Foundation
import IKModel

/// Reads one follow-up file against the plan it follows up: every id, occasion, sample number and date is
/// checked where it is written, with a did-you-mean for a mistyped id.
struct FollowUpReader {
    let plan: Plan
    /// The file as diagnostics name it: `uppfoljning/2026-T1.yaml`.
    let file: String
    /// Its name alone: `2026-T1.yaml`.
    let fileName: String
    let prose: ProseReader
    /// Tertials already read from other files, with the file.
    let seenTertials: [Int: String]

    static let topKeys = ["period", "date", "prepared_by", "summary", "decision", "controllers_comment", "controls", "actions", "risks"]
    static let controlKeys = ["control", "occasion", "date", "controller", "samples", "deviations", "corrective_actions", "conclusion"]
    static let sampleKeys = ["number", "unit", "result", "comment"]
    static let correctiveKeys = ["what", "who", "by", "status"]
    static let actionKeys = ["action", "status", "date", "comment"]
    static let riskKeys = ["risk", "probability", "consequence", "comment"]

    var year: Int { plan.info.year }

    func read(_ root: YAMLField) -> FollowUp? {
        guard let top = YAMLMapping(root, keys: Self.topKeys, what: "a mapping with period, controls, actions and risks") else { return nil }
        guard let tertial = top.required("period").flatMap(readPeriod) else { return nil }
        var followUp = FollowUp(tertial: tertial, year: year, file: file)
        if let d = top.optional("date"), let date = d.date() {
            let start = CalendarDate(year: year, month: 4 * tertial - 3, day: 1)
            if date < start {
                d.error("the report date \(date) lies before T\(tertial) begins (\(start))", hint: "give the day the follow-up is written, after the tertial")
            } else if date.year > year + 1 {
                d.error("the report date \(date) lies long after the plan year \(year)", hint: "give the day the follow-up is written, YYYY-MM-DD")
            } else {
                followUp.date = date
            }
        }
        followUp.preparedBy = top.optional("prepared_by")?.text()
        followUp.summary = top.optional("summary").flatMap(prose.read) ?? Prose()
        followUp.decision = top.optional("decision")?.text()
        followUp.controllersComment = top.optional("controllers_comment").flatMap(prose.read)
        followUp.controls = top.optional("controls").flatMap { readControls($0, tertial: tertial, reportDate: followUp.date) } ?? []
        followUp.actions = top.optional("actions").flatMap(readActions) ?? []
        followUp.risks = top.optional("risks").flatMap(readRisks) ?? []
        return followUp
    }

    /// `period: T1` (or `2026-T1`): a tertial of the plan year, one file per tertial.
    private func readPeriod(_ field: YAMLField) -> Int? {
        guard let text = field.text() else { return nil }
        let upper = text.uppercased()
        let parts = upper.split(separator: "-")
        if parts.count == 2, let y = Int(parts[0]), y != year {
            field.error("the period \(text) is not in the plan year \(year)", hint: "a follow-up file follows up this plan: write period: T1, T2 or T3")
            return nil
        }
        guard case .tertial(let t)? = Period(parsing: text, year: year) else {
            field.error("\"\(text)\" is not a tertial", hint: "the board follows the plan up per tertial: write period: T1 (January–April), T2 (May–August) or T3 (September–December)")
            return nil
        }
        if let other = seenTertials[t] {
            field.error("T\(t) is already followed up in \(other)", hint: "keep one file per tertial: merge the two, or correct the period")
            return nil
        }
        let expected = "\(year)-T\(t)"
        if fileName != "\(expected).yaml" && fileName != "\(expected).yml" {
            field.warning("the file is named \(fileName) but follows up \(expected)", hint: "name it \(expected).yaml, so the files sort in the year's order")
        }
        return t
    }

    // MARK: - Controls

    private func readControls(_ field: YAMLField, tertial: Int, reportDate: CalendarDate?) -> [ControlResult]? {
        guard let elements = field.list() else { return nil }
        var seen: [String: Int] = [:]
        var out: [ControlResult] = []
        for element in elements {
            guard let r = readControl(element, tertial: tertial, reportDate: reportDate) else { continue }
            let key = "\(r.controlID)|\(r.period.written(year: year))"
            if let line = seen[key] {
                element.error("\(r.controlID) \(r.period.printed(year: year)) is already reported at line \(line)",
                              hint: "report each occasion once: put all its samples under one entry")
                continue
            }
            seen[key] = element.position.line
            out.append(r)
        }
        return out
    }

    private func readControl(_ element: YAMLField, tertial: Int, reportDate: CalendarDate?) -> ControlResult? {
        guard let m = YAMLMapping(element, keys: Self.controlKeys) else { return nil }
        let ids = plan.controlIDs
        guard let idField = m.required("control"), let id = idField.text() else { return nil }
        guard let index = plan.controlIndex(id: id) else {
            var message = "unknown control \(id)"
            if let guess = EditDistance.closest(to: id, among: ids) { message += "; did you mean \(guess)?" }
            idField.error(message, hint: "the plan's controls: \(ids.joined(separator: ", ")) (as on the checklist sheets)")
            return nil
        }
        let control = plan.controls[index]
        let periods = control.schedule.periods
        let listed = periods.map { $0.written(year: year) }.joined(separator: ", ")
        var period: Period?
        if let o = m.optional("occasion") {
            guard let text = o.text() else { return nil }
            guard let p = Period(parsing: text, year: year) else {
                o.error("\"\(text)\" is not an occasion", hint: "write the occasion as on the checklist sheet: \(listed)")
                return nil
            }
            period = p
        } else if periods.count == 1 {
            period = periods[0]     // a control with one occasion in the year needs no occasion:
        } else {
            let due = periods.filter { p in Occasion(controlIndex: index, controlID: id, period: p, year: year).due.map { ($0.month - 1) / 4 + 1 } == tertial }
            if due.count == 1 { period = due[0] } else {
                m.field.error("\(id) has \(periods.count) occasions in the year: say which one with occasion:", hint: "its occasions: \(listed)")
                return nil
            }
        }
        guard let period else { return nil }
        let occasionField = m.optional("occasion") ?? idField
        guard periods.contains(period) else {
            occasionField.error("\(id) has no occasion \(period.written(year: year))", hint: "its occasions (\(control.when)): \(listed)")
            return nil
        }
        let occasion = Occasion(controlIndex: index, controlID: id, period: period, year: year)
        if let due = occasion.due, (due.month - 1) / 4 + 1 != tertial {
            let t = (due.month - 1) / 4 + 1
            occasionField.error("\(id) \(occasion.label) is due in T\(t), not in T\(tertial), which this file follows up",
                                hint: "report it in \(FollowUpLoader.folderName)/\(year)-T\(t).yaml")
            return nil
        }
        guard let dateField = m.required("date"), let date = dateField.date() else { return nil }
        guard date.year == year else {
            dateField.error("\(date) is not in the plan year \(year)", hint: "give the day the control was carried out")
            return nil
        }
        if let reported = reportDate, date > reported {
            dateField.error("\(id) \(occasion.label) is dated \(date), after the follow-up itself (\(reported))",
                            hint: "give the day the control was carried out, or correct the follow-up's date:")
            return nil
        }
        let controller = m.optional("controller")?.text()
        let samples = m.optional("samples").flatMap { readSamples($0, control: control, id: id) } ?? []
        let deviations = m.optional("deviations").flatMap { f in f.list()?.compactMap { $0.text() } } ?? []
        let corrective = m.optional("corrective_actions").flatMap { readCorrective($0, after: date) } ?? []
        let conclusion = m.optional("conclusion")?.text()
        let result = ControlResult(controlID: id, period: period, date: date, controller: controller, samples: samples,
                                   deviations: deviations, correctiveActions: corrective, conclusion: conclusion)
        if result.hasDeviation, corrective.isEmpty {
            m.field.warning("\(id) \(occasion.label) found a deviation but decides no corrective action",
                            hint: "add corrective_actions: with what, who and by, or say in the conclusion why none is needed")
        }
        if samples.contains(where: { $0.result == .deviation }), deviations.isEmpty {
            m.field.warning("a sample of \(id) \(occasion.label) is a deviation, but no deviation is described",
                            hint: "describe it under deviations:, as the board reads it")
        }
        return result
    }

    private func readSamples(_ field: YAMLField, control: ControlActivity, id: String) -> [SampleResult]? {
        guard let elements = field.list() else { return nil }
        var out: [SampleResult] = []
        var seen: [Int: Int] = [:]
        for element in elements {
            guard let m = YAMLMapping(element, keys: Self.sampleKeys) else { continue }
            guard let numberField = m.required("number"), let n = numberField.integer() else { continue }
            if let max = control.samples?.max, !(1...max).contains(n) {
                numberField.error("\(id) has \(max) sample\(max == 1 ? "" : "s") per occasion: there is no sample \(n)",
                                  hint: "use the row number on the checklist sheet, 1–\(max)")
                continue
            }
            guard n >= 1 else {
                numberField.error("\(n) is not a sample number", hint: "use the row number on the checklist sheet, from 1")
                continue
            }
            if let line = seen[n] {
                numberField.error("sample \(n) is already reported at line \(line)", hint: "each row of the sheet once")
                continue
            }
            seen[n] = numberField.position.line
            guard let resultField = m.required("result"), let outcome = readOutcome(resultField) else { continue }
            out.append(SampleResult(number: n, unit: m.optional("unit")?.text(), result: outcome, comment: m.optional("comment")?.text()))
        }
        return out.sorted { $0.number < $1.number }
    }

    private func readOutcome(_ field: YAMLField) -> SampleOutcome? {
        guard let text = field.text() else { return nil }
        let t = text.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
        if let o = SampleOutcome(rawValue: t) { return o }
        let all = SampleOutcome.allCases.map(\.rawValue)
        if let o = SampleOutcome.allCases.first(where: { ActionStatusParsing.fold($0.rawValue) == ActionStatusParsing.fold(t) }) {
            field.warning("result \"\(text)\" read as \"\(o.rawValue)\"", hint: "write it \"\(o.rawValue)\", with å, ä and ö")
            return o
        }
        var message = "unknown result \"\(text)\""
        if let guess = EditDistance.nearest(to: t, among: all) { message += "; did you mean \"\(guess)\"?" }
        field.error(message, hint: "a sample's result is \(all.joined(separator: " or ")), the two boxes of the sheet")
        return nil
    }

    private func readCorrective(_ field: YAMLField, after date: CalendarDate) -> [CorrectiveAction]? {
        guard let elements = field.list() else { return nil }
        return elements.compactMap { element in
            guard let m = YAMLMapping(element, keys: Self.correctiveKeys) else { return nil }
            let what = m.required("what")?.text()
            let who = m.required("who")?.text()
            let byField = m.required("by")
            let by = byField?.date()
            let status = m.optional("status")?.actionStatusAndNote()
            guard let what, let who, let by, let byField else { return nil }
            if by < date {
                byField.error("the corrective action is due \(by), before the control found the deviation (\(date))",
                              hint: "give the day it is to be done by, after \(date)")
                return nil
            }
            return CorrectiveAction(what: what, who: who, by: by, status: status?.status ?? .notStarted, statusNote: status?.note)
        }
    }

    // MARK: - Actions and risks

    private func readActions(_ field: YAMLField) -> [ActionUpdate]? {
        guard let elements = field.list() else { return nil }
        var seen: [String: Int] = [:]
        return elements.compactMap { element in
            guard let m = YAMLMapping(element, keys: Self.actionKeys) else { return nil }
            guard let idField = m.required("action"), let id = idField.text() else { return nil }
            let ids = plan.actionIDs
            guard ids.contains(id) else {
                var message = "unknown action \(id)"
                if let guess = EditDistance.closest(to: id, among: ids) { message += "; did you mean \(guess)?" }
                idField.error(message, hint: "the plan's preventive actions: \(ids.joined(separator: ", ")) (A1 is the first in chapter 3)")
                return nil
            }
            if let line = seen[id] {
                idField.error("\(id) is already reported at line \(line)", hint: "give each action's status once per follow-up")
                return nil
            }
            seen[id] = idField.position.line
            guard let status = m.required("status")?.actionStatusAndNote() else { return nil }
            var date: CalendarDate?
            if let d = m.optional("date"), let value = d.date() {
                guard value.year == year else {
                    d.error("\(value) is not in the plan year \(year)", hint: "give the day the status was set")
                    return nil
                }
                date = value
            }
            return ActionUpdate(actionID: id, status: status.status, statusNote: status.note, date: date, comment: m.optional("comment")?.text())
        }
    }

    private func readRisks(_ field: YAMLField) -> [RiskReassessment]? {
        guard let elements = field.list() else { return nil }
        var seen: [Int: Int] = [:]
        return elements.compactMap { element in
            guard let m = YAMLMapping(element, keys: Self.riskKeys) else { return nil }
            guard let numberField = m.required("risk"), let n = numberField.integer() else { return nil }
            guard plan.risk(n) != nil else {
                let known = plan.risks.map(\.number).sorted().map(String.init).joined(separator: ", ")
                numberField.error("the plan has no risk \(n)", hint: "risk numbers in the plan: \(known)")
                return nil
            }
            if let line = seen[n] {
                numberField.error("risk \(n) is already re-assessed at line \(line)", hint: "give each risk's new assessment once per follow-up")
                return nil
            }
            seen[n] = numberField.position.line
            let p = scale(m.required("probability"))
            let c = scale(m.required("consequence"))
            guard let p, let c else { return nil }
            return RiskReassessment(number: n, probability: p, consequence: c, comment: m.optional("comment")?.text())
        }
    }

    private func scale(_ field: YAMLField?) -> Int? {
        guard let field, let n = field.integer() else { return nil }
        guard (1...4).contains(n) else {
            field.error("\(n) is outside 1–4", hint: "probability and consequence are whole numbers from 1 to 4, as in the plan")
            return nil
        }
        return n
    }
}
