import ArgumentParser
import Foundation
import IKInput

/// `ikplan validate <plan-folder> [--format text|json]`: reads the plan and reports every problem.
/// Exit 0: clean or warnings only; 65 (EX_DATAERR): errors; 66 (EX_NOINPUT): no plan.yaml in the folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan folder and report every problem with its file, line and column.",
        discussion: """
            Diagnostics go to standard output, a one-line summary to standard error.
            Exit status: 0 no errors (warnings allowed), 65 errors found, 66 no plan.yaml in the folder.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The plan folder: plan.yaml and the Markdown files it names.")
    var planFolder: String

    @Option(help: "Output format: text (file:line:column: severity: message) or json.")
    var format: Format = .text

    func run() throws {
        let folder = URL(fileURLWithPath: planFolder, isDirectory: true)
        let (_, diagnostics) = PlanLoader.load(folder: folder)
        switch format {
        case .text: print(diagnostics.renderedText(), terminator: "")
        case .json: print(diagnostics.renderedJSON(), terminator: "")
        }
        FileHandle.standardError.write(Data((diagnostics.summary + "\n").utf8))
        let planFile = folder.appendingPathComponent("plan.yaml").path
        if !FileManager.default.fileExists(atPath: planFile) { throw ExitCode(66) }
        if diagnostics.errorCount > 0 { throw ExitCode(65) }
    }
}
