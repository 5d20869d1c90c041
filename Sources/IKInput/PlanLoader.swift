import Foundation
import IKModel
import Yams

/// Reads a plan folder (plan.yaml and the Markdown files it names) into the model.
public enum PlanLoader {
    /// The figure names prose may place with `![caption](ikplan:name)`; documents must draw each of them.
    public static var knownFigures: [String] { MarkdownConverter.knownFigures }

    /// Every problem found, in file and line order. `plan` is nil when any of them is an error;
    /// warnings alone still give a plan. Never throws and never traps on bad input.
    public static func load(folder: URL) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let plan = read(folder: folder, log: log)
        return (log.hasErrors ? nil : plan, log.diagnostics.sorted())
    }

    private static func read(folder: URL, log: DiagnosticLog) -> Plan? {
        let file = PlanFolder.planFileName
        let text: String
        switch TextFile.read(file, in: folder, limit: InputLimits.planFileBytes) {
        case .failure(.file(let failure)):
            reportUnusable(failure, folder: folder, log: log)
            return nil
        case .failure(.notUTF8(let line, let column)):
            log.error(file, SourcePosition(line: line, column: column), field: "", Messages.text(.notUTF8, file),
                      hint: Messages.text(.saveAsUTF8))
            return nil
        case .success(let t):
            text = t
        }

        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                log.error(file, SourcePosition(line: 1, column: 1), field: "", Messages.text(.planFileEmpty, file),
                          hint: Messages.text(.planFileEmptyHint))
                return nil
            }
            root = node
        } catch {
            YAMLSyntaxError.report(error, text: text, file: file, log: log)
            return nil
        }

        let rootField = YAMLField(node: root, path: "", file: file, log: log, fallback: SourcePosition(line: 1, column: 1),
                                  source: YAMLSource(text))
        // Aliases can make a few lines stand for billions of values: count before anything reads them.
        guard let yamlBytes = TextBudget.check(root, file: file, log: log) else { return nil }
        let tally = TextTally(bytes: yamlBytes)
        let reader = PlanReader(folder: folder, tally: tally)
        let read = reader.read(rootField)
        // Named now, before the follow-up files add theirs: those keep their own paths.
        log.name(from: 0, reader.names.place)
        guard var plan = read else { return nil }
        // Follow-ups are checked against the plan; against a broken one they would only repeat its errors.
        if !log.hasErrors { plan.followUps = FollowUpLoader.read(folder: folder, plan: plan, log: log, tally: tally) }
        return plan
    }

    /// What is wrong with plan.yaml (or the folder), in words: "no plan.yaml" only when there is none.
    /// The folder is named as the user gave it (`relativePath`), not as an absolute path.
    private static func reportUnusable(_ failure: InputFile.Failure, folder: URL, log: DiagnosticLog) {
        let file = PlanFolder.planFileName
        let shown = folder.relativePath
        var isDirectory: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        switch failure {
        case .missing where !folderExists:
            log.error(file, .wholeFile, field: "", Messages.text(.planFolderMissing, shown),
                      hint: Messages.text(.planFolderMissingHint))
        case .missing where !isDirectory.boolValue:
            log.error(file, .wholeFile, field: "", Messages.text(.planFolderIsFile, shown),
                      hint: Messages.text(.planFolderIsFileHint))
        case .missing:
            log.error(file, .wholeFile, field: "", Messages.text(.noPlanFile, file, shown),
                      hint: Messages.text(.noPlanFileHint))
        default:
            let (message, hint) = failure.describe(file, what: Messages.text(.whatPlanFile))
            log.error(file, .wholeFile, field: "", message, hint: hint)
        }
    }
}
