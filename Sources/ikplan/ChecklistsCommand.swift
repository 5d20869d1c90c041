import ArgumentParser
import Foundation
import IKArchive
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// `ikplan checklists <plan-folder> [-o DIR] [--control ID]… [--period P] [--area NAME] [--population FILE.csv]
/// [--seed N] [--split] [--fillable]`: the stickprov checklists, one sheet per occasion, after the year overview.
struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "Print the stickprov checklists (checklists.pdf): the year overview, then a sheet for every occasion of every control.",
        discussion: """
            Sheets are drawn with the seed (default: the plan year) from each control's sample_from: file, or from \
            --population for every control; docs/sampling.md gives the algorithm. --period selects the occasions due \
            in it: T1–T3, Q1–Q4, H1, H2, a month (2026-05, maj); undated sheets only print without --period.

            Exit status: 0 written, 64 an unknown control, period or area, 65 the plan or the population has errors, \
            66 no plan.yaml in the folder, 1 anything else.
            """)

    @Argument(help: "The plan folder: plan.yaml and the files it names.")
    var planFolder: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @Option(name: .customLong("control"), help: "Only this control (its id, e.g. K3); repeat for more.")
    var controls: [String] = []

    @Option(help: "Only the occasions due in this period: T2, Q3, H1, 2026-05, maj.")
    var period: String?

    @Option(help: "Only the controls of this area (its name or id).")
    var area: String?

    @Option(help: "Draw every control's sample from this CSV file (a header row, one row per unit).")
    var population: String?

    @Option(help: "The seed of the sample draw (default: the plan year).")
    var seed: UInt64?

    @Option(help: "The layout: a built-in name (\(LayoutChoice.builtIn(for: "checklist").joined(separator: ", ")); default ange) or a layout file.")
    var layout: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors, not what was written.")
    var quiet = false

    @Flag(help: "One PDF per occasion, named after control and occasion (K3-2026-T2.pdf), without the overview.")
    var split = false

    @Flag(help: "Sheets with form fields (unit, result boxes, comment, conclusion, controller, date) to fill in a PDF reader; read them back with followup import.")
    var fillable = false

    @Flag(help: "Write Cairo's PDF as it is, without the PDF/UA-1 and PDF/A-2a archive post-processing.")
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
        var override: Population?
        if let population {
            let (read, problems) = PopulationReader.read(URL(fileURLWithPath: population), name: population)
            if !problems.isEmpty { RenderCommand.stderr(problems.renderedText(), newline: false) }
            guard let read else {
                RenderCommand.stderr("ikplan: " + Messages.text(.nothingWritten, population, problems.summary))
                throw ExitCode(ExitStatus.dataError.rawValue)
            }
            let wanted = plan.controls.compactMap { $0.samples?.max }.max() ?? 0
            if read.rowCount < wanted {
                RenderCommand.stderr(Messages.text(.populationTooSmall, population, read.rowCount, wanted))
            }
            override = read
        }
        let outDir = URL(fileURLWithPath: output, isDirectory: true)
        do {
            let context = try setup.value()
            for w in context.warnings { RenderCommand.stderr(Messages.text(.cliWarning, w)) }
            let layoutFile = try context.layoutFile(layout.map { try LayoutChoice.resolve($0, document: "checklist") } ?? LayoutFile.bundled(ChecklistDocument.defaultLayout))
            let options = ChecklistOptions(selection: ChecklistSelection(controls: controls, period: period, area: area),
                                           seed: seed, population: override, overview: !split, fillable: fillable)
            let document = try ChecklistDocument(plan: plan, layout: layoutFile, context: context, options: options)
            if document.occasions.isEmpty {
                RenderCommand.stderr(Messages.text(.noOccasion))
                throw ExitCode(64)
            }
            if !quiet { RenderCommand.stderr(Messages.text(.seedSheets, document.seed, Messages.count(document.occasions.count, one: .sheetOne, many: .sheetMany))) }
            // A year's sheets for a large plan run to over a thousand pages: on a terminal, say how far it is.
            let line = ProgressLine(start: start, enabled: !quiet)
            let written: [PDFOutput.Written]
            do {
                // Every file is laid out and drawn before any is written, and all are written or none.
                let laidOut = split ? try document.renderSplit() : [(ChecklistDocument.fileName, try document.render())]
                let files = try laidOut.map { PDFOutput.File(url: outDir.appendingPathComponent($0.0), pdf: try $0.1.pdf()) }
                line.report(.writing(files.count))
                // The same archive steps as render's checklists.pdf: a printed sheet may be scanned and filed, a
                // filled one archived with the follow-up.
                written = try PDFOutput(steps: ArchiveSteps.standard(language: plan.info.language, archive: !noPdfa)).write(files)
                line.finish()
            } catch {
                line.finish()       // the error starts at the margin
                throw error
            }
            for w in written.prefix(split ? 3 : written.count) where !quiet { RenderCommand.stderr(Messages.text(.wrote, w.url.path, RenderCommand.pages(w.pageCount))) }
            if split && written.count > 3 && !quiet { RenderCommand.stderr(Messages.text(.andMoreFiles, written.count - 3, written.count, outDir.path)) }
        } catch let e as ExitCode {
            throw e
        } catch let e as ChecklistSelection.Problem {
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
