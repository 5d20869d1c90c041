import IKModel

/// A risk read from plan.yaml with where it stands, for the warnings that look at the whole plan.
struct RiskEntry {
    let risk: Risk
    let field: YAMLField
}

/// `risks:`: numbers, assessments on the 1–4 scales, and the stated value checked against p × c. A value or
/// "handled" the plan does not know is left out: the risk prints it as unknown, with a warning.
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
        if let number { names.name(element.path, .risk(number)) }
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
        // Probability and consequence come together or not at all; the value may stand alone (the plan
        // prints only it), and a risk may give neither when the plan does not know it.
        let probabilityField = m.optional("probability"), consequenceField = m.optional("consequence")
        let probability = integer(probabilityField ?? (consequenceField != nil ? m.required("probability") : nil), in: 1...4)
        let consequence = integer(consequenceField ?? (probabilityField != nil ? m.required("consequence") : nil), in: 1...4)
        let valueField = m.optional("value")
        let value = integer(valueField, in: 1...16)
        if let valueField, let value, let p = probability, let c = consequence, value != p * c {
            valueField.error("value \(value) is not probability × consequence = \(p) × \(c) = \(p * c)",
                             hint: "write \(p * c), or leave value out to have it computed")
        }
        if let number, probabilityField == nil, consequenceField == nil, valueField == nil,
           !m.misspelt("probability"), !m.misspelt("consequence"), !m.misspelt("value") {
            element.warning("risk \(number) has no value: it prints as unknown and stays out of the risk matrix",
                            hint: "add probability and consequence (1–4 each), or the value the plan prints")
        }
        let handledField = m.optional("handled")
        let handled = handledField?.boolean()
        if let number, handledField == nil, !m.misspelt("handled") {
            element.warning("risk \(number) does not say whether it is handled: it prints as unknown",
                            hint: "add handled: true or handled: false when the plan says")
        }
        let previous = m.optional("previous").flatMap(readAssessment)
        let splitRead = (probabilityField == nil || probability != nil) && (consequenceField == nil || consequence != nil)
        guard let number, let process, let title, let description, splitRead, valueField == nil || value != nil,
              handledField == nil || handled != nil
        else { return nil }
        let risk = Risk(number: number, process: process, title: title, consequenceDescription: description,
                        probability: probability, consequence: consequence, value: value, handled: handled, previous: previous)
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
            if risk.handled == true, !hasAction, !hasControl {
                entry.field.warning("risk \(risk.number) is handled but has neither an action nor a control",
                                    hint: "add an action or a control for risk \(risk.number), or set handled: false")
            }
            if risk.handled == false, hasAction {
                entry.field.warning("risk \(risk.number) is not handled but has actions",
                                    hint: "set handled: true, or remove risk \(risk.number) from the actions")
            }
        }
    }
}
