import IKModel

/// A control's `samples` and `schedule` in the words chapter 4 prints beneath "När utförs kontrollen?":
/// "1 stickprov per tillfälle, 3 tillfällen, senast i april, augusti och december". The plan's own `when`
/// stays as adopted; this line says what the checklists are made from, so the two can be compared.
enum PlanScheduleWords {
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
                         "augusti", "september", "oktober", "november", "december"]

    /// The label above the words: "Stickprov och tillfällen", or "Tillfällen" when the plan gives no samples.
    static func label(_ control: ControlActivity) -> String {
        control.samples == nil ? "Tillfällen" : "Stickprov och tillfällen"
    }

    static func words(_ control: ControlActivity) -> String {
        var parts: [String] = []
        if let s = control.samples { parts.append("\(s) stickprov per tillfälle") }
        parts.append(occasions(control.schedule))
        let text = parts.joined(separator: ", ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "3 tillfällen, senast i april, augusti och december"; "12 tillfällen, ett i varje månad";
    /// "utan fast datum (efter händelse)".
    static func occasions(_ schedule: Schedule) -> String {
        switch schedule {
        case .eventDriven: return "utan fast datum (efter händelse)"
        case .monthly: return "12 tillfällen, ett i varje månad"
        default:
            let due = schedule.occasions.map(\.month)
            let count = due.count == 1 ? "1 tillfälle" : "\(due.count) tillfällen"
            let names = due.map { months[max(1, min(12, $0)) - 1] }
            return "\(count), senast i \(list(names))"
        }
    }

    /// "a", "a och b", "a, b och c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " och " + last
    }
}
