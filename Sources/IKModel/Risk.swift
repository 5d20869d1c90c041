/// An identified risk, assessed by probability and consequence on 1–4 scales. What the plan does not know
/// stays unknown (nil) and prints as unknown: a plan may give only the value, or no value at all.
public struct Risk: Hashable, Sendable {
    /// The risk's number in the plan, unique; actions and controls name risks by it.
    public var number: Int
    /// The KLASSA code of the process the risk belongs to.
    public var process: KlassaCode
    /// The risk in a few words.
    public var title: String
    /// What happens if the risk occurs (konsekvensbeskrivning).
    public var consequenceDescription: String
    /// Sannolikhet: how likely the risk is, 1 (unlikely) to 4 (very likely); nil when the plan gives only the
    /// value, or none.
    public var probability: Int?
    /// Konsekvens: how serious it would be, 1 (minor) to 4 (very serious); given together with `probability`
    /// or not at all.
    public var consequence: Int?
    /// The riskvärde as the plan states it; only read when probability and consequence are not given.
    public var statedValue: Int?
    /// Risken hanteras: the risk is handled by actions or controls; nil when the plan does not say.
    public var handled: Bool?
    /// Last year's assessment, for trends.
    public var previous: Assessment?

    public init(number: Int, process: KlassaCode, title: String, consequenceDescription: String,
                probability: Int?, consequence: Int?, value: Int? = nil, handled: Bool?, previous: Assessment? = nil) {
        self.number = number; self.process = process; self.title = title
        self.consequenceDescription = consequenceDescription; self.probability = probability
        self.consequence = consequence; self.statedValue = value; self.handled = handled; self.previous = previous
    }

    /// Riskvärde: probability × consequence when both are known (so it cannot disagree with them), else the
    /// value the plan states, else nil: unknown.
    public var value: Int? {
        if let p = probability, let c = consequence { return p * c }
        return statedValue
    }

    /// Where the risk matrix places the risk; nil when probability or consequence is not known.
    public var matrixCell: (probability: Int, consequence: Int)? {
        guard let p = probability, let c = consequence else { return nil }
        return (p, c)
    }
}

/// A risk's assessment at another time (last year's), for trends.
public struct Assessment: Hashable, Sendable {
    /// Sannolikhet, 1–4.
    public var probability: Int
    /// Konsekvens, 1–4.
    public var consequence: Int
    public init(probability: Int, consequence: Int) { self.probability = probability; self.consequence = consequence }
    public var value: Int { probability * consequence }
}
