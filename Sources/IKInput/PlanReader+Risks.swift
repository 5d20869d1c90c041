import IKModel

/// A risk read from plan.yaml with where it stands, for the warnings that look at the whole plan.
struct RiskEntry {
    let risk: Risk
    let field: YAMLField
}

/// `risks:`: numbers, assessments on the 1–4 scales, and the stated value checked against p × c.
extension PlanReader {
    static let riskKeys = ["number", "process", "title", "consequence_description", "probability", "consequence",
                           "value", "handled", "previous"]
    static let assessmentKeys = ["probability", "consequence"]

    func readRisks(_ field: YAMLField) -> [RiskEntry]? {
        guard let elements = field.list() else { return nil }
        risksReadable = true
        if elements.isEmpty { field.error("lists no risk") }
        return elements.compactMap(readRisk)
    }

    private func readRisk(_ element: YAMLField) -> RiskEntry? {
        guard let m = YAMLMapping(element, keys: Self.riskKeys) else { return nil }
        let numberField = m.required("number")
        var number = positiveInteger(numberField)
        if let numberField, let n = number {
            if let first = riskNumbers[n] {
                numberField.error("risk number \(n) is used twice; first at line \(first.line)",
                                  hint: "every risk needs its own number")
                number = nil
            } else {
                riskNumbers[n] = numberField.position
            }
        }
        let process = m.required("process").flatMap(processReference)
        let title = m.required("title")?.text()
        let description = m.required("consequence_description")?.text()
        let probability = integer(m.required("probability"), in: 1...4)
        let consequence = integer(m.required("consequence"), in: 1...4)
        if let valueField = m.optional("value"), let value = valueField.integer(),
           let p = probability, let c = consequence, value != p * c {
            valueField.error("value \(value) is not probability × consequence = \(p) × \(c) = \(p * c)",
                             hint: "write \(p * c), or leave value out to have it computed")
        }
        let handled = m.required("handled")?.boolean()
        let previous = m.optional("previous").flatMap(readAssessment)
        guard let number, let process, let title, let description, let probability, let consequence, let handled
        else { return nil }
        let risk = Risk(number: number, process: process, title: title, consequenceDescription: description,
                        probability: probability, consequence: consequence, handled: handled, previous: previous)
        return RiskEntry(risk: risk, field: element)
    }

    private func readAssessment(_ field: YAMLField) -> Assessment? {
        guard let m = YAMLMapping(field, keys: Self.assessmentKeys) else { return nil }
        let p = integer(m.required("probability"), in: 1...4)
        let c = integer(m.required("consequence"), in: 1...4)
        guard let p, let c else { return nil }
        return Assessment(probability: p, consequence: c)
    }

    /// Warnings about how risks are handled; run after actions and controls have been read.
    func checkHandling(_ entries: [RiskEntry]) {
        for entry in entries {
            let risk = entry.risk
            let hasAction = risksWithActions.contains(risk.number)
            let hasControl = risksWithControls.contains(risk.number)
            if risk.handled, !hasAction, !hasControl {
                entry.field.warning("risk \(risk.number) is handled but has neither an action nor a control",
                                    hint: "add an action or a control for risk \(risk.number), or set handled: false")
            }
            if !risk.handled, hasAction {
                entry.field.warning("risk \(risk.number) is not handled but has actions",
                                    hint: "set handled: true, or remove risk \(risk.number) from the actions")
            }
        }
    }
}
