/// Which checklist sheets a run prints (`--control`, `--period`, `--area`), checked against the plan:
/// an unknown id, period or area is an error that says what was meant.
public struct ChecklistSelection: Sendable {
    /// Control ids; empty: every control.
    public var controls: [String]
    /// `T2`, `Q3`, `H1`, `2026-05`, `maj`, `2026-T2`; nil: the whole year (and the undated sheets).
    public var period: String?
    /// An area's id or name; nil: every area.
    public var area: String?

    public init(controls: [String] = [], period: String? = nil, area: String? = nil) {
        self.controls = controls; self.period = period; self.area = area
    }

    /// A selection the plan cannot satisfy, in words for the person who typed it.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The selected occasions of `plan`, in print order; throws `Problem` for what the plan does not know.
    public func occasions(of plan: Plan) throws -> [Occasion] {
        let ids = plan.controlIDs
        for id in controls where !ids.contains(id) {
            var message = "the plan has no control \(id)"
            if let guess = Self.closest(to: id, among: ids) { message += "; did you mean \(guess)?" }
            throw Problem(description: message + " (its controls: \(ids.joined(separator: ", ")))")
        }
        let months = try period.map { try Self.months(of: $0, year: plan.info.year) }
        var areaID: String?
        if let area {
            guard let found = plan.areas.first(where: { $0.id.lowercased() == area.lowercased() || $0.name.lowercased() == area.lowercased() }) else {
                let names = plan.areas.map(\.name)
                var message = "the plan has no area \"\(area)\""
                if let guess = Self.closest(to: area, among: names + plan.areas.map(\.id)) { message += "; did you mean \"\(guess)\"?" }
                throw Problem(description: message + " (its areas: \(names.joined(separator: ", ")))")
            }
            areaID = found.id
        }
        return plan.occasions.filter { o in
            if !controls.isEmpty, !controls.contains(o.controlID) { return false }
            if let months {
                guard let due = o.due, months.contains(due.month) else { return false }
            }
            if let areaID {
                let control = plan.controls[o.controlIndex]
                let areas = control.risks.compactMap { plan.risk($0).flatMap { plan.process($0.process) }?.area }
                guard areas.contains(areaID) else { return false }
            }
            return true
        }
    }

    static let periodExamples = "T1–T3, Q1–Q4, H1, H2, a month such as 2026-05 or maj, or the year"

    /// The months a `--period` covers; an occasion is selected when it is due in one of them.
    static func months(of text: String, year: Int) throws -> [Int] {
        var t = String(text.lowercased().drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        if t == String(year) { return Array(1...12) }
        let prefix = "\(year)-"
        if t.hasPrefix(prefix) { t.removeFirst(prefix.count) } else if t.count > 4, t.prefix(4).allSatisfy({ $0.isNumber }), t.dropFirst(4).first == "-" {
            throw Problem(description: "the period \(text) is not in the plan year \(year)")
        }
        let names = Period.monthNames.map { $0.lowercased() }
        func number(_ s: Substring) -> Int? { s.allSatisfy({ $0.isNumber }) && !s.isEmpty ? Int(s) : nil }
        if let m = names.firstIndex(of: t) ?? names.firstIndex(where: { t.count >= 3 && $0.hasPrefix(t) }) { return [m + 1] }
        if let m = number(Substring(t)), (1...12).contains(m) { return [m] }
        if let kind = t.first, let n = number(t.dropFirst()) {
            switch (kind, n) {
            case ("t", 1...3): return Period.tertial(n).months
            case ("q", 1...4), ("k", 1...4): return Period.quarter(n).months
            case ("h", 1...2): return Period.half(n).months
            default: break
            }
        }
        var message = "unknown period \"\(text)\""
        let known = ["T1", "T2", "T3", "Q1", "Q2", "Q3", "Q4", "H1", "H2"] + names
        if let guess = closest(to: t, among: known) { message += "; did you mean \(guess)?" }
        throw Problem(description: message + " (give \(periodExamples))")
    }

    /// The candidate nearest `word` by edit distance, when it is near enough to be a typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if d <= max(1, min(3, w.count / 3)), d < (best?.1 ?? .max) { best = (c, d) }
        }
        return best?.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let current = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (x == y ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
