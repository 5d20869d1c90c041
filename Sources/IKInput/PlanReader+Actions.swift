import IKModel

/// `actions:`: preventive actions, each naming the risks it lowers.
extension PlanReader {
    static let actionKeys = ["id", "risks", "description", "status", "end_date", "desired_effect", "responsible"]

    func readActions(_ field: YAMLField) -> [PreventiveAction]? {
        readList(field, readAction)
    }

    private func readAction(_ element: YAMLField) -> PreventiveAction? {
        guard let m = YAMLMapping(element, keys: Self.actionKeys) else { return nil }
        let id = m.optional("id").flatMap { identifier($0, kind: .action) }
        if let place = id ?? EntryNames.index(in: element.path).map({ String($0 + 1) }) { names.name(element.path, .action(place)) }
        let risks = riskReferences(m.required("risks"), recordingIn: \.risksWithActions)
        let description = m.required("description")?.text()
        let statusAndNote = m.required("status")?.actionStatusAndNote()
        let status = statusAndNote?.status
        let endDateField = m.required("end_date")
        let endDate = endDateField?.date()
        let effect = m.required("desired_effect")?.text()
        let responsible = m.optional("responsible")?.text()
        if let endDateField, let endDate, let status, let year = planYear, endDate.year < year, status != .done, status != .cancelled {
            endDateField.warning(Messages.text(.endDateBeforePlanYear, endDate, year, status.rawValue),
                                 hint: Messages.text(.endDateBeforePlanYearHint, year))
        }
        guard let risks, let description, let status, let endDate, let effect else { return nil }
        return PreventiveAction(id: id, risks: risks, description: description, status: status, endDate: endDate,
                                desiredEffect: effect, responsible: responsible, statusNote: statusAndNote?.note)
    }
}
