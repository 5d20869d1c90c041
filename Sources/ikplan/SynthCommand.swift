import ArgumentParser
import Foundation

/// Writes a synthetic plan folder of any size, for benchmarks and large-document tests.
/// Hidden: it is a tool for us, not for secretaries.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth", abstract: "Write a synthetic plan with N risks (benchmarks, tests).", shouldDisplay: false)

    @Option(name: .long, help: "Number of risks.") var risks: Int = 100
    @Argument(help: "The plan folder to write.") var folder: String

    func run() throws {
        guard risks >= 1, risks <= 100_000 else { throw ValidationError("--risks must be 1–100000") }
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try SyntheticPlan.yaml(risks: risks).write(to: url.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    }
}

enum SyntheticPlan {
    static let words = ["kompetensförsörjning", "arbetsmiljö", "brandskydd", "leverantörsfakturor", "upphandling",
                        "välfärdsbrottslighet", "rehabilitering", "styrdokument", "riskanalys", "verksamhetsuppföljning"]

    /// A unique four-level KLASSA code for process `p`.
    static func code(_ p: Int) -> String { "\(p / 729 + 1).\(p / 81 % 9 + 1).\(p / 9 % 9 + 1).\(p % 9 + 1)" }

    /// A valid plan: 3 areas, one process per 5 risks, an action and a control for every other risk.
    static func yaml(risks n: Int) -> String {
        let areas = ["ekonomi": "Ekonomi", "personal": "Personal", "verksamhet": "Verksamhet"]
        let areaIDs = ["ekonomi", "personal", "verksamhet"]
        var y = """
        plan:
          municipality: Exempelby kommun
          board: Kommunstyrelsen
          year: 2026
          title: Internkontrollplan 2026
          date: 2025-11-26
          version: "1.0"
        texts:
          introduction: |
            En syntetisk plan med \(n) risker, för prestandamätning och tester av stora dokument.
        areas:

        """
        for id in areaIDs { y += "  - {id: \(id), name: \(areas[id] ?? id)}\n" }
        let processCount = max(1, n / 5)
        y += "processes:\n"
        for p in 0..<processCount {
            y += "  - {code: \"\(code(p))\", name: Process \(p + 1) för \(words[p % words.count]), area: \(areaIDs[p % 3])}\n"
        }
        y += "risks:\n"
        for r in 1...n {
            let p = (r - 1) % processCount
            let w = words[r % words.count]
            y += """
              - number: \(r)
                process: "\(code(p))"
                title: Risk \(r) att \(w) brister i den löpande verksamheten
                consequence_description: Om \(w) brister kan kommunen drabbas av ökade kostnader, förseningar och skadat förtroende hos medborgarna.
                probability: \((r % 4) + 1)
                consequence: \(((r / 4) % 4) + 1)
                handled: \(r % 2 == 0)

            """
        }
        y += "actions:\n"
        for r in stride(from: 2, through: n, by: 2) {
            y += """
              - risks: [\(r)]
                description: Se över rutinerna för \(words[r % words.count]) och utbilda berörda chefer
                status: \(["ej påbörjad", "pågående", "försenad", "klar", "avbruten"][r % 5])
                end_date: 2026-\(String(format: "%02d", r % 12 + 1))-15
                desired_effect: Att risken minskar genom tydligare rutiner och bättre kunskap i verksamheten.

            """
        }
        y += "controls:\n"
        for r in stride(from: 2, through: n, by: 2) {
            y += """
              - risks: [\(r)]
                activity: Kontroll av \(words[r % words.count])
                what: Att rutinen följs och att avvikelser rapporteras.
                how: Stickprov av underlag och dialog med ansvarig chef.
                when: Tertialvis
                schedule: per_tertial
                samples: 3

            """
        }
        return y
    }
}
