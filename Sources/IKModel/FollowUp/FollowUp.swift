/// One tertial's follow-up (uppföljning) of the plan, as a follow-up file gives it (`uppfoljning/2026-T1.yaml`):
/// what each control occasion found, where the preventive actions stand, which risks were re-assessed, and the
/// words of the report. The board follows the plan up at the end of April, August and December.
public struct FollowUp: Sendable {
    /// The tertial, 1–3: T1 January–April, T2 May–August, T3 September–December.
    public var tertial: Int
    /// The plan year the follow-up belongs to.
    public var year: Int
    /// The file it was read from, relative to the plan folder (`uppfoljning/2026-T1.yaml`).
    public var file: String
    /// The date of the follow-up report; nil: the last day of the tertial.
    public var date: CalendarDate?
    /// Who prepared the report ("Olof Bäckman, kvalitetsstrateg"), when given.
    public var preparedBy: String?
    /// The summary for the board (CommonMark).
    public var summary: Prose
    /// The proposed decision; nil: "Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2026, tertial 1".
    public var decision: String?
    /// The controllers' comment, when they have written one; nil leaves ruled room for it.
    public var controllersComment: Prose?
    /// The control occasions performed, in the order the file lists them.
    public var controls: [ControlResult]
    /// The preventive actions whose status is reported.
    public var actions: [ActionUpdate]
    /// The risks re-assessed in the tertial.
    public var risks: [RiskReassessment]

    public init(tertial: Int, year: Int, file: String, date: CalendarDate? = nil, preparedBy: String? = nil,
                summary: Prose = Prose(), decision: String? = nil, controllersComment: Prose? = nil,
                controls: [ControlResult] = [], actions: [ActionUpdate] = [], risks: [RiskReassessment] = []) {
        self.tertial = tertial; self.year = year; self.file = file; self.date = date; self.preparedBy = preparedBy
        self.summary = summary; self.decision = decision; self.controllersComment = controllersComment
        self.controls = controls; self.actions = actions; self.risks = risks
    }

    /// The period as a `Period`.
    public var period: Period { .tertial(tertial) }

    /// `2026-T1`: the key in file names.
    public var key: String { "\(year)-T\(tertial)" }

    /// The date the report speaks for: its own, or the last day of the tertial.
    public var asOf: CalendarDate {
        date ?? CalendarDate(year: year, month: 4 * tertial, day: CalendarDate.daysIn(month: 4 * tertial, year: year))
    }
}

/// What one control occasion found: when it was done, by whom, each sample's result, the deviations and the
/// corrective actions decided.
public struct ControlResult: Sendable {
    /// The control's id (`K3`).
    public var controlID: String
    /// Which of the control's occasions this is (`T1`, `March`, `Q1`, undated for an event-driven control).
    public var period: Period
    /// The day the control was carried out.
    public var date: CalendarDate
    /// Who carried it out.
    public var controller: String?
    /// Each sample's result, by its number on the checklist sheet.
    public var samples: [SampleResult]
    /// The deviations found (avvikelser), each in a sentence.
    public var deviations: [String]
    /// The corrective actions decided (korrigerande åtgärder).
    public var correctiveActions: [CorrectiveAction]
    /// The controller's conclusion (sammanfattande bedömning), when written.
    public var conclusion: String?

    public init(controlID: String, period: Period, date: CalendarDate, controller: String? = nil, samples: [SampleResult] = [],
                deviations: [String] = [], correctiveActions: [CorrectiveAction] = [], conclusion: String? = nil) {
        self.controlID = controlID; self.period = period; self.date = date; self.controller = controller
        self.samples = samples; self.deviations = deviations; self.correctiveActions = correctiveActions
        self.conclusion = conclusion
    }

    /// A deviation was found: a sample says so, or a deviation is written.
    public var hasDeviation: Bool { !deviations.isEmpty || samples.contains { $0.result == .deviation } }
}

/// One sample's line on the checklist sheet.
public struct SampleResult: Hashable, Sendable {
    /// The row number on the sheet, from 1.
    public var number: Int
    /// The unit checked (a workplace, an invoice, a plan), as written.
    public var unit: String?
    public var result: SampleOutcome
    public var comment: String?

    public init(number: Int, unit: String? = nil, result: SampleOutcome, comment: String? = nil) {
        self.number = number; self.unit = unit; self.result = result; self.comment = comment
    }
}

/// The two boxes of a sample row, spelled as the sheet prints them.
public enum SampleOutcome: String, CaseIterable, Hashable, Sendable {
    case noRemark = "utan anmärkning"
    case deviation = "avvikelse"

    /// "Utan anmärkning".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Korrigerande åtgärd: what is to be done about a deviation, who does it, by when, and where it stands.
public struct CorrectiveAction: Hashable, Sendable {
    public var what: String
    /// Who answers for it, as a role or a name.
    public var who: String
    /// The day it is to be done by.
    public var by: CalendarDate
    public var status: ActionStatus
    /// Words printed after the status ("enligt plan").
    public var statusNote: String?

    public init(what: String, who: String, by: CalendarDate, status: ActionStatus = .notStarted, statusNote: String? = nil) {
        self.what = what; self.who = who; self.by = by; self.status = status; self.statusNote = statusNote
    }

    /// Not done and not cancelled.
    public var isOpen: Bool { status != .done && status != .cancelled }
}

/// A preventive action's status as a follow-up reports it.
public struct ActionUpdate: Hashable, Sendable {
    /// The action's id (`A3`).
    public var actionID: String
    public var status: ActionStatus
    /// Words printed after the status ("med avvikelse").
    public var statusNote: String?
    /// When the status was set.
    public var date: CalendarDate?
    public var comment: String?

    public init(actionID: String, status: ActionStatus, statusNote: String? = nil, date: CalendarDate? = nil, comment: String? = nil) {
        self.actionID = actionID; self.status = status; self.statusNote = statusNote; self.date = date; self.comment = comment
    }

    /// "Pågående med avvikelse".
    public var statusText: String { [status.label, statusNote].compactMap { $0 }.joined(separator: " ") }
}

/// A risk assessed anew during the year.
public struct RiskReassessment: Hashable, Sendable {
    /// The risk's number in the plan.
    public var number: Int
    public var probability: Int
    public var consequence: Int
    /// Why the assessment changed.
    public var comment: String?

    public init(number: Int, probability: Int, consequence: Int, comment: String? = nil) {
        self.number = number; self.probability = probability; self.consequence = consequence; self.comment = comment
    }

    public var value: Int { probability * consequence }
}
