/// Förebyggande åtgärd: an effort expected to lower a risk's probability or consequence.
public struct PreventiveAction: Hashable, Sendable {
    /// The stable id the plan gives; nil: derived from the plan order (`Plan.actionID`).
    public var id: String?
    /// The numbers of the risks the action lowers (`Risk.number`).
    public var risks: [Int]
    /// What will be done.
    public var description: String
    /// Where the action stands.
    public var status: ActionStatus
    /// Slutdatum: when the action is to be done.
    public var endDate: CalendarDate
    /// Önskad effekt: what the action should bring about.
    public var desiredEffect: String
    /// Who answers for it, as a role ("HR-chefen").
    public var responsible: String?
    /// Words the plan prints after the status, with the badge: "med avvikelse", "enligt plan".
    public var statusNote: String?

    public init(id: String? = nil, risks: [Int], description: String, status: ActionStatus, endDate: CalendarDate,
                desiredEffect: String, responsible: String? = nil, statusNote: String? = nil) {
        self.id = id; self.risks = risks; self.description = description; self.status = status
        self.endDate = endDate; self.desiredEffect = desiredEffect; self.responsible = responsible
        self.statusNote = statusNote
    }

    /// The status as the plan prints it, note included: "Pågående med avvikelse".
    public var statusText: String { [status.label, statusNote].compactMap { $0 }.joined(separator: " ") }
}

/// The closed vocabulary of action states, spelled as the plan prints them.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted = "ej påbörjad"
    case ongoing = "pågående"
    case delayed = "försenad"
    case done = "klar"
    case cancelled = "avbruten"

    /// The label printed on the badge: "Ej påbörjad".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
