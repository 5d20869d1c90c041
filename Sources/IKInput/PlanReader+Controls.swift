import IKModel

/// `controls:`: control activities, each naming the risks it watches and when it is done.
extension PlanReader {
    static let controlKeys = ["risks", "activity", "what", "how", "when", "schedule", "samples", "responsible"]

    func readControls(_ field: YAMLField) -> [ControlActivity]? {
        readList(field, readControl)
    }

    private func readControl(_ element: YAMLField) -> ControlActivity? {
        guard let m = YAMLMapping(element, keys: Self.controlKeys) else { return nil }
        let risks = riskReferences(m.required("risks"), recordingIn: \.risksWithControls)
        let activity = m.required("activity")?.text()
        let what = m.required("what")?.text()
        let how = m.required("how")?.text()
        let when = m.required("when")?.text()
        let schedule = m.required("schedule")?.schedule()
        let samplesField = m.optional("samples")
        let samples = samplesField?.sampleCount()
        let responsible = m.optional("responsible")?.text()
        guard let risks, let activity, let what, let how, let when, let schedule,
              samplesField == nil || samples != nil else { return nil }
        return ControlActivity(risks: risks, activity: activity, what: what, how: how, when: when,
                               schedule: schedule, samples: samples, responsible: responsible)
    }
}
