import IKModel

/// `meeting:`: the minutes of the meeting that proposed the plan.
extension PlanReader {
    static let meetingKeys = ["title", "date", "start_time", "end_time", "place", "participants", "items",
                              "note_taker", "signatories", "adjustment", "storage_place", "organ"]
    static let participantKeys = ["name", "party", "role"]
    static let itemKeys = ["number", "title", "decision", "summary"]
    static let decisionKeys = ["proposal", "points"]
    static let signatoryKeys = ["name", "role"]

    func readMeeting(_ field: YAMLField) -> Meeting? {
        guard let m = YAMLMapping(field, keys: Self.meetingKeys) else { return nil }
        let title = m.required("title")?.text(maxLength: Self.headLength)
        let date = m.required("date")?.date()
        let start = m.optional("start_time")?.clockTime()
        let endField = m.optional("end_time")
        let end = endField?.clockTime()
        if let endField, let start, let end, end <= start {
            // HH:MM strings compare like the times they write.
            endField.error(Messages.text(.endNotAfterStart, end, start))
        }
        if let endField, end != nil, start == nil, !m.has("start_time") {
            endField.warning(Messages.text(.endWithoutStart), hint: Messages.text(.endWithoutStartHint))
        }
        let place = m.required("place")?.text()
        let participants = m.required("participants").flatMap { nonEmptyList($0, of: "participant", readParticipant) }
        let items = m.required("items").flatMap(readItems)
        let noteTaker = m.optional("note_taker")?.text()
        let signatories = m.optional("signatories").flatMap { readList($0, readSignatory) } ?? []
        let adjustment = m.optional("adjustment")?.text()
        let storage = m.optional("storage_place")?.text()
        let organ = m.optional("organ")?.text()
        guard let title, let date, let place, let participants, let items else { return nil }
        return Meeting(title: title, date: date, startTime: start, endTime: end, place: place,
                       participants: participants, items: items, noteTaker: noteTaker, signatories: signatories,
                       adjustment: adjustment, storagePlace: storage).belonging(to: organ)
    }

    private func nonEmptyList<T>(_ field: YAMLField, of what: String, _ readOne: (YAMLField) -> T?) -> [T]? {
        guard let elements = field.list() else { return nil }
        guard !elements.isEmpty else {
            field.error("needs at least one \(what)")
            return nil
        }
        let read = elements.compactMap(readOne)
        return read.count == elements.count ? read : nil
    }

    private func readParticipant(_ field: YAMLField) -> Participant? {
        guard let m = YAMLMapping(field, keys: Self.participantKeys) else { return nil }
        let name = m.required("name")?.text()
        let party = m.optional("party")?.text()
        let role = m.optional("role")?.text()
        guard let name else { return nil }
        return Participant(name: name, party: party, role: role)
    }

    private func readItems(_ field: YAMLField) -> [AgendaItem]? {
        var seen: [Int: SourcePosition] = [:]
        return nonEmptyList(field, of: "agenda item") { element in
            guard let m = YAMLMapping(element, keys: Self.itemKeys) else { return nil }
            let numberField = m.required("number")
            var number = positiveInteger(numberField)
            if let numberField, let n = number {
                if let first = seen[n] {
                    numberField.error("agenda item number \(n) is used twice; first at line \(first.line)")
                    number = nil
                } else {
                    seen[n] = numberField.position
                }
            }
            let title = m.required("title")?.text()
            let decisionField = m.optional("decision")
            let decision = decisionField.flatMap(readDecision)
            let summaryField = m.optional("summary")
            let summary = summaryField.flatMap(prose.read)
            guard let number, let title, decisionField == nil || decision != nil,
                  summaryField == nil || summary != nil else { return nil }
            return AgendaItem(number: number, title: title, decision: decision, summary: summary ?? Prose())
        }
    }

    private func readDecision(_ field: YAMLField) -> Decision? {
        guard let m = YAMLMapping(field, keys: Self.decisionKeys) else { return nil }
        let proposal = m.required("proposal")?.text()
        let points = m.required("points").flatMap { f in nonEmptyList(f, of: "decision point") { $0.text() } }
        guard let proposal, let points else { return nil }
        return Decision(proposal: proposal, points: points)
    }

    private func readSignatory(_ field: YAMLField) -> Signatory? {
        guard let m = YAMLMapping(field, keys: Self.signatoryKeys) else { return nil }
        let name = m.required("name")?.text(maxLength: 200, printedIn: "a signature line")
        var role: Signatory.Role?
        if let roleField = m.required("role"), let text = roleField.text() {
            role = Signatory.Role(rawValue: text.lowercased())
            if role == nil {
                let names = Signatory.Role.allCases.map(\.rawValue)
                var message = Messages.text(.unknownRole, text)
                if let guess = EditDistance.nearest(to: text, among: names) { message += "; " + Messages.text(.didYouMean, guess) }
                roleField.error(message)
            }
        }
        guard let name, let role else { return nil }
        return Signatory(name: name, role: role)
    }
}
