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
        guard let top = YAMLMapping(root, keys: Self.topKeys, what: Messages.text(.fuTopMapping)) else { return nil }
        guard let tertial = top.required("period").flatMap(readPeriod) else { return nil }
        var followUp = FollowUp(tertial: tertial, year: year, file: file)
        if let d = top.optional("date"), let date = d.date() {
            let start = CalendarDate(year: year, month: 4 * tertial - 3, day: 1)
            if date < start {
                d.error(Messages.text(.fuDateBeforeTertial, date, tertial, start), hint: Messages.text(.fuDateBeforeTertialHint))
            } else if date.year > year + 1 {
                d.error(Messages.text(.fuDateLongAfter, date, year), hint: Messages.text(.fuDateLongAfterHint))
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
            field.error(Messages.text(.fuPeriodOtherYear, text, year), hint: Messages.text(.fuPeriodOtherYearHint))
            return nil
        }
        guard case .tertial(let t)? = Period(parsing: text, year: year) else {
            field.error(Messages.text(.fuNotATertial, text), hint: Messages.text(.fuNotATertialHint))
            return nil
        }
        if let other = seenTertials[t] {
            field.error(Messages.text(.fuTertialTwice, t, other), hint: Messages.text(.fuTertialTwiceHint))
            return nil
        }
        let expected = "\(year)-T\(t)"
        if fileName != "\(expected).yaml" && fileName != "\(expected).yml" {
            field.warning(Messages.text(.fuFileNamed, fileName, expected), hint: Messages.text(.fuFileNamedHint, expected))
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
                element.error(Messages.text(.fuOccasionTwice, r.controlID, r.period.printed(year: year), line),
                              hint: Messages.text(.fuOccasionTwiceHint))
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
            var message = Messages.text(.fuUnknownControl, id)
            if let guess = EditDistance.closest(to: id, among: ids) { message += "; " + Messages.text(.didYouMeanCode, guess) }
            idField.error(message, hint: Messages.text(.fuPlanControls, ids.joined(separator: ", ")))
            return nil
        }
        let control = plan.controls[index]
        let periods = control.schedule.periods
        let listed = periods.map { $0.written(year: year) }.joined(separator: ", ")
        var period: Period?
        if let o = m.optional("occasion") {
            guard let text = o.text() else { return nil }
            guard let p = Period(parsing: text, year: year) else {
                o.error(Messages.text(.fuNotAnOccasion, text), hint: Messages.text(.fuOccasionAsOnSheet, listed))
                return nil
            }
            period = p
        } else if periods.count == 1 {
            period = periods[0]     // a control with one occasion in the year needs no occasion:
        } else {
            let due = periods.filter { p in Occasion(controlIndex: index, controlID: id, period: p, year: year).due.map { ($0.month - 1) / 4 + 1 } == tertial }
            if due.count == 1 { period = due[0] } else {
                m.field.error(Messages.text(.fuWhichOccasion, id, periods.count), hint: Messages.text(.fuItsOccasions, listed))
                return nil
            }
        }
        guard let period else { return nil }
        let occasionField = m.optional("occasion") ?? idField
        guard periods.contains(period) else {
            occasionField.error(Messages.text(.fuNoSuchOccasion, id, period.written(year: year)), hint: Messages.text(.fuItsOccasionsWhen, control.when, listed))
            return nil
        }
        let occasion = Occasion(controlIndex: index, controlID: id, period: period, year: year)
        if let due = occasion.due, (due.month - 1) / 4 + 1 != tertial {
            let t = (due.month - 1) / 4 + 1
            occasionField.error(Messages.text(.fuOtherTertial, id, occasion.label, t, tertial),
                                hint: Messages.text(.fuReportItIn, "\(FollowUpLoader.folderName)/\(year)-T\(t).yaml"))
            return nil
        }
        guard let dateField = m.required("date"), let date = dateField.date() else { return nil }
        guard date.year == year else {
            dateField.error(Messages.text(.fuControlDateOutside, date, year), hint: Messages.text(.fuGiveControlDay))
            return nil
        }
        if let reported = reportDate, date > reported {
            dateField.error(Messages.text(.fuDatedAfterReport, id, occasion.label, date, reported),
                            hint: Messages.text(.fuDatedAfterReportHint))
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
            m.field.warning(Messages.text(.fuNoCorrective, id, occasion.label),
                            hint: Messages.text(.fuNoCorrectiveHint))
        }
        if samples.contains(where: { $0.result == .deviation }), deviations.isEmpty {
            m.field.warning(Messages.text(.fuDeviationUndescribed, id, occasion.label),
                            hint: Messages.text(.fuDeviationUndescribedHint))
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
                numberField.error(Messages.text(.fuNoSuchSample, id, Messages.count(max, one: .fuSampleOne, many: .fuSampleMany), n),
                                  hint: Messages.text(.fuRowNumberUpTo, max))
                continue
            }
            guard n >= 1 else {
                numberField.error(Messages.text(.fuNotASampleNumber, n), hint: Messages.text(.fuRowNumberFromOne))
                continue
            }
            if let line = seen[n] {
                numberField.error(Messages.text(.fuSampleTwice, n, line), hint: Messages.text(.fuSampleTwiceHint))
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
            field.warning(Messages.text(.fuResultReadAs, text, o.rawValue), hint: Messages.text(.statusReadAsHint, o.rawValue))
            return o
        }
        var message = Messages.text(.fuUnknownResult, text)
        if let guess = EditDistance.nearest(to: t, among: all) { message += "; " + Messages.text(.didYouMean, guess) }
        field.error(message, hint: Messages.text(.fuResultIsOneOf, all.joined(separator: Messages.text(.fuOr))))
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
                byField.error(Messages.text(.fuCorrectiveBefore, by, date),
                              hint: Messages.text(.fuCorrectiveBeforeHint, date))
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
                var message = Messages.text(.fuUnknownAction, id)
                if let guess = EditDistance.closest(to: id, among: ids) { message += "; " + Messages.text(.didYouMeanCode, guess) }
                idField.error(message, hint: Messages.text(.fuPlanActions, ids.joined(separator: ", ")))
                return nil
            }
            if let line = seen[id] {
                idField.error(Messages.text(.fuActionTwice, id, line), hint: Messages.text(.fuActionTwiceHint))
                return nil
            }
            seen[id] = idField.position.line
            guard let status = m.required("status")?.actionStatusAndNote() else { return nil }
            var date: CalendarDate?
            if let d = m.optional("date"), let value = d.date() {
                guard value.year == year else {
                    d.error(Messages.text(.fuControlDateOutside, value, year), hint: Messages.text(.fuGiveStatusDay))
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
                numberField.error(Messages.text(.fuNoSuchRisk, n), hint: Messages.text(.riskNumbersInPlan, known))
                return nil
            }
            if let line = seen[n] {
                numberField.error(Messages.text(.fuRiskTwice, n, line), hint: Messages.text(.fuRiskTwiceHint))
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
            field.error(Messages.text(.fuScaleOutside, n), hint: Messages.text(.fuScaleOutsideHint))
            return nil
        }
        return n
    }
}
