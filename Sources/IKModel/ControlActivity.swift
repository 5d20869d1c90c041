/// Kontrollmoment: how the municipality watches a risk during the year.
public struct ControlActivity: Hashable, Sendable {
    /// The stable id the plan gives (`id: K-brand-1`); nil: derived from the plan order (`Plan.controlID`).
    public var id: String?
    /// The numbers of the risks the control watches (`Risk.number`).
    public var risks: [Int]
    /// Kontrollaktivitet: the control in a few words.
    public var activity: String
    /// Vad kontrolleras? What is checked.
    public var what: String
    /// Hur sker kontrollen? How it is checked.
    public var how: String
    /// När utförs kontrollen? When, in the plan's own words (printed as written).
    public var when: String
    /// The same when, structured: the occasions checklists are made for.
    public var schedule: Schedule
    /// Stickprov: how many samples are checked per occasion; nil when the plan does not say.
    public var samples: SampleCount?
    /// Who carries out the control, as a role ("Ekonomichefen").
    public var responsible: String?
    /// Where the stickprov units are drawn from (`sample_from:`), when the plan names a population.
    public var population: PopulationReference?

    public init(id: String? = nil, risks: [Int], activity: String, what: String, how: String, when: String,
                schedule: Schedule, samples: SampleCount? = nil, responsible: String? = nil,
                population: PopulationReference? = nil) {
        self.id = id; self.risks = risks; self.activity = activity; self.what = what; self.how = how
        self.when = when; self.schedule = schedule; self.samples = samples; self.responsible = responsible
        self.population = population
    }
}

/// When a control is carried out during the plan year.
public enum Schedule: Hashable, Sendable {
    case monthly
    case quarterly
    /// Each tertial: T1 jan–apr, T2 maj–aug, T3 sep–dec.
    case perTertial
    case halfYearly
    case yearly
    /// The given months, 1–12.
    case months([Int])
    /// The given tertials, 1–3.
    case tertials([Int])
    /// No date: after an event.
    case eventDriven

    /// The occasions in a year as (label, last month of the period); empty when event-driven.
    public var occasions: [(label: String, month: Int)] {
        let monthNames = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli",
                          "Augusti", "September", "Oktober", "November", "December"]
        switch self {
        case .monthly: return (1...12).map { (monthNames[$0 - 1], $0) }
        case .quarterly: return (1...4).map { ("Kvartal \($0)", $0 * 3) }
        case .perTertial: return (1...3).map { ("Tertial \($0)", $0 * 4) }
        case .halfYearly: return [("Halvår 1", 6), ("Halvår 2", 12)]
        case .yearly: return [("Helår", 12)]
        case .months(let ms): return ms.map { (monthNames[max(1, min(12, $0)) - 1], $0) }
        case .tertials(let ts): return ts.map { ("Tertial \($0)", $0 * 4) }
        case .eventDriven: return []
        }
    }
}

/// Samples per occasion: a number (`5`) or a range (`3–5`).
public struct SampleCount: Hashable, Sendable, CustomStringConvertible {
    /// The fewest samples per occasion.
    public var min: Int
    /// The most samples per occasion; equal to `min` for an exact number.
    public var max: Int
    public init(min: Int, max: Int) { self.min = min; self.max = max }
    public init(exactly n: Int) { self.init(min: n, max: n) }
    public var description: String { min == max ? "\(min)" : "\(min)–\(max)" }
}
