import ArgumentParser
import Foundation
import IKArchive
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// `ikplan render <plan-folder> [-o DIR] [--only IDS] [--layout NAME|FILE] [--quiet] [--png]`: writes every document of
/// `DocumentCatalogue.all` the plan yields. An invalid plan is refused with the validate diagnostics (exit 65).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the plan (plan.pdf), the stickprov checklists (checklists.pdf), the tertial follow-ups the folder holds (uppfoljning-YYYY-Tn.pdf) and, when the plan has a meeting, the minutes (minutes.pdf) and the decision bundle (beslutsunderlag.pdf).",
        discussion: """
            Every PDF of the run is written to a temporary file, flushed to disk, and only when all are \
            complete renamed into place, so a failed run leaves the previous output untouched. A file in \
            the way that ikplan did not write (a folder, a link, another program's file) is never replaced. What was written (path, pages, milliseconds) goes to standard error; on a terminal, a run \
            longer than a second shows its progress there.

            A document the plan no longer yields (the minutes after meeting: was removed) has its old file removed \
            in the same run when ikplan wrote it; a file of that name ikplan did not write stops the run. --png \
            names page images plan-01.png, plan-02.png, … and removes only its own older images.

            Exit status: 0 written, 64 a wrong option (-o with a file name), 65 the plan has errors, 66 no plan.yaml in the folder, 1 anything else.
            """)

    @Argument(help: "The plan folder: plan.yaml and the Markdown files it names.")
    var planFolder: String

    @Option(name: .shortAndLong, help: "The output folder (a folder, not a file name: -o . --only plan writes ./plan.pdf alone).")
    var output: String = "out"

    @Option(help: "The documents to write, comma-separated: \(DocumentCatalogue.all.map(\.id).joined(separator: ",")) (default: all the plan yields).")
    var only: String?

    @Option(help: "The plan's layout: a built-in name (\(LayoutChoice.builtIn(for: "plan").joined(separator: ", ")); default ange) or a layout file.")
    var layout: String?

    @Option(help: "The minutes' layout: a built-in name (\(LayoutChoice.builtIn(for: "minutes").joined(separator: ", ")); default ange; protokoll for the formal protokoll) or a layout file.")
    var minutesLayout: String?

    @Option(help: "The checklists' layout: a built-in name (\(LayoutChoice.builtIn(for: "checklist").joined(separator: ", ")); default ange) or a layout file; fillable: true under checklists: gives sheets with form fields.")
    var checklistLayout: String?

    @Option(help: "The follow-ups' layout: a built-in name (\(LayoutChoice.builtIn(for: "followup").joined(separator: ", ")); default ange) or a layout file.")
    var followupLayout: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors, not what was written.")
    var quiet = false

    @Flag(help: "Also write page images (PNG, 60 dpi) with pdftoppm.")
    var png = false

    @Flag(help: "Write Cairo's PDF as it is, without the PDF/A-2 archive metadata (XMP, sRGB output intent, /ID).")
    var noPdfa = false

    func validate() throws {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDir)
        if output.lowercased().hasSuffix(".pdf"), !(exists && isDir.boolValue) {
            let name = (output as NSString).lastPathComponent
            let folder = (output as NSString).deletingLastPathComponent
            let id = DocumentCatalogue.all.first { $0.fileName == name }?.id ?? "plan"
            throw ValidationError("-o names the output folder, not a file: render writes several documents with fixed names (plan.pdf, minutes.pdf, …)\n"
                + "  hint: to write one document, name its folder and choose it: -o \(folder.isEmpty ? "." : folder) --only \(id)")
        }
        _ = try selectedDocuments()
        _ = try layoutChoices()
    }

    /// The documents `--only` names, in the catalogue's order; all of them without it.
    func selectedDocuments() throws -> [Document] {
        guard let only else { return DocumentCatalogue.all }
        let ids = only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let known = DocumentCatalogue.all.map(\.id)
        for id in ids where !known.contains(id) {
            let near = EditDistance.closest(to: id, among: known).map { "; did you mean \($0)?" } ?? ""
            throw ValidationError("--only: no document \"\(id)\"\(near) (documents: \(known.joined(separator: ", ")))")
        }
        guard !ids.isEmpty else { throw ValidationError("--only names no document (documents: \(known.joined(separator: ", ")))") }
        return DocumentCatalogue.all.filter { ids.contains($0.id) }
    }

    /// The layout files of --layout and --minutes-layout, by document id.
    func layoutChoices() throws -> [String: URL] {
        var layouts: [String: URL] = [:]
        do {
            if let layout { layouts[Document.plan.id] = try LayoutChoice.resolve(layout, document: "plan") }
            if let minutesLayout { layouts[Document.minutes.id] = try LayoutChoice.resolve(minutesLayout, document: "minutes") }
            if let checklistLayout { layouts[Document.checklists.id] = try LayoutChoice.resolve(checklistLayout, document: "checklist") }
            if let followupLayout {
                let url = try LayoutChoice.resolve(followupLayout, document: "followup")
                for t in [Document.followUpT1, .followUpT2, .followUpT3] { layouts[t.id] = url }
            }
        } catch let e as LayoutChoice.Unknown {
            let option = ["plan": "--layout", "minutes": "--minutes-layout", "checklist": "--checklist-layout"][e.document] ?? "--followup-layout"
            throw ValidationError("\(option): \(e)")
        }
        return layouts
    }

    func run() throws {
        let start = DispatchTime.now()
        let documents = try selectedDocuments()
        // `render plans/2026/plan.yaml` means the folder, as for validate.
        let folderPath = PlanFolder.folder(forArgument: planFolder)
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        let setup = BackgroundWork { try DocumentContext() }
        // A second context for the second core: Pango serialises each one (see DocumentRun.write).
        let alongside = BackgroundWork { try DocumentContext() }
        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        if !diagnostics.isEmpty { Self.stderr(diagnostics.located(in: folderPath).renderedText(), newline: false) }
        guard let plan = loaded else {
            Self.stderr("ikplan: " + Messages.text(.nothingWritten, folder.relativePath, diagnostics.summary))
            throw ExitCode(ExitStatus.of(folder: folder, diagnostics: diagnostics).rawValue)
        }
        do {
            let context = try setup.value()
            let run = DocumentRun(plan: plan, folder: folder, context: context, layouts: try layoutChoices())
            for w in run.context.warnings { Self.stderr(Messages.text(.cliWarning, w)) }
            // PDF/UA-1 and PDF/A-2a by default: what archives ask for, and what a signature is added to.
            let steps = ArchiveSteps.standard(language: plan.info.language, archive: !noPdfa)
            let line = ProgressLine(start: start, enabled: !quiet)
            let report: DocumentRun.Report
            do {
                report = try run.write(documents, to: URL(fileURLWithPath: output, isDirectory: true), output: PDFOutput(steps: steps),
                                       progress: line.report, alongside: try? alongside.value())
                line.finish()
            } catch {
                line.finish()       // the error starts at the margin
                throw error
            }
            for w in report.warnings { Self.stderr(Messages.text(.cliWarning, w)) }
            for gone in report.removed where !quiet {
                Self.stderr(Messages.text(.removedOld, gone.path))
            }
            for out in report.outputs {
                if !quiet { Self.stderr(Messages.text(.wroteTimed, out.url.path, Self.pages(out.pages), out.milliseconds)) }
                if png { try PageImages.write(out.url, quiet: quiet) }
            }
        } catch let e as ExitCode {
            throw e
        } catch let e as LayoutFileError {
            Self.stderr("\(e)")                       // already "file:line: error: message" with its hint
            throw ExitCode(ExitStatus.failure.rawValue)
        } catch {
            Self.stderr(Messages.text(.cliError, "\(error)"))
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        if !quiet { Self.stderr(Self.done(since: start)) }
    }

    /// "1 page", "15 pages" ("1 sida", "15 sidor"): what a person reads in the run's report.
    static func pages(_ n: Int) -> String { Messages.count(n, one: .pageOne, many: .pageMany) }

    /// The run's last line, "done in 840 ms".
    static func done(since t: DispatchTime) -> String { Messages.text(.doneIn, ms(since: t)) }

    static func ms(since t: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1_000_000) }

    static func stderr(_ s: String, newline: Bool = true) {
        StandardStreams.error(newline ? s + "\n" : s)
    }
}
