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
            log.error(file, SourcePosition(line: line, column: column), field: "", "\(file) is not valid UTF-8",
                      hint: "save the file as UTF-8")
            return nil
        case .success(let t):
            text = t
        }

        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error(file, SourcePosition(line: 1, column: 1), field: "", "\(file) is empty",
                          hint: "start with the plan: mapping, see docs/plan-format.md")
                return nil
            }
            root = node
        } catch {
            YAMLSyntaxError.report(error, text: text, file: file, log: log)
            return nil
        }

        let rootField = YAMLField(node: root, path: "", file: file, log: log, fallback: SourcePosition(line: 1, column: 1))
        // Aliases can make a few lines stand for billions of values: count before anything reads them.
        guard let yamlBytes = TextBudget.check(root, file: file, log: log) else { return nil }
        let tally = TextTally(bytes: yamlBytes)
        guard var plan = PlanReader(folder: folder, tally: tally).read(rootField) else { return nil }
        // Follow-ups are checked against the plan; against a broken one they would only repeat its errors.
        if !log.hasErrors { plan.followUps = FollowUpLoader.read(folder: folder, plan: plan, log: log, tally: tally) }
        return plan
    }

    /// What is wrong with plan.yaml (or the folder), in words: "no plan.yaml" only when there is none.
    private static func reportUnusable(_ failure: InputFile.Failure, folder: URL, log: DiagnosticLog) {
        let file = PlanFolder.planFileName
        var isDirectory: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        switch failure {
        case .missing where !folderExists:
            log.error(file, .wholeFile, field: "", "the plan folder \(folder.path) does not exist",
                      hint: "give the folder that holds plan.yaml")
        case .missing where !isDirectory.boolValue:
            log.error(file, .wholeFile, field: "", "\(folder.path) is a file, not a plan folder",
                      hint: "give the folder that holds plan.yaml, not a file in it")
        case .missing:
            log.error(file, .wholeFile, field: "", "no \(file) in \(folder.path)",
                      hint: "a plan folder holds plan.yaml and the Markdown files it names")
        default:
            let (message, hint) = failure.describe(file, what: "the plan file")
            log.error(file, .wholeFile, field: "", message, hint: hint)
        }
    }
}
