import Foundation

/// The exit status of every command, decided in one place (sysexits.h numbers, as docs/plan-format.md
/// documents them): 0 done (warnings allowed), 65 the plan has errors, 66 the folder has no plan.yaml,
/// 1 anything else (a bad layout file, a file that cannot be written).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case failure = 1
    /// EX_DATAERR: the plan (or a file it names) has errors.
    case dataError = 65
    /// EX_NOINPUT: there is no plan.yaml to read (none, or one that cannot be opened as a file: a pipe, a
    /// folder, a link out of the plan folder, no file descriptor left).
    case noInput = 66

    /// The status a plan folder's diagnostics call for.
    public static func of(folder: URL, diagnostics: [Diagnostic]) -> ExitStatus {
        if !InputFile.isUsable(PlanFolder.planFileName, confinedTo: folder) { return .noInput }
        return diagnostics.contains(where: \.isError) ? .dataError : .success
    }
}
