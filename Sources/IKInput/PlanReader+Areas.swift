import IKModel

/// `areas:` and `processes:`, the two lists risks hang from.
extension PlanReader {
    static let areaKeys = ["id", "name"]
    static let processKeys = ["code", "name", "area"]

    func readAreas(_ field: YAMLField) -> [ControlArea]? {
        guard let elements = field.list() else { return nil }
        areasReadable = true
        if elements.isEmpty { field.error(Messages.text(.listsNoArea)) }
        return elements.compactMap { element in
            guard let m = YAMLMapping(element, keys: Self.areaKeys) else { return nil }
            let idField = m.required("id")
            var id = idField?.text()
            if let idField, let value = id {
                if !value.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "_" || $0 == "-" }) {
                    idField.error(Messages.text(.badAreaID, value),
                                  hint: Messages.text(.forExample, value.lowercased().replacingOccurrences(of: " ", with: "_")))
                    id = nil
                }
                if let first = areaIDs[value] {
                    idField.error(Messages.text(.areaIDTwice, value, first.line))
                    id = nil
                } else {
                    areaIDs[value] = idField.position
                }
            }
            let name = m.required("name")?.text()
            guard let id, let name else { return nil }
            return ControlArea(id: id, name: name)
        }
    }

    func readProcesses(_ field: YAMLField) -> [Process]? {
        guard let elements = field.list() else { return nil }
        processesReadable = true
        if elements.isEmpty { field.error(Messages.text(.listsNoProcess)) }
        return elements.compactMap { element in
            guard let m = YAMLMapping(element, keys: Self.processKeys) else { return nil }
            let codeField = m.required("code")
            var code = codeField?.klassaCode()
            if let codeField, let c = code {
                if let first = processCodes[c] {
                    codeField.error(Messages.text(.processTwice, c, first.line))
                    code = nil
                } else {
                    processCodes[c] = codeField.position
                }
            }
            let name = m.required("name")?.text()
            let area = m.required("area").flatMap(areaReference)
            guard let code, let name, let area else { return nil }
            return Process(code: code, name: name, area: area)
        }
    }

    /// An area id that `areas` declares.
    private func areaReference(_ field: YAMLField) -> String? {
        guard let id = field.text() else { return nil }
        guard areasReadable, areaIDs[id] == nil else { return id }
        var message = Messages.text(.unknownArea, id)
        let known = areaIDs.keys.sorted()
        if let guess = EditDistance.closest(to: id, among: known) { message += "; " + Messages.text(.didYouMean, guess) }
        field.error(message, hint: known.isEmpty ? Messages.text(.planHasNoAreas) : Messages.text(.areasInPlan, known.joined(separator: ", ")))
        return nil
    }

    /// A process code that `processes` declares.
    func processReference(_ field: YAMLField) -> KlassaCode? {
        guard let code = field.klassaCode() else { return nil }
        guard processesReadable, processCodes[code] == nil else { return code }
        var message = Messages.text(.unknownProcess, code)
        let known = processCodes.keys.sorted().map(\.description)
        if let guess = EditDistance.closest(to: code.description, among: known) { message += "; " + Messages.text(.didYouMeanCode, guess) }
        field.error(message, hint: Messages.text(.processMustBeListed))
        return nil
    }
}
