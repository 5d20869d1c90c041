/// The names a plan's entries go by in messages: "risk 9" (its number), "åtgärd 4" (its place or id),
/// "kontroll K3" (its id, given or derived). Only plan.yaml's risks, actions and controls are named;
/// follow-up files keep their own paths, since their `controls[0]` is not the plan's first control.
struct EntryNames {
    enum Entry {
        case risk(Int)
        case action(String)
        case control(String)
    }

    /// By element path: `risks[8]` → `.risk(9)`.
    private(set) var entries: [String: Entry] = [:]

    mutating func name(_ path: String, _ entry: Entry) { entries[path] = entry }

    /// "risk 9, previous.probability" for `risks[8].previous.probability`; "" when no entry is named.
    func place(for field: String) -> String {
        // The entry is the first list element of the path: `risks[8]` in `risks[8].previous.probability`.
        guard let close = field.firstIndex(of: "]") else { return "" }
        let head = String(field[...close])
        guard let entry = entries[head] else { return "" }
        let name: String
        switch entry {
        case .risk(let n): name = Messages.text(.placeRisk, n)
        case .action(let id): name = Messages.text(.placeAction, id)
        case .control(let id): name = Messages.text(.placeControl, id)
        }
        var rest = field[field.index(after: close)...]
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        return rest.isEmpty ? name : "\(name), \(rest)"
    }

    /// The list index in an element path: 3 for `actions[3]`.
    static func index(in path: String) -> Int? {
        guard let open = path.lastIndex(of: "["), let close = path.lastIndex(of: "]"), open < close else { return nil }
        return Int(path[path.index(after: open)..<close])
    }
}
