import ArgumentParser
import Foundation
import IKDocuments
import IKEngine
import IKInput

/// `ikplan validate <plan-folder> [--layout FILE] [--minutes-layout FILE] [--format text|json]`: reads the
/// plan and the layout files a render would use, and reports every problem of them all.
/// Exit 0: clean or warnings only; 65 (EX_DATAERR): errors; 66 (EX_NOINPUT): no plan.yaml in the folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan folder and its layout files and report every problem with its file, line and column.",
        discussion: """
            The layout files are those render would use: --layout and --minutes-layout when given, else the \
            bundled Layouts/plan-ange.yaml and Layouts/minutes-ange.yaml.
            Diagnostics go to standard output, a one-line summary to standard error.
            Exit status: 0 no errors (warnings allowed), 65 errors found, 66 no plan.yaml in the folder.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The plan folder: plan.yaml and the Markdown files it names (or its plan.yaml).")
    var planFolder: String

    @Option(help: "The plan's layout file to check (default: Layouts/plan-ange.yaml).")
    var layout: String?

    @Option(help: "The minutes' layout file to check (default: Layouts/minutes-ange.yaml).")
    var minutesLayout: String?

    @Option(help: "Output format: text (file:line:column: severity: message) or json.")
    var format: Format = .text

    func run() throws {
        // `validate plans/2026/plan.yaml` means the folder; files are then named from the current directory.
        let folderPath = PlanFolder.folder(forArgument: planFolder)
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        var diagnostics = PlanLoader.load(folder: folder).diagnostics.located(in: folderPath)
        // Without the fonts a family cannot be checked; render reports a missing Fonts/ folder itself.
        let fonts = try? FontLibrary(directory: FontLibrary.defaultDirectory())
        diagnostics += LayoutCheck.plan(layout.map { (try? LayoutChoice.resolve($0, document: "plan")) ?? URL(fileURLWithPath: $0) } ?? LayoutFile.bundled(Document.plan.defaultLayout ?? "plan-ange"), fonts: fonts)
        diagnostics += LayoutCheck.minutes(minutesLayout.map { (try? LayoutChoice.resolve($0, document: "minutes")) ?? URL(fileURLWithPath: $0) } ?? LayoutFile.bundled(Document.minutes.defaultLayout ?? "minutes-ange"), fonts: fonts)
        do {
            switch format {
            case .text: try StandardStreams.output(diagnostics.renderedText())
            case .json: try StandardStreams.output(diagnostics.renderedJSON())
            }
        } catch {
            throw ExitCode(ExitStatus.failure.rawValue)     // the report is lost: never "clean"
        }
        StandardStreams.error(diagnostics.summary + "\n")
        let status = ExitStatus.of(folder: folder, diagnostics: diagnostics)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
