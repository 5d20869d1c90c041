import IKModel

/// `controls:`: control activities, each naming the risks it watches and when it is done.
extension PlanReader {
    static let controlKeys = ["id", "risks", "activity", "what", "how", "when", "schedule", "samples", "responsible", "sample_from"]

    func readControls(_ field: YAMLField) -> [ControlActivity]? {
        readList(field, readControl)
    }

    private func readControl(_ element: YAMLField) -> ControlActivity? {
        guard let m = YAMLMapping(element, keys: Self.controlKeys) else { return nil }
        let id = m.optional("id").flatMap { identifier($0, kind: .control) }
        if let place = id ?? EntryNames.index(in: element.path).map({ "K\($0 + 1)" }) { names.name(element.path, .control(place)) }
        let risks = riskReferences(m.required("risks"), recordingIn: \.risksWithControls)
        let activity = m.required("activity")?.text()
        let what = m.required("what")?.text()
        let how = m.required("how")?.text()
        let when = m.required("when")?.text()
        let scheduleField = m.required("schedule")
        let schedule = scheduleField?.schedule()
        let samplesField = m.optional("samples")
        let samples = samplesField?.sampleCount()
        let responsible = m.optional("responsible")?.text()
        let populationField = m.optional("sample_from")
        let population = populationField.flatMap(populationReference)
        if schedule == .eventDriven, let scheduleField { warnUndated(scheduleField) }
        guard let risks, let activity, let what, let how, let when, let schedule,
              samplesField == nil || samples != nil, populationField == nil || population != nil else { return nil }
        if let population, let populationField { identifiers.populationFields.append((population, samples, populationField)) }
        return ControlActivity(id: id, risks: risks, activity: activity, what: what, how: how, when: when,
                               schedule: schedule, samples: samples, responsible: responsible,
                               population: population)
    }
}
