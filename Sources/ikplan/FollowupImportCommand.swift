import ArgumentParser
import Foundation
import IKForms
import IKInput
import IKModel

/// `ikplan followup import <plan-folder> FILLED.pdf… --period T1`: filled checklist sheets into
/// uppfoljning/2026-T1.yaml, written or merged, or nothing written and every conflict named.
struct FollowupImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read filled checklist sheets (checklists --fillable) into the tertial's follow-up file uppfoljning/2026-T1.yaml.",
        discussion: """
            Each sheet's fields (date, controller, each row's unit, result and comment, the conclusion) become the \
            occasion's entry under controls:. An existing file is merged into: its comments and other entries are \
            kept, and an occasion already there must agree with the sheet. Two files that disagree, or a sheet that \
            disagrees with the file, stop the import and nothing is written. A filled field that is not a field of \
            this tertial's sheets is listed, not dropped. docs/plan-format.md (Fillable checklists) names the fields.

            Exit status: 0 written (or nothing new), 64 an unknown period, 65 conflicting or unusable values, the \
            plan or a PDF has errors, 66 no plan.yaml in the folder, 1 anything else.
            """)

    @Argument(help: "The plan folder: plan.yaml and uppfoljning/.")
    var planFolder: String

    @Argument(help: "The filled checklist PDFs.")
    var files: [String]

    @Option(help: "The tertial: T1, T2 or T3.")
    var period: String

    func run() throws {
        let folderPath = PlanFolder.folder(forArgument: planFolder)
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        if !diagnostics.isEmpty, loaded == nil { RenderCommand.stderr(diagnostics.located(in: folderPath).renderedText(), newline: false) }
        guard let plan = loaded else {
            RenderCommand.stderr("ikplan: " + Messages.text(.nothingWritten, folder.relativePath, diagnostics.summary))
            throw ExitCode(ExitStatus.of(folder: folder, diagnostics: diagnostics).rawValue)
        }
        guard case .tertial(let tertial)? = Period(parsing: period, year: plan.info.year),
              !period.contains("-") || period.hasPrefix("\(plan.info.year)-") else {
            RenderCommand.stderr(Messages.text(.cliError, Messages.text(.notATertial, period, plan.info.year))
                + "\n  \(Messages.text(.hintLabel)): " + Messages.text(.tertialHint))
            throw ExitCode(64)
        }
        guard !files.isEmpty else {
            RenderCommand.stderr(Messages.text(.cliError, Messages.text(.noFilledPDF))
                + "\n  \(Messages.text(.hintLabel)): ikplan followup import \(planFolder) K4.pdf … --period T\(tertial)")
            throw ExitCode(64)
        }
        var forms: [(file: String, fields: [ImportedField])] = []
        var unreadable: [String] = []
        for path in files {
            let url = URL(fileURLWithPath: path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                unreadable.append(Messages.text(.fileUnreadable, path))
                continue
            }
            do {
                let values = try FormValue.read([UInt8](data))
                if values.isEmpty { unreadable.append(Messages.text(.noFormFields, path)) }
                forms.append((url.lastPathComponent, values.map(Self.field)))
            } catch {
                unreadable.append(Messages.text(.notAPDF, path, "\(error)"))
            }
        }
        // Two files of the same name would be told apart by nothing in the messages.
        let names = forms.map(\.file)
        if Set(names).count != names.count {
            forms = zip(files, forms).map { ($0, $1.fields) }
        }
        guard unreadable.isEmpty else {
            for u in unreadable { RenderCommand.stderr(Messages.text(.cliError, u)) }
            RenderCommand.stderr(Messages.text(.cliNothingWritten))
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
        do {
            let outcome = try FollowUpImport.run(folder: folder, plan: plan, tertial: tertial, forms: forms)
            for t in outcome.taken { RenderCommand.stderr(t) }
            for n in outcome.notTaken { RenderCommand.stderr(Messages.text(.cliWarning, Messages.text(.notTaken, n))) }
            for w in outcome.warnings { RenderCommand.stderr(w) }
            if outcome.written {
                RenderCommand.stderr(Messages.text(outcome.created ? .wroteFile : .mergedInto, outcome.url.path))
            } else {
                RenderCommand.stderr(Messages.text(.nothingNew, outcome.url.path))
            }
        } catch let refusal as FollowUpImport.Refusal {
            for p in refusal.problems { RenderCommand.stderr(Messages.text(.cliError, p)) }
            RenderCommand.stderr(Messages.text(.cliNothingWritten))
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
    }

    static func field(_ v: FormValue) -> ImportedField {
        switch v.content {
        case .text(let t): return ImportedField(name: v.name, value: .text(t), page: v.page, printed: v.readOnly)
        case .checked(let on): return ImportedField(name: v.name, value: .checked(on), page: v.page)
        case .other(let type): return ImportedField(name: v.name, value: .other(type), page: v.page)
        }
    }
}
