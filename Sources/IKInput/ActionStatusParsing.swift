import IKModel

/// Reading an action's status. Any letter case is accepted. A spelling without å, ä, ö
/// ("ej paborjad") is accepted with a warning naming the right spelling, since keyboards and
/// exports lose them; anything else is an error with the closest status suggested. Words after a status
/// are its note, printed with the badge ("pågående med avvikelse").
enum ActionStatusParsing {
    enum Outcome: Equatable {
        case exact(ActionStatus)
        case folded(ActionStatus)
        case unknown(suggestion: ActionStatus?)
    }

    static func parse(_ text: String) -> Outcome {
        let normalized = text.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
        if let status = ActionStatus(rawValue: normalized) { return .exact(status) }
        if let status = ActionStatus.allCases.first(where: { fold($0.rawValue) == fold(normalized) }) { return .folded(status) }
        let names = ActionStatus.allCases.map(\.rawValue)
        let nearest = EditDistance.nearest(to: fold(normalized), among: names.map(fold))
        return .unknown(suggestion: nearest.flatMap { n in ActionStatus.allCases.first { fold($0.rawValue) == n } })
    }

    /// A status followed by a note: "pågående med avvikelse" → ("pågående", "med avvikelse"). The longest
    /// status that starts the text wins ("ej påbörjad" before any shorter one); nil when none starts it.
    static func splitNote(_ text: String) -> (status: String, note: String)? {
        let words = text.split(whereSeparator: { $0 == " " })
        for status in ActionStatus.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            let n = status.rawValue.split(separator: " ").count
            guard words.count > n else { continue }
            let head = words.prefix(n).joined(separator: " ")
            if fold(head) == fold(status.rawValue) {
                return (head, words.dropFirst(n).joined(separator: " "))
            }
        }
        return nil
    }

    /// Swedish letters to their ASCII look-alikes: å ä → a, ö → o.
    static func fold(_ s: String) -> String {
        String(s.lowercased().map { ch -> Character in
            switch ch {
            case "å", "ä": return "a"
            case "ö": return "o"
            default: return ch
            }
        })
    }
}

extension YAMLField {
    /// The status and the note after it, if any.
    func actionStatusAndNote() -> (status: ActionStatus, note: String?)? {
        guard let text = text() else { return nil }
        if case .unknown = ActionStatusParsing.parse(text), let split = ActionStatusParsing.splitNote(text) {
            return actionStatus(split.status).map { ($0, split.note) }
        }
        return actionStatus(text).map { ($0, nil) }
    }

    func actionStatus() -> ActionStatus? {
        guard let text = text() else { return nil }
        return actionStatus(text)
    }

    private func actionStatus(_ text: String) -> ActionStatus? {
        let all = ActionStatus.allCases.map(\.rawValue).joined(separator: " | ")
        switch ActionStatusParsing.parse(text) {
        case .exact(let s):
            return s
        case .folded(let s):
            warning(Messages.text(.statusReadAs, text, s.rawValue), hint: Messages.text(.statusReadAsHint, s.rawValue))
            return s
        case .unknown(let suggestion):
            var message = Messages.text(.unknownStatus, text)
            if let suggestion { message += "; " + Messages.text(.didYouMean, suggestion.rawValue) }
            error(message, hint: Messages.text(.statusIsOneOf, all))
            return nil
        }
    }
}
