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
        if elements.isEmpty { field.error(Messages.text(.listsNoRisk)) }
        return elements.compactMap(readRisk)
    }

    private func readRisk(_ element: YAMLField) -> RiskEntry? {
        guard let m = YAMLMapping(element, keys: Self.riskKeys) else { return nil }
        let numberField = m.required("number")
        var number = positiveInteger(numberField)
        if let number { names.name(element.path, .risk(number)) }
        if let numberField, let n = number {
            if let first = riskNumbers[n] {
                numberField.error(Messages.text(.riskNumberTwice, n, first.line), hint: Messages.text(.riskNumberTwiceHint))
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
            valueField.error(Messages.text(.valueMismatch, value, p, c, p * c), hint: Messages.text(.valueMismatchHint, p * c))
        }
        if let number, probabilityField == nil, consequenceField == nil, valueField == nil,
           !m.misspelt("probability"), !m.misspelt("consequence"), !m.misspelt("value") {
            element.warning(Messages.text(.riskWithoutValue, number), hint: Messages.text(.riskWithoutValueHint))
        }
        let handledField = m.optional("handled")
        let handled = handledField?.boolean()
        if let number, handledField == nil, !m.misspelt("handled") {
            element.warning(Messages.text(.riskHandledUnknown, number), hint: Messages.text(.riskHandledUnknownHint))
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
                entry.field.warning(Messages.text(.riskHandledWithoutMeasure, risk.number), hint: Messages.text(.riskHandledWithoutMeasureHint, risk.number))
            }
            if risk.handled == false, hasAction {
                entry.field.warning(Messages.text(.riskNotHandledWithActions, risk.number), hint: Messages.text(.riskNotHandledWithActionsHint, risk.number))
            }
        }
    }
}
