/// One element of a paragraph as the line breaker sees it (Knuth & Plass, "Breaking paragraphs into
/// lines", 1981): a box is something of fixed width (a word or a piece of one), glue is space that may
/// stretch or shrink and where a line may end when a box precedes it, a penalty is a possible break
/// with a cost (`flagged` for a hyphen, which then adds its `width` to the line it ends).
public struct BreakItem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case box, glue, penalty }
    /// What the item is.
    public var kind: Kind
    /// Width in points (a penalty's width counts only when the line ends there: the hyphen).
    public var width: Double
    /// How far glue may grow; `.infinity` for the glue that fills a paragraph's last line.
    public var stretch: Double
    /// How far glue may shrink (justified text only).
    public var shrink: Double
    /// A penalty's cost; ≥ `LineBreaker.never` forbids the break, ≤ `-LineBreaker.never` forces it.
    public var penalty: Double
    /// A hyphen break: consecutive flagged breaks cost extra and are limited.
    public var flagged: Bool

    public static func box(_ width: Double) -> BreakItem {
        BreakItem(kind: .box, width: width, stretch: 0, shrink: 0, penalty: 0, flagged: false)
    }
    public static func glue(_ width: Double, stretch: Double = 0, shrink: Double = 0) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink, penalty: 0, flagged: false)
    }
    public static func penalty(_ cost: Double, width: Double = 0, flagged: Bool = false) -> BreakItem {
        BreakItem(kind: .penalty, width: width, stretch: 0, shrink: 0, penalty: cost, flagged: flagged)
    }
    /// The end of a paragraph: glue that fills the last line, then a forced break.
    public static let paragraphEnd: [BreakItem] = [.penalty(LineBreaker.never), .glue(0, stretch: .infinity), .penalty(-LineBreaker.never)]
}

/// How lines are judged. Demerits follow TeX: (linePenalty + badness)² + penalty², plus the extras below.
public struct BreakParameters: Hashable, Sendable {
    /// Added to every line's badness: fewer lines are better.
    public var linePenalty: Double = 10
    /// Extra stretch every line has at its end. Ragged-right text sets this (TeX's \rightskip stretch) and
    /// gives its word spaces no stretch; justified text leaves it 0.
    public var raggedStretch: Double = 0
    /// Added when two consecutive lines end in a hyphen.
    public var doubleHyphenDemerits: Double = 10_000
    /// Added when the second-to-last line ends in a hyphen, which leaves the last line a word's fragment.
    /// More than any line that fits can cost: only a word too wide for the line is broken there.
    public var finalHyphenDemerits: Double = 1e9
    /// Added when a line's fitness class (tight, decent, loose, very loose) differs from the previous
    /// line's by more than one.
    public var adjacentFitnessDemerits: Double = 10_000
    /// Never more than this many lines in a row end in a hyphen, unless the only other way is a line too
    /// wide for its measure.
    public var maxConsecutiveHyphens: Int = 2
    /// Paragraphs with more possible breaks than this are broken first-fit: the total-fit pass costs about
    /// (breaks × breaks that fit on one line), and a paragraph this long is not prose anyone reads.
    public var totalFitLimit: Int = 20_000

    public init() {}
    public init(_ change: (inout BreakParameters) -> Void) { change(&self) }
}

/// Total-fit line breaking: chooses the breaks that minimise the paragraph's total demerits, so an early
/// line may be shorter to save a hyphen or a gappy line later. A pure function of item widths.
public enum LineBreaker {
    /// A penalty at least this large forbids a break; its negation forces one.
    public static let never: Double = 10_000
    /// TeX's "infinitely bad": the badness of a line that cannot stretch to its width.
    static let awful: Double = 10_000
    /// The largest badness a line that fits can have: (linePenalty + cap)² stays below a final hyphen.
    static let badnessCap: Double = 30_000
    /// What a line too wide for its measure costs: more than anything else, a final hyphen included.
    static let overfullDemerits: Double = 1e12
    /// What a line costs that would be one hyphenated line too many in a row.
    static let tooManyHyphensDemerits: Double = 1e10

    /// The indices of the items at which lines end (the last is always the final forced break, when the
    /// items end with `BreakItem.paragraphEnd`). `firstWidth` is the first line's width, `width` every
    /// other's. Lines that cannot avoid being too wide (a box wider than the line) are allowed then.
    public static func breaks(_ items: [BreakItem], firstWidth: Double, width: Double,
                              _ p: BreakParameters = BreakParameters()) -> [Int] {
        guard !items.isEmpty else { return [] }
        let sums = Sums(items)
        let candidates = items.indices.filter { sums.isBreak($0) }
        if candidates.count > p.totalFitLimit {
            return greedy(items, sums, candidates, firstWidth: firstWidth, width: width, p)
        }
        return totalFit(items, sums, candidates, firstWidth: firstWidth, width: width, p)
    }

    // MARK: - Total fit

