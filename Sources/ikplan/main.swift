import ArgumentParser
import IKDocuments
import IKEngine

struct IKPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ikplan",
        abstract: "Print a municipality's internal control plan, its minutes and checklists as PDF.",
        version: IKPlanVersion.current,
        subcommands: [InitCommand.self, ValidateCommand.self, WatchCommand.self, SynthCommand.self, RenderCommand.self, ChecklistsCommand.self, FollowupGroup.self,
                      SignCommand.self, VerifyCommand.self, SchemaCommand.self])
}

// main.swift is top-level code once the target has more than one file, so @main cannot be used here.
// Before anything is written: a signal removes the run's temporary files, a file-size limit is an error.
StandardStreams.secure()
StandardStreams.ensureDescriptors()
OutputSignals.install()
IKPlan.main()
