/// One time a control is carried out in the plan year: what one checklist sheet is printed for.
public struct Occasion: Hashable, Sendable {
    /// The control's place in `Plan.controls`.
    public var controlIndex: Int
    /// The control's id (`K3`), as printed in the running head and used in file names.
    public var controlID: String
    public var period: Period
    public var year: Int

    public init(controlIndex: Int, controlID: String, period: Period, year: Int) {
        self.controlIndex = controlIndex; self.controlID = controlID; self.period = period; self.year = year
    }

    /// The day the control must be done by: the last day of its period; nil when undated (event-driven).
    public var due: CalendarDate? {
        guard let month = period.months.last else { return nil }
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// A key that names the occasion in file names and streams of the sample draw: `2026-T2`, `2026-03`,
    /// `2026-Q1`, `2026-H2`, `2026`, `undated`.
    public var key: String { period.key(year: year) }

    /// The occasion as the sheet names it: "T2 2026", "Mars 2026"; "Enligt årshjul" when undated.
    public var label: String { period.label(year: year) }

    /// The occasion in words with its due date: "T2 2026, senast 2026-08-31".
    public var words: String { due.map { "\(label), senast \($0)" } ?? label }
}

/// The part of the year an occasion covers.
public enum Period: Hashable, Sendable {
    case month(Int)          // 1–12
    case quarter(Int)        // 1–4
    case tertial(Int)        // 1–3: T1 jan–apr, T2 maj–aug, T3 sep–dec (the board's follow-ups)
    case half(Int)           // 1–2
    case year
    /// After an event, on no date the plan knows.
    case undated

    /// The months the period covers, in order; empty when undated.
    public var months: [Int] {
        switch self {
        case .month(let m): return [m]
        case .quarter(let q): return Array((3 * q - 2)...(3 * q))
        case .tertial(let t): return Array((4 * t - 3)...(4 * t))
        case .half(let h): return Array((6 * h - 5)...(6 * h))
        case .year: return Array(1...12)
        case .undated: return []
        }
    }

    public static let monthNames = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli",
                                    "Augusti", "September", "Oktober", "November", "December"]

    /// The short mark the year overview prints: "T2", "Q1", "H1", "År", "Mar".
    public var shortLabel: String {
        switch self {
        case .month(let m): return String(Self.monthNames[max(1, min(12, m)) - 1].prefix(3))
        case .quarter(let q): return "Q\(q)"
        case .tertial(let t): return "T\(t)"
        case .half(let h): return "H\(h)"
        case .year: return "År"
        case .undated: return "–"
        }
    }

    func key(year: Int) -> String {
        switch self {
        case .month(let m): return "\(year)-\(m < 10 ? "0" : "")\(m)"
        case .quarter(let q): return "\(year)-Q\(q)"
        case .tertial(let t): return "\(year)-T\(t)"
        case .half(let h): return "\(year)-H\(h)"
        case .year: return "\(year)"
        case .undated: return "undated"
        }
    }

    func label(year: Int) -> String {
        switch self {
        case .month(let m): return "\(Self.monthNames[max(1, min(12, m)) - 1]) \(year)"
        case .quarter(let q): return "Kvartal \(q) \(year)"
        case .tertial(let t): return "T\(t) \(year)"
        case .half(let h): return "Halvår \(h) \(year)"
        case .year: return "Helår \(year)"
        case .undated: return "Enligt årshjul"
        }
    }
}

extension Schedule {
    /// The periods of one year, in date order: monthly 12, quarterly 4, per tertial 3, half-yearly 2,
    /// yearly 1, given months or tertials as given (sorted), event-driven one undated.
    public var periods: [Period] {
        switch self {
        case .monthly: return (1...12).map(Period.month)
        case .quarterly: return (1...4).map(Period.quarter)
        case .perTertial: return (1...3).map(Period.tertial)
        case .halfYearly: return [.half(1), .half(2)]
        case .yearly: return [.year]
        case .months(let ms): return ms.filter { (1...12).contains($0) }.sorted().map(Period.month)
        case .tertials(let ts): return ts.filter { (1...3).contains($0) }.sorted().map(Period.tertial)
        case .eventDriven: return [.undated]
        }
    }
}

extension Plan {
    /// Every occasion of the plan year: control by control in plan order, each control's in date order.
    public var occasions: [Occasion] {
        controls.indices.flatMap { i in
            controls[i].schedule.periods.map { Occasion(controlIndex: i, controlID: controlID(at: i), period: $0, year: info.year) }
        }
    }
}
