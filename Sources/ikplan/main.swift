import ArgumentParser

@main
struct IKPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ikplan",
        abstract: "Print a municipality's internal control plan, its minutes and checklists as PDF.",
        subcommands: [])
}
