/// The ids controls and actions are known by on checklists and in later follow-ups. A plan may give
/// them (`id:`); otherwise they are derived from the plan order, so they stay put as long as the
/// order does: K1, K2, … for controls and A1, A2, … for actions.
extension Plan {
    /// The id of `controls[index]`: its own, or `K` and its 1-based place in the plan.
    public func controlID(at index: Int) -> String {
        guard controls.indices.contains(index) else { return "K\(index + 1)" }
        return controls[index].id ?? "K\(index + 1)"
    }

    /// The id of `actions[index]`: its own, or `A` and its 1-based place in the plan.
    public func actionID(at index: Int) -> String {
        guard actions.indices.contains(index) else { return "A\(index + 1)" }
        return actions[index].id ?? "A\(index + 1)"
    }

    /// Every control's id, in plan order.
    public var controlIDs: [String] { controls.indices.map(controlID(at:)) }

    /// Every action's id, in plan order.
    public var actionIDs: [String] { actions.indices.map(actionID(at:)) }

    /// The index of the control with id `id`, if any.
    public func controlIndex(id: String) -> Int? { controls.indices.first { controlID(at: $0) == id } }
}

/// The rule ids follow: what a file name and a command line can carry safely.
public enum PlanIdentifier {
    /// Letters (å ä ö included), digits, `-` and `_`, starting with a letter or digit, at most 32 characters.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.count <= 32,
              first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
