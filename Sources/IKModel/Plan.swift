/// One municipality's internal control plan for one year, with the meeting that proposed it.
public struct Plan: Sendable {
    /// What the cover and the running heads say: municipality, board, year, date, version.
    public var info: PlanInfo
    /// The chapter texts (CommonMark prose).
    public var texts: PlanTexts
    /// The control areas (internkontrollområden) in the plan's order.
    public var areas: [ControlArea]
    /// The KLASSA processes the risks belong to.
    public var processes: [Process]
    /// The risk inventory, in the order the plan file lists it (the adopted order).
    public var risks: [Risk]
    /// The year's preventive actions (förebyggande åtgärder).
    public var actions: [PreventiveAction]
    /// The year's control activities (kontrollmoment).
    public var controls: [ControlActivity]
    /// The meeting that proposed the plan, for the minutes; nil when the plan names none.
    public var meeting: Meeting?
    /// The population files controls draw their stickprov from (`sample_from:`), by path in the plan folder.
    public var populations: [String: Population] = [:]
    /// The year's follow-ups (`uppfoljning/2026-T1.yaml`…), in tertial order; at most one per tertial.
    public var followUps: [FollowUp] = []

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
    /// The municipality: "Ånge kommun".
    public var municipality: String
    /// The nämnd that adopts the plan: "Kommunstyrelsen".
    public var board: String
    /// The plan year.
    public var year: Int
    /// The document's title: "Internkontrollplan 2026".
    public var title: String
    /// The document date; also the PDF's dates (unless SOURCE_DATE_EPOCH is set).
    public var date: CalendarDate
    /// The document version, as printed: "1.0".
    public var version: String
    /// The plan's language as a BCP 47 tag: "sv-SE".
    public var language: String
    /// The logo's file, relative to the plan folder.
    public var logo: String?
    /// The logo's bytes (PNG or SVG), read from the plan folder and checked by the input stage: documents
    /// draw these and never open the file themselves.
    public var logoData: [UInt8]?

    public init(municipality: String, board: String, year: Int, title: String, date: CalendarDate,
                version: String, language: String = "sv-SE", logo: String? = nil) {
        self.municipality = municipality; self.board = board; self.year = year; self.title = title
        self.date = date; self.version = version; self.language = language; self.logo = logo
    }
}

/// The plan's chapter texts. Each is CommonMark prose.
public struct PlanTexts: Sendable {
    /// Chapter 1, Inledning.
    public var introduction = Prose()
    /// 1.1 Internkontrollanterna har ordet, when the plan has one.
    public var foreword: Foreword?
    /// Chapter 2, Urval av riskinventering: the text before the matrix and the table.
    public var risks = Prose()
    /// Chapter 3, Årets förebyggande åtgärder.
    public var actions = Prose()
    /// Chapter 4, Årets planerade kontrollmoment.
    public var controls = Prose()
    public init() {}
}

public struct Foreword: Sendable {
    /// The foreword's heading.
    public var title: String
    /// The foreword itself.
    public var body: Prose
    /// Who signs the foreword ("Vid pennan").
    public var signedBy: String?
    public init(title: String, body: Prose, signedBy: String? = nil) {
        self.title = title; self.body = body; self.signedBy = signedBy
    }
}

/// Internkontrollområde: Ekonomi, Personal, Verksamhet.
public struct ControlArea: Hashable, Sendable {
    /// A lower-case identifier (`ekonomi`) that processes name in `Process.area`.
    public var id: String
    /// The printed heading: "Ekonomi".
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}

/// A process or routine, classified by KLASSA.
public struct Process: Hashable, Sendable {
    /// The process's KLASSA code: `2.4.1.2`.
    public var code: KlassaCode
    /// The process name: "Betala leverantörsfakturor".
    public var name: String
    /// The `ControlArea.id` of the area the process belongs to.
    public var area: String
    public init(code: KlassaCode, name: String, area: String) { self.code = code; self.name = name; self.area = area }
}
