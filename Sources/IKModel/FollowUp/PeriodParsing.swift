extension Period {
    /// A period as a person writes one in a follow-up file: `T1`, `Q2` (or `K2`), `H1`, a month (`2026-03`, `3`,
    /// `mars`, `mar`), the year (`2026`, `år`, `helår`), or `utan datum` for an event-driven control's undated
    /// occasion. A year written with a month or tertial (`2026-T1`) must be `year`. Nil when it is none of these.
    public init?(parsing text: String, year: Int) {
        var t = text.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
        let prefix = "\(year)-"
        if t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        if t == String(year) || t == "år" || t == "helår" || t == "year" { self = .year; return }
        if t == "utan datum" || t == "undated" || t == "odaterad" { self = .undated; return }
        let names = Period.monthNames.map { $0.lowercased() }
        if let m = names.firstIndex(of: t) ?? names.firstIndex(where: { t.count >= 3 && $0.hasPrefix(t) }) { self = .month(m + 1); return }
        func number(_ s: Substring) -> Int? { !s.isEmpty && s.allSatisfy({ $0.isASCII && $0.isNumber }) && s.count <= 2 ? Int(s) : nil }
        if let m = number(Substring(t)), (1...12).contains(m) { self = .month(m); return }
        guard let kind = t.first, let n = number(t.dropFirst()) else { return nil }
        switch (kind, n) {
        case ("t", 1...3): self = .tertial(n)
        case ("q", 1...4), ("k", 1...4): self = .quarter(n)
        case ("h", 1...2): self = .half(n)
        default: return nil
        }
    }

    /// The period as a follow-up file writes it: `T1`, `Q2`, `H1`, `2026-03`, `år`, `utan datum`.
    public func written(year: Int) -> String {
        switch self {
        case .month(let m): return "\(year)-\(m < 10 ? "0" : "")\(m)"
        case .quarter(let q): return "Q\(q)"
        case .tertial(let t): return "T\(t)"
        case .half(let h): return "H\(h)"
        case .year: return "år"
        case .undated: return "utan datum"
        }
    }

    /// "T1 2026", "Mars 2026": the occasion's name as the checklist sheet prints it.
    public func printed(year: Int) -> String { label(year: year) }
}
