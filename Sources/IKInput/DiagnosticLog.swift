/// A place in a source file: 1-based line and column (column 0 when unknown).
struct SourcePosition: Hashable, Sendable {
    var line: Int
    var column: Int
    static let wholeFile = SourcePosition(line: 0, column: 0)
}

/// Collects every problem found while a plan folder is read, so all are reported at once.
/// Used by one load on one thread; not shared.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.isError } }

    func error(_ file: String, _ at: SourcePosition, field: String, _ message: String, hint: String = "") {
        diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, severity: .error,
                                      field: field, message: message, hint: hint))
    }

    /// Gives the diagnostics from `start` on the place names `placeFor` finds for their fields.
    func name(from start: Int, _ placeFor: (String) -> String) {
        guard start < diagnostics.count else { return }
        for index in start..<diagnostics.count where diagnostics[index].place.isEmpty {
            diagnostics[index].place = placeFor(diagnostics[index].field)
        }
    }

    func warning(_ file: String, _ at: SourcePosition, field: String, _ message: String, hint: String = "") {
        diagnostics.append(Diagnostic(file: file, line: at.line, column: at.column, severity: .warning,
                                      field: field, message: message, hint: hint))
    }
}
