/// The year as one follow-up report sees it: the plan, and the follow-ups of tertial 1 up to `tertial`.
/// Answers what the report prints: which occasions were due and how they came out, where each action
/// stands now, where each risk sits now. Knows nothing of pages.
public struct FollowUpYear: Sendable {
    public let plan: Plan
    /// The tertial reported on, 1–3.
    public let tertial: Int
    /// The follow-ups of tertials 1…`tertial` that exist, in tertial order.
    public let followUps: [FollowUp]

    public init(plan: Plan, tertial: Int) {
        self.plan = plan
        self.tertial = max(1, min(3, tertial))
        followUps = plan.followUps.filter { $0.tertial <= max(1, min(3, tertial)) }.sorted { $0.tertial < $1.tertial }
    }

    /// The follow-up of the reported tertial itself, if its file exists.
    public var current: FollowUp? { followUps.first { $0.tertial == tertial } }

    /// The tertial an occasion belongs to: the one holding its due month; nil when undated.
    public static func tertial(of occasion: Occasion) -> Int? { occasion.due.map { ($0.month - 1) / 4 + 1 } }

    /// The occasions due in tertial `t`, in plan order.
    public func occasionsDue(in t: Int) -> [Occasion] { plan.occasions.filter { Self.tertial(of: $0) == t } }

    /// The undated occasions (event-driven controls).
    public var undatedOccasions: [Occasion] { plan.occasions.filter { $0.due == nil } }

    /// How an occasion came out.
    public enum Outcome: Hashable, Sendable {
        case noRemark, deviation, notDone
        /// The badge's words: "Utan anmärkning", "Avvikelse", "Ej utförd".
        public var label: String {
            switch self {
            case .noRemark: return "Utan anmärkning"
            case .deviation: return "Avvikelse"
            case .notDone: return "Ej utförd"
            }
        }
    }

    /// The result reported for `occasion` in tertial `t` (undated occasions may be reported in any tertial).
    public func result(_ occasion: Occasion, in t: Int) -> ControlResult? {
        followUps.first { $0.tertial == t }?.controls.first { $0.controlID == occasion.controlID && $0.period == occasion.period }
    }

    /// The result reported for a dated occasion, in whichever follow-up holds it.
    public func result(_ occasion: Occasion) -> ControlResult? {
        for f in followUps {
            if let r = f.controls.first(where: { $0.controlID == occasion.controlID && $0.period == occasion.period }) { return r }
        }
        return nil
    }

    public static func outcome(_ result: ControlResult?) -> Outcome {
        guard let result else { return .notDone }
        return result.hasDeviation ? .deviation : .noRemark
    }

    /// Planned, performed and deviating occasions of tertial `t` (dated occasions due in it, and undated ones
    /// reported in it, which count as planned and performed).
    public struct Tally: Hashable, Sendable {
        public var planned = 0, performed = 0, deviations = 0
        public init() {}
        public static func + (a: Tally, b: Tally) -> Tally {
            var t = a
            t.planned += b.planned; t.performed += b.performed; t.deviations += b.deviations
            return t
        }
    }

    public func tally(in t: Int) -> Tally {
        var tally = Tally()
        for o in occasionsDue(in: t) {
            tally.planned += 1
            guard let r = result(o) else { continue }
            tally.performed += 1
            if r.hasDeviation { tally.deviations += 1 }
        }
        for o in undatedOccasions {
            guard let r = result(o, in: t) else { continue }
            tally.planned += 1; tally.performed += 1
            if r.hasDeviation { tally.deviations += 1 }
        }
        return tally
    }

    /// The tally of tertials 1…`tertial`.
    public var yearSoFar: Tally { (1...tertial).map(tally(in:)).reduce(Tally(), +) }

    /// Every corrective action decided so far, with the occasion it came from.
    public var correctiveActions: [(result: ControlResult, action: CorrectiveAction)] {
        followUps.flatMap { f in f.controls.flatMap { r in r.correctiveActions.map { (r, $0) } } }
    }

    /// The last reported status of action `index`, if any follow-up reports one.
    public func update(ofAction index: Int) -> ActionUpdate? {
        let id = plan.actionID(at: index)
        return followUps.reversed().lazy.compactMap { $0.actions.last { $0.actionID == id } }.first
    }

    /// The status now: the last reported one, else the plan's.
    public func statusNow(ofAction index: Int) -> ActionStatus {
        update(ofAction: index)?.status ?? plan.actions[index].status
    }

    /// Actions past their end date (before the report's date) that are neither done nor cancelled.
    public var overdueActions: [Int] {
        let asOf = current?.asOf ?? FollowUp(tertial: tertial, year: plan.info.year, file: "").asOf
        return plan.actions.indices.filter { i in
            let s = statusNow(ofAction: i)
            return plan.actions[i].endDate < asOf && s != .done && s != .cancelled
        }
    }

    /// The last re-assessment of risk `number`, if any.
    public func reassessment(ofRisk number: Int) -> RiskReassessment? {
        followUps.reversed().lazy.compactMap { $0.risks.last { $0.number == number } }.first
    }
}
