/// One problem found in a plan folder, with the place it was found and what to do about it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    /// Path relative to the plan folder: `plan.yaml`, `inledning.md`.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file (for example a missing `plan.yaml`).
    public var line: Int
    /// 1-based column in Unicode scalars (as libyaml counts); 0 when no column is meaningful.
    public var column: Int
    public var severity: Severity
    /// Where in the plan the value sits, `risks[3].probability`; empty for file-level problems.
    public var field: String
    /// The same place as the user knows it, in the message language: "risk 9, probability" for the
    /// probability of the risk with `number: 9`, "åtgärd 4" (the fourth action, or `id: 4`), "kontroll K3"
    /// (its id, given or derived). Only plan.yaml's risks, actions and controls are named; empty
    /// otherwise, and the text rendering then shows `field`.
    public var place: String = ""
    public var message: String
    /// What to write instead; empty when there is nothing useful to add.
    public var hint: String

    public init(file: String, line: Int, column: Int, severity: Severity, field: String,
                message: String, hint: String = "") {
        self.file = file; self.line = line; self.column = column; self.severity = severity
        self.field = field; self.message = message; self.hint = hint
    }

    /// The field as a person reads it: `place` when there is one, else the path.
    public var shownField: String { place.isEmpty ? field : place }

    public var isError: Bool { severity == .error }
}

extension Diagnostic: Comparable {
    /// File, then line, then column; errors before warnings at the same place, then by text,
    /// so output is stable whatever order the checks ran in.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.severity != b.severity { return a.severity == .error }
        if a.field != b.field { return a.field < b.field }
        return a.message < b.message
    }
}
