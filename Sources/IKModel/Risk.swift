/// An identified risk, assessed by probability and consequence on 1–4 scales.
public struct Risk: Hashable, Sendable {
    public var number: Int
    public var process: KlassaCode
    public var title: String
    public var consequenceDescription: String    // konsekvensbeskrivning
    public var probability: Int                  // 1–4 (sannolikhet)
    public var consequence: Int                  // 1–4 (konsekvens)
    public var handled: Bool                     // risken hanteras
    public var previous: Assessment?             // last year's assessment, for trends

    public init(number: Int, process: KlassaCode, title: String, consequenceDescription: String,
                probability: Int, consequence: Int, handled: Bool, previous: Assessment? = nil) {
        self.number = number; self.process = process; self.title = title
        self.consequenceDescription = consequenceDescription; self.probability = probability
        self.consequence = consequence; self.handled = handled; self.previous = previous
    }

    /// Riskvärde: always derived, never stored, so it cannot disagree with its factors.
    public var value: Int { probability * consequence }
}

public struct Assessment: Hashable, Sendable {
    public var probability: Int
    public var consequence: Int
    public init(probability: Int, consequence: Int) { self.probability = probability; self.consequence = consequence }
    public var value: Int { probability * consequence }
}
