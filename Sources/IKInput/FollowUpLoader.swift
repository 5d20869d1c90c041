import Foundation
import IKModel
import Yams

/// Finds and reads the follow-up files of a plan folder (`uppfoljning/*.yaml`), each checked against the plan.
enum FollowUpLoader {
    /// The folder of the plan folder that holds the follow-up files.
    static let folderName = "uppfoljning"

    /// Every `uppfoljning/*.yaml`, in name order, read and checked; problems go to `log`, in each file.
    static func read(folder: URL, plan: Plan, log: DiagnosticLog, tally: TextTally = TextTally()) -> [FollowUp] {
        let dir = folder.appendingPathComponent(folderName, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        var followUps: [FollowUp] = []
        var seen: [Int: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let file = "\(folderName)/\(name)"
            let text: String
            // Opened as plan.yaml is: inside the plan folder (a link out of it is refused), without blocking.
            switch TextFile.read(file, in: folder, limit: InputLimits.planFileBytes) {
            case .failure(.file(.missing)), .failure(.file(.notRegular(kind: "a folder"))):
                continue   // gone since the listing, or a folder named like a file: nothing to read
            case .failure(.file(let failure)):
                let (message, hint) = failure.describe(file, what: Messages.text(.fuWhatFile))
                log.error(file, .wholeFile, field: "", message, hint: hint)
                continue
            case .failure(.notUTF8(let line, let column)):
                log.error(file, SourcePosition(line: line, column: column), field: "", Messages.text(.notUTF8, file), hint: Messages.text(.saveAsUTF8))
                continue
            case .success(let t):
                text = t
            }
            guard let followUp = read(text: text, name: name, folder: folder, plan: plan, log: log, tally: tally, seen: seen) else { continue }
            seen[followUp.tertial] = file
            followUps.append(followUp)
        }
        return followUps.sorted { $0.tertial < $1.tertial }
    }

    /// One follow-up file's text (`name` in the uppfoljning folder), read and checked against the plan;
    /// `seen` holds the tertials other files follow up.
    static func read(text: String, name: String, folder: URL, plan: Plan, log: DiagnosticLog, tally: TextTally, seen: [Int: String]) -> FollowUp? {
        let file = "\(folderName)/\(name)"
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                log.error(file, SourcePosition(line: 1, column: 1), field: "", Messages.text(.planFileEmpty, file),
                          hint: Messages.text(.fuFileEmptyHint))
                return nil
            }
            root = node
        } catch {
            YAMLSyntaxError.report(error, text: text, file: file, log: log)
            return nil
        }
        guard let bytes = TextBudget.check(root, file: file, log: log), tally.add(bytes) else {
            if tally.passed { log.error(file, SourcePosition(line: 1, column: 1), field: "", Messages.text(.limitWithFile, file, InputLimits.describe(bytes: InputLimits.totalTextBytes)), hint: Messages.text(.limitSeeDocs)) }
            return nil
        }
        let field = YAMLField(node: root, path: "", file: file, log: log, fallback: SourcePosition(line: 1, column: 1),
                              source: YAMLSource(text))
        let reader = FollowUpReader(plan: plan, file: file, fileName: name, prose: ProseReader(folder: folder, tally: tally), seenTertials: seen)
        return reader.read(field)
    }
}
