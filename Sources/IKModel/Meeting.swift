/// The meeting where the political internal controllers proposed the plan (the minutes).
public struct Meeting: Sendable {
    /// The meeting's title: "Möte med politiska internkontrollanter".
    public var title: String
    /// The meeting date (sammanträdesdatum).
    public var date: CalendarDate
    /// When it began, as written: "10:00".
    public var startTime: String?
    /// When it ended, as written: "13:00".
    public var endTime: String?
    /// Where the meeting was held.
    public var place: String
    /// Who took part (deltagare), as the minutes list them.
    public var participants: [Participant]
    /// The agenda items (paragrafer), in order.
    public var items: [AgendaItem]
    /// Vid pennan: who took the minutes.
    public var noteTaker: String?
    /// Who signs the minutes: ordförande, justerare, sekreterare.
    public var signatories: [Signatory]
    /// Where the minutes are signed: "Justeringens plats och tid" (formal protokoll).
    public var adjustment: String?
    /// Förvaringsplats for the anslag/bevis block (formal protokoll).
    public var storagePlace: String?
    /// The body the meeting belongs to, as the formal protokoll names it ("Organ"): the plan's board when nil.
    public var organ: String?

    public init(title: String, date: CalendarDate, startTime: String? = nil, endTime: String? = nil, place: String,
                participants: [Participant] = [], items: [AgendaItem] = [], noteTaker: String? = nil,
                signatories: [Signatory] = [], adjustment: String? = nil, storagePlace: String? = nil) {
        self.title = title; self.date = date; self.startTime = startTime; self.endTime = endTime
        self.place = place; self.participants = participants; self.items = items; self.noteTaker = noteTaker
        self.signatories = signatories; self.adjustment = adjustment; self.storagePlace = storagePlace
    }

    /// The same meeting belonging to `organ`.
    public func belonging(to organ: String?) -> Meeting {
        var m = self
        m.organ = organ
        return m
    }

    /// "10:00–13:00", or nil without times.
    public var timeSpan: String? {
        guard let s = startTime else { return nil }
        guard let e = endTime else { return s }
        return "\(s)–\(e)"
    }
}

/// Someone who took part in the meeting (deltagare).
public struct Participant: Hashable, Sendable {
    /// The participant's full name.
    public var name: String
    /// The party's abbreviation, printed in brackets: "(S)".
    public var party: String?
    /// The participant's role at the meeting, in the plan's words ("ordförande").
    public var role: String?
    public init(name: String, party: String? = nil, role: String? = nil) { self.name = name; self.party = party; self.role = role }
    /// "Eva Mörk Månsson (S)"
    public var displayName: String { party.map { "\(name) (\($0))" } ?? name }
}

/// One item of the agenda (a paragraf of the minutes).
public struct AgendaItem: Sendable {
    /// The item's number, printed "1." or "§ 1" as the layout says.
    public var number: Int
    /// The item's heading.
    public var title: String
    /// What the meeting decided, when it decided something.
    public var decision: Decision?
    /// The discussion, as prose (sammanfattning).
    public var summary: Prose
    public init(number: Int, title: String, decision: Decision? = nil, summary: Prose = Prose()) {
        self.number = number; self.title = title; self.decision = decision; self.summary = summary
    }
}

/// Beslut: the proposal sentence and its numbered decision points.
public struct Decision: Sendable {
    /// The sentence that introduces the decision points ("Internkontrollanterna föreslår … att").
    public var proposal: String
    /// The decision points (att-satser), in order.
    public var points: [String]
    public init(proposal: String, points: [String]) { self.proposal = proposal; self.points = points }
}

/// Someone who signs the minutes.
public struct Signatory: Hashable, Sendable {
    /// Why someone signs; the raw values are the plan's words.
    public enum Role: String, CaseIterable, Sendable { case chair = "ordförande", adjuster = "justerare", secretary = "sekreterare" }
    /// The signatory's full name.
    public var name: String
    /// Why the signatory signs: ordförande, justerare or sekreterare.
    public var role: Role
    public init(name: String, role: Role) { self.name = name; self.role = role }
}
