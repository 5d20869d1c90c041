import ArgumentParser
import Foundation
import IKArchive
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// `ikplan followup`: the report (the default, `followup <plan-folder> --period T1`) and `followup import`.
struct FollowupGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Print the board's tertial follow-up (followup <plan-folder> --period T1), or import filled checklists into it (followup import).",
        subcommands: [FollowupCommand.self, FollowupImportCommand.self],
        defaultSubcommand: FollowupCommand.self)
}

/// `ikplan followup [report] <plan-folder> --period T1 [-o DIR] [--layout FILE]`: the board's follow-up of one tertial
/// (uppfoljning-2026-T1.pdf), from uppfoljning/2026-T1.yaml and the earlier tertials' files.
struct FollowupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the board's tertial follow-up (uppfoljning-2026-T1.pdf) from the plan folder's uppfoljning/2026-T1.yaml.",
        discussion: """
            The report holds the summary (controls planned and performed, deviations, open corrective actions, \
            preventive actions by status, actions past their end date), the risk matrix at adoption and now, every \
            control occasion of the tertial with its result, every preventive action's status at adoption and now, \
            and the proposed decision. A T2 or T3 report reads the earlier tertials' files too; T3 is the year's \
            report. docs/plan-format.md (Follow-up files) gives the file's format. The file is PDF/A-2a and PDF/UA-1, \
            written only when complete.

            `ikplan followup import <plan-folder> FILLED.pdf… --period T1` reads filled checklist sheets \
            (checklists --fillable) into the follow-up file.

            Exit status: 0 written, 64 an unknown period or a tertial without a file, 65 the plan or a follow-up file \
            has errors, 66 no plan.yaml in the folder, 1 anything else.
            """)

    @Argument(help: "The plan folder: plan.yaml, the files it names, and uppfoljning/*.yaml.")
    var planFolder: String

    @Option(help: "The tertial: T1, T2 or T3 (or 2026-T1).")
    var period: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @Option(help: "The layout: a built-in name (\(LayoutChoice.builtIn(for: "followup").joined(separator: ", ")); default ange) or a layout file.")
    var layout: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors, not what was written.")
    var quiet = false

    @Flag(help: "Write Cairo's PDF as it is, without the PDF/UA-1 and PDF/A-2a post-processing.")
    var noPdfa = false

    func run() throws {
        let start = DispatchTime.now()
        let folderPath = PlanFolder.folder(forArgument: planFolder)
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        let setup = BackgroundWork { try DocumentContext() }
        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        if !diagnostics.isEmpty { RenderCommand.stderr(diagnostics.located(in: folderPath).renderedText(), newline: false) }
        guard let plan = loaded else {
            RenderCommand.stderr("ikplan: " + Messages.text(.nothingWritten, folder.relativePath, diagnostics.summary))
            throw ExitCode(ExitStatus.of(folder: folder, diagnostics: diagnostics).rawValue)
        }
        guard case .tertial(let tertial)? = Period(parsing: period, year: plan.info.year),
              !period.contains("-") || period.hasPrefix("\(plan.info.year)-") else {
            RenderCommand.stderr(Messages.text(.cliError, Messages.text(.notATertial, period, plan.info.year))
                + "\n  \(Messages.text(.hintLabel)): " + Messages.text(.tertialHintBoard))
            throw ExitCode(64)
        }
        do {
            let context = try setup.value()
            for w in context.warnings { RenderCommand.stderr(Messages.text(.cliWarning, w)) }
            let layoutFile = try context.layoutFile(layout.map { try LayoutChoice.resolve($0, document: "followup") } ?? LayoutFile.bundled(FollowUpDocument.defaultLayout))
            let document = try FollowUpDocument(plan: plan, layout: layoutFile, context: context, tertial: tertial)
            let rendered = try document.render()
            let steps = ArchiveSteps.standard(language: plan.info.language, archive: !noPdfa)
            let url = URL(fileURLWithPath: output, isDirectory: true)
                .appendingPathComponent(FollowUpDocument.fileName(year: plan.info.year, tertial: tertial))
            let written = try PDFOutput(steps: steps).write([PDFOutput.File(url: url, pdf: try rendered.pdf())])
            for w in written where !quiet { RenderCommand.stderr(Messages.text(.wrote, w.url.path, RenderCommand.pages(w.pageCount))) }
        } catch let e as ExitCode {
            throw e
        } catch let e as FollowUpDocument.Missing {
            RenderCommand.stderr(Messages.text(.cliError, "\(e)"))
            throw ExitCode(64)
        } catch let e as LayoutFileError {
            RenderCommand.stderr("\(e)")
            throw ExitCode(ExitStatus.failure.rawValue)
        } catch {
            RenderCommand.stderr(Messages.text(.cliError, "\(error)"))
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        if !quiet { RenderCommand.stderr(RenderCommand.done(since: start)) }
    }

}
