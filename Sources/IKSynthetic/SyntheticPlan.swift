import Foundation

/// Synthetic plans of any size, for benchmarks (`ikplan synth`) and large-document tests: the one
/// generator both use. Deterministic: the same arguments give the same text.
public enum SyntheticPlan {
    /// The words risk titles and actions are made of: long Swedish compounds among them.
    public static let words = ["kompetensförsörjning", "arbetsmiljö", "brandskydd", "leverantörsfakturor", "upphandling",
                        "välfärdsbrottslighet", "rehabilitering", "styrdokument", "riskanalys", "verksamhetsuppföljning"]

    /// A unique four-level KLASSA code for process `p`.
    public static func code(_ p: Int) -> String { "\(p / 729 + 1).\(p / 81 % 9 + 1).\(p / 9 % 9 + 1).\(p % 9 + 1)" }

    /// Writes a plan folder holding `yaml(risks:varied:)` as plan.yaml.
    public static func writeFolder(_ folder: URL, risks: Int, varied: Bool = false) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(yaml(risks: risks, varied: varied).utf8).write(to: folder.appendingPathComponent("plan.yaml"), options: .atomic)
    }

    /// A valid plan.yaml: 3 areas, one process per 5 risks, an action and a control for every other risk,
    /// and a meeting like the example's (so a render writes the minutes and the bundle too).
    /// `varied`: risk titles and consequence descriptions of varied length (from a line to a paragraph),
    /// so tables break rows of every height; off, every risk has the same length (the benchmarks' plan).
    public static func yaml(risks n: Int, varied: Bool = false) -> String {
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
                title: \(varied ? variedTitle(r) : "Risk \(r) att \(w) brister i den löpande verksamheten")
                consequence_description: \(varied ? variedConsequence(r) : "Om \(w) brister kan kommunen drabbas av ökade kostnader, förseningar och skadat förtroende hos medborgarna.")
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
        y += meeting
        return y
    }

    /// The meeting that proposed the plan: two participants, one item with a decision, as in the example.
    static let meeting = """
    meeting:
      title: Möte med politiska internkontrollanter
      date: 2025-11-26
      start_time: "10:00"
      end_time: "13:00"
      place: Kommunhuset
      participants:
        - name: Eva Andersson
          party: S
        - name: Olof Berg
      items:
        - number: 1
          title: Antagande av förslag till internkontrollplan 2026
          decision:
            proposal: Kommunstyrelsens internkontrollanter föreslår kommunstyrelsen besluta att
            points:
              - Anta förslag till Internkontrollplan 2026.
          summary: |
            En av internkontrollanterna, med stöd av förvaltningen, har arbetat under
            senare delen av året för att ta fram ett förslag till internkontrollplan för 2026.
      note_taker: Olof Berg

    """

    /// "Risk 7 om brandskydd och leverantörsfakturor och …", two to five words (no colon: plain YAML).
    static func variedTitle(_ r: Int) -> String {
        "Risk \(r) om " + (0..<(r % 4 + 2)).map { words[(r + $0) % words.count] }.joined(separator: " och ")
    }

    /// Three to nine clauses: "Brister i arbetsmiljö, Brister i …".
    static func variedConsequence(_ r: Int) -> String {
        (0..<(r % 7 + 3)).map { "Brister i \(words[(r * 3 + $0) % words.count])" }.joined(separator: ", ") + "."
    }
}
