/// The meeting where the political internal controllers proposed the plan (the minutes).
public struct Meeting: Sendable {
    public var title: String                     // "Möte med politiska internkontrollanter"
    public var date: CalendarDate
    public var startTime: String?                // "10:00"
    public var endTime: String?                  // "13:00"
    public var place: String
    public var participants: [Participant]
    public var items: [AgendaItem]
    public var noteTaker: String?                // Vid pennan
    public var signatories: [Signatory]
    /// Where the minutes are signed: "Justeringens plats och tid" (formal protokoll).
    public var adjustment: String?
    /// Förvaringsplats for the anslag/bevis block (formal protokoll).
    public var storagePlace: String?

    public init(title: String, date: CalendarDate, startTime: String? = nil, endTime: String? = nil, place: String,
                participants: [Participant] = [], items: [AgendaItem] = [], noteTaker: String? = nil,
                signatories: [Signatory] = [], adjustment: String? = nil, storagePlace: String? = nil) {
        self.title = title; self.date = date; self.startTime = startTime; self.endTime = endTime
        self.place = place; self.participants = participants; self.items = items; self.noteTaker = noteTaker
        self.signatories = signatories; self.adjustment = adjustment; self.storagePlace = storagePlace
    }

    /// "10:00–13:00", or nil without times.
    public var timeSpan: String? {
        guard let s = startTime else { return nil }
        guard let e = endTime else { return s }
        return "\(s)–\(e)"
    }
}

public struct Participant: Hashable, Sendable {
    public var name: String
    public var party: String?
    public var role: String?
    public init(name: String, party: String? = nil, role: String? = nil) { self.name = name; self.party = party; self.role = role }
    /// "Eva Mörk Månsson (S)"
    public var displayName: String { party.map { "\(name) (\($0))" } ?? name }
}

public struct AgendaItem: Sendable {
    public var number: Int
    public var title: String
    public var decision: Decision?
    public var summary: Prose
    public init(number: Int, title: String, decision: Decision? = nil, summary: Prose = Prose()) {
        self.number = number; self.title = title; self.decision = decision; self.summary = summary
    }
}

/// Beslut: the proposal sentence and its numbered decision points.
public struct Decision: Sendable {
    public var proposal: String
    public var points: [String]
    public init(proposal: String, points: [String]) { self.proposal = proposal; self.points = points }
}

public struct Signatory: Hashable, Sendable {
    public enum Role: String, CaseIterable, Sendable { case chair = "ordförande", adjuster = "justerare", secretary = "sekreterare" }
    public var name: String
    public var role: Role
    public init(name: String, role: Role) { self.name = name; self.role = role }
}