    private struct Node {
        var position: Int          // the break item's index; -1 for the paragraph's start
        var line: Int              // lines before this break
        var fitness: Int
        var hyphens: Int           // lines in a row ending in a hyphen, this one included
        var total: Double
        var previous: Int          // index into `nodes`, -1 for none
    }

    private static func totalFit(_ items: [BreakItem], _ sums: Sums, _ candidates: [Int],
                                 firstWidth: Double, width: Double, _ p: BreakParameters) -> [Int] {
        var nodes = [Node(position: -1, line: 0, fitness: 1, hyphens: 0, total: 0, previous: -1)]
        var active = [0]
        for b in candidates {
            let item = items[b]
            let isLast = b == items.count - 1
            // The best new node per (fitness class, hyphen run): slot fitness × 4 + min(run, 3).
            var best = [Node?](repeating: nil, count: 16)
            var keep: [Int] = []
            var bestOverfull: (node: Int, excess: Double, total: Double)?
            for a in active {
                let from = nodes[a]
                let lineWidth = from.line == 0 ? firstWidth : width
                let forced = item.kind == .penalty && item.penalty <= -never
                guard let r = ratio(sums, from: from.position, to: b, lineWidth: lineWidth, p) else {
                    keep.append(a)      // nothing between the two breaks: no line, the node stays
                    continue
                }
                if r < -1 {
                    // Too wide, and every later break only makes it wider: drop the node, but remember the
                    // least overfull line in case nothing else remains (a box wider than the line).
                    let excess = sums.excess(from: from.position, to: b, lineWidth: lineWidth)
                    if bestOverfull.map({ excess < $0.excess || (excess == $0.excess && from.total < $0.total) }) ?? true {
                        bestOverfull = (a, excess, from.total)
                    }
                    continue
                }
                if !forced { keep.append(a) }
                let flagged = item.kind == .penalty && item.flagged
                let run = flagged ? from.hyphens + 1 : 0
                // Capped above TeX's 10 000 so that very short ragged lines still differ (a line of one
                // short word is worse than a half-full one), yet below what a final hyphen costs; the ratio
                // breaks ties between lines that are both at the cap.
                let badness = min(badnessCap, 100 * pow3(abs(r)))
                var d = demerits(badness, item, p) + abs(r)
                // Worse than a final hyphen, better than a line too wide: a long word in a narrow column may
                // need every line hyphenated.
                if run > p.maxConsecutiveHyphens { d += tooManyHyphensDemerits }
                if flagged && from.hyphens > 0 { d += p.doubleHyphenDemerits }
                if isLast && from.hyphens > 0 { d += p.finalHyphenDemerits }
                let c = fitness(r)
                if abs(c - from.fitness) > 1 { d += p.adjacentFitnessDemerits }
                let node = Node(position: b, line: from.line + 1, fitness: c, hyphens: run, total: from.total + d, previous: a)
                let key = c * 4 + min(run, 3)
                if best[key].map({ node.total < $0.total }) ?? true { best[key] = node }
            }
            if keep.isEmpty, !best.contains(where: { $0 != nil }), let over = bestOverfull {
                // Nothing fits: take the least bad overfull line rather than fail.
                let from = nodes[over.node]
                let flagged = item.kind == .penalty && item.flagged
                best[0] = Node(position: b, line: from.line + 1, fitness: 0, hyphens: flagged ? from.hyphens + 1 : 0,
                               total: from.total + demerits(awful, item, p) + overfullDemerits, previous: over.node)
            }
            active = keep
            for case let node? in best {
                nodes.append(node)
                active.append(nodes.count - 1)
            }
        }
        // The end: the best node at the last candidate (the forced break when the items end with one).
        guard let lastPosition = candidates.last else { return [] }
        var end = -1
        for i in nodes.indices where nodes[i].position == lastPosition {
            if end < 0 || nodes[i].total < nodes[end].total { end = i }
        }
        var result: [Int] = []
        while end > 0 {
            result.append(nodes[end].position)
            end = nodes[end].previous
        }
        return result.reversed()
    }

    // MARK: - First fit

    /// Each line takes as much as fits; a hyphen only when the word would otherwise start the next line
    /// and the run of hyphenated lines allows it.
    private static func greedy(_ items: [BreakItem], _ sums: Sums, _ candidates: [Int],
                               firstWidth: Double, width: Double, _ p: BreakParameters) -> [Int] {
        var result: [Int] = []
        var start = -1
        var lastFit: Int?
        var hyphens = 0
        var i = 0
        while i < candidates.count {
            let b = candidates[i]
            let lineWidth = result.isEmpty ? firstWidth : width
            let item = items[b]
            let forced = item.kind == .penalty && item.penalty <= -never
            guard let r = ratio(sums, from: start, to: b, lineWidth: lineWidth, p) else { i += 1; continue }
            if r < -1 {
                // Overfull: end the line at the last break that fitted (or here, when none did).
                let at = lastFit ?? b
                result.append(at)
                hyphens = items[at].flagged ? hyphens + 1 : 0
                start = at
                lastFit = nil
                if at == b { i += 1 }
                continue
            }
            if forced {
                result.append(b)
                start = b
                lastFit = nil
                hyphens = 0
            } else if !(item.flagged && hyphens >= p.maxConsecutiveHyphens) {
                lastFit = b
            }
            i += 1
        }
        return result
    }

