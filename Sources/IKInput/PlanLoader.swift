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
        switch TextFile.read(folder.appendingPathComponent(file)) {
        case .failure(.missing):
            log.error(file, .wholeFile, field: "", "no \(file) in \(folder.path)",
                      hint: "a plan folder holds plan.yaml and the Markdown files it names")
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
        guard var plan = PlanReader(folder: folder).read(rootField) else { return nil }
        // Follow-ups are checked against the plan; against a broken one they would only repeat its errors.
        if !log.hasErrors { plan.followUps = FollowUpLoader.read(folder: folder, plan: plan, log: log) }
        return plan
    }
}
