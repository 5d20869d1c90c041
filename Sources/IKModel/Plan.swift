/// One municipality's internal control plan for one year, with the meeting that proposed it.
public struct Plan: Sendable {
    public var info: PlanInfo
    public var texts: PlanTexts
    public var areas: [ControlArea]
    public var processes: [Process]
    public var risks: [Risk]
    public var actions: [PreventiveAction]
    public var controls: [ControlActivity]
    public var meeting: Meeting?

    public init(info: PlanInfo, texts: PlanTexts = PlanTexts(), areas: [ControlArea] = [], processes: [Process] = [],
                risks: [Risk] = [], actions: [PreventiveAction] = [], controls: [ControlActivity] = [], meeting: Meeting? = nil) {
        self.info = info; self.texts = texts; self.areas = areas; self.processes = processes
        self.risks = risks; self.actions = actions; self.controls = controls; self.meeting = meeting
    }

    public func process(_ code: KlassaCode) -> Process? { processes.first { $0.code == code } }
    public func risk(_ number: Int) -> Risk? { risks.first { $0.number == number } }
    public func area(_ id: String) -> ControlArea? { areas.first { $0.id == id } }
}

/// What the cover and the running heads say about the plan.
public struct PlanInfo: Sendable {
    public var municipality: String          // "Ånge kommun"
    public var board: String                 // nämnd: "Kommunstyrelsen"
    public var year: Int
    public var title: String                 // "Internkontrollplan 2026"
    public var date: CalendarDate            // document date; also the PDF's dates
    public var version: String
    public var language: String              // BCP 47, "sv-SE"
    public var logo: String?                 // path relative to the plan folder

    public init(municipality: String, board: String, year: Int, title: String, date: CalendarDate,
                version: String, language: String = "sv-SE", logo: String? = nil) {
        self.municipality = municipality; self.board = board; self.year = year; self.title = title
        self.date = date; self.version = version; self.language = language; self.logo = logo
    }
}

/// The plan's chapter texts. Each is CommonMark prose.
public struct PlanTexts: Sendable {
    public var introduction = Prose()        // 1 Inledning
    public var foreword: Foreword?           // 1.1 Internkontrollanterna har ordet
    public var risks = Prose()               // 2 Urval av riskinventering
    public var actions = Prose()             // 3 Årets förebyggande åtgärder
    public var controls = Prose()            // 4 Årets planerade kontrollmoment
    public init() {}
}

public struct Foreword: Sendable {
    public var title: String
    public var body: Prose
    public var signedBy: String?             // "Vid pennan"
    public init(title: String, body: Prose, signedBy: String? = nil) {
        self.title = title; self.body = body; self.signedBy = signedBy
    }
}

/// Internkontrollområde: Ekonomi, Personal, Verksamhet.
public struct ControlArea: Hashable, Sendable {
    public var id: String
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}

/// A process or routine, classified by KLASSA.
public struct Process: Hashable, Sendable {
    public var code: KlassaCode
    public var name: String
    public var area: String                  // ControlArea.id
    public init(code: KlassaCode, name: String, area: String) { self.code = code; self.name = name; self.area = area }
}
