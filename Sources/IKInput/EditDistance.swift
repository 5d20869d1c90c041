/// Suggestions for misspelt keys and values ("did you mean …").
public enum EditDistance {
    /// Levenshtein distance over Characters, so å, ä and ö count as one edit each.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest candidate, if it is close enough to be a plausible typo: at most a third of the
    /// word's length in edits (at least 1, at most 3). Case is ignored.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let w = word.lowercased()
        let limit = max(1, min(3, w.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let d = between(w, c.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// The closest candidate however far it is: for closed vocabularies, where any suggestion helps.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let w = word.lowercased()
        return candidates.min { between(w, $0.lowercased()) < between(w, $1.lowercased()) }
    }
}