    // MARK: - Measuring

    /// How far the line from after break `from` to break `to` must stretch (> 0) or shrink (< 0) in units
    /// of its stretchability or shrinkability; < -1 means it is too wide. Nil when the line would hold
    /// nothing (two breaks with only discardable items between), unless a forced break ends it.
    private static func ratio(_ sums: Sums, from: Int, to: Int, lineWidth: Double, _ p: BreakParameters) -> Double? {
        let start = sums.lineStart(after: from)
        let forced = sums.items[to].kind == .penalty && sums.items[to].penalty <= -never
        guard start < to || (start == to && forced) else { return nil }
        var w = sums.width[to] - sums.width[start]
        if sums.items[to].kind == .penalty { w += sums.items[to].width }
        let shortfall = lineWidth - w
        if shortfall > 0.0001 {
            if sums.infinite[to] > sums.infinite[start] { return 0 }
            let stretch = sums.stretch[to] - sums.stretch[start] + p.raggedStretch
            return stretch > 0 ? shortfall / stretch : awful
        }
        if shortfall < -0.0001 {
            let shrink = sums.shrink[to] - sums.shrink[start]
            return shrink > 0 ? shortfall / shrink : -.infinity
        }
        return 0
    }

    private static func demerits(_ badness: Double, _ item: BreakItem, _ p: BreakParameters) -> Double {
        let base = (p.linePenalty + badness) * (p.linePenalty + badness)
        guard item.kind == .penalty else { return base }
        if item.penalty >= 0 { return base + item.penalty * item.penalty }
        if item.penalty > -never { return base - item.penalty * item.penalty }
        return base
    }

    /// TeX's fitness classes: 0 tight, 1 decent, 2 loose, 3 very loose.
    private static func fitness(_ r: Double) -> Int {
        r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3
    }

    private static func pow3(_ x: Double) -> Double { x * x * x }

    /// Prefix sums of widths, stretch and shrink (items before index i), and where each line starts.
    private final class Sums {
        let items: [BreakItem]
        var width: [Double]
        var stretch: [Double]
        var shrink: [Double]
        /// Count of infinitely stretchable glue before index i.
        var infinite: [Int]
        /// For each index, the first box at or after it (items.count when none): a line after a break
        /// starts there, discarding the glue and penalties between.
        var nextBox: [Int]

        init(_ items: [BreakItem]) {
            self.items = items
            let n = items.count
            width = [Double](repeating: 0, count: n + 1)
            stretch = width
            shrink = width
            infinite = [Int](repeating: 0, count: n + 1)
            for (i, item) in items.enumerated() {
                let counts = item.kind != .penalty
                width[i + 1] = width[i] + (counts ? item.width : 0)
                let infiniteStretch = item.stretch == .infinity
                stretch[i + 1] = stretch[i] + (counts && !infiniteStretch ? item.stretch : 0)
                shrink[i + 1] = shrink[i] + (counts ? item.shrink : 0)
                infinite[i + 1] = infinite[i] + (counts && infiniteStretch ? 1 : 0)
            }
            nextBox = [Int](repeating: n, count: n + 1)
            var next = n
            for i in stride(from: n - 1, through: 0, by: -1) {
                // A forced break stops the discarding: the line after it starts there (an empty line).
                if items[i].kind == .box || (items[i].kind == .penalty && items[i].penalty <= -LineBreaker.never) { next = i }
                nextBox[i] = next
            }
        }

        /// Glue after a box, or a penalty that does not forbid the break.
        func isBreak(_ i: Int) -> Bool {
            switch items[i].kind {
            case .box: return false
            case .glue: return i > 0 && items[i - 1].kind == .box
            case .penalty: return items[i].penalty < LineBreaker.never
            }
        }

        /// How much wider than `lineWidth` the line from break `from` to break `to` is at its tightest.
        func excess(from: Int, to: Int, lineWidth: Double) -> Double {
            let start = lineStart(after: from)
            var w = width[to] - width[start] - (shrink[to] - shrink[start])
            if items[to].kind == .penalty { w += items[to].width }
            return w - lineWidth
        }

        /// Where the line after break `b` starts (-1: the paragraph's start).
        func lineStart(after b: Int) -> Int {
            guard b >= 0 else { return 0 }
            let s = b + 1
            guard s < items.count else { return items.count }
            // A forced break right after this one is itself the (empty) line's content: start there.
            return items[s].kind == .penalty && items[s].penalty <= -LineBreaker.never ? s : nextBox[s]
        }
    }
}
