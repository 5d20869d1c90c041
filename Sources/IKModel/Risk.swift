/// An identified risk, assessed by probability and consequence on 1–4 scales.
public struct Risk: Hashable, Sendable {
    /// The risk's number in the plan, unique; actions and controls name risks by it.
    public var number: Int
    /// The KLASSA code of the process the risk belongs to.
    public var process: KlassaCode
    /// The risk in a few words.
    public var title: String
    /// What happens if the risk occurs (konsekvensbeskrivning).
    public var consequenceDescription: String
    /// Sannolikhet: how likely the risk is, 1 (unlikely) to 4 (very likely).
    public var probability: Int
    /// Konsekvens: how serious it would be, 1 (minor) to 4 (very serious).
    public var consequence: Int
    /// Risken hanteras: the risk is handled by actions or controls.
    public var handled: Bool
    /// Last year's assessment, for trends.
    public var previous: Assessment?

    public init(number: Int, process: KlassaCode, title: String, consequenceDescription: String,
                probability: Int, consequence: Int, handled: Bool, previous: Assessment? = nil) {
        self.number = number; self.process = process; self.title = title
        self.consequenceDescription = consequenceDescription; self.probability = probability
        self.consequence = consequence; self.handled = handled; self.previous = previous
    }

    /// Riskvärde: always derived, never stored, so it cannot disagree with its factors.
    public var value: Int { probability * consequence }
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
