import ArgumentParser
import IKInput

/// `ikplan schema`: the JSON Schema of plan.yaml on standard output (docs/plan.schema.json is this text).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema for plan.yaml, for editors that complete keys and show hints (docs/plan.schema.json).")

    func run() throws { try StandardStreams.output(PlanSchema.json()) }
}
