import ArgumentParser
import Foundation
import IKSynthetic

/// Writes a synthetic plan folder of any size, for benchmarks and large-document tests.
/// Hidden: it is a tool for us, not for secretaries.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth", abstract: "Write a synthetic plan with N risks (benchmarks, tests).", shouldDisplay: false)

    @Option(name: .long, help: "Number of risks.") var risks: Int = 100
    @Argument(help: "The plan folder to write.") var folder: String

    func run() throws {
        guard risks >= 1, risks <= 100_000 else { throw ValidationError("--risks must be 1–100000") }
        try SyntheticPlan.writeFolder(URL(fileURLWithPath: folder), risks: risks)
    }
}

