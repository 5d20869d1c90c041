import ArgumentParser
import Foundation
import IKInput

/// `ikplan init FOLDER [--municipality NAME --board NAME --year N]`: a small starter plan that validates
/// and renders, with comments that say what each part is for, to be edited into the real plan.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small starter plan (plan.yaml and inledning.md) into a new or empty folder.",
        discussion: """
            The starter plan validates and renders as it is: one area, one process, one risk, one action and \
            one control, with comments. Edit it, then run ikplan validate FOLDER and ikplan render FOLDER. \
            A folder that already holds files is refused, so nothing is overwritten.

            Exit status: 0 written, 64 a wrong option, 73 the folder is not empty or cannot be written.
            """)

    @Argument(help: "The folder to create (or an empty one).")
    var folder: String

    @Option(help: "The municipality, as printed on the cover.")
    var municipality: String = "Exempelkommun"

    @Option(help: "The board the plan belongs to.")
    var board: String = "Kommunstyrelsen"

    @Option(help: "The plan year (default: next year).")
    var year: Int?

    func validate() throws {
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year \(year): give a year between 2000 and 2100") }
        for (name, value) in [("--municipality", municipality), ("--board", board)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty || value.contains(where: \.isNewline) {
            throw ValidationError("\(name): give a name on one line")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else { return try refuse("\(url.path) is a file, not a folder") }
            let present = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            guard present.isEmpty else {
                return try refuse("\(url.path) is not empty (\(present.sorted().prefix(3).joined(separator: ", "))\(present.count > 3 ? ", …" : "")); init writes only into a new or empty folder, so no plan is overwritten")
            }
        }
        let planYear = year ?? (Calendar(identifier: .gregorian).component(.year, from: Date()) + 1)
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(StarterPlan.yaml(municipality: municipality, board: board, year: planYear).utf8)
                .write(to: url.appendingPathComponent("plan.yaml"), options: .withoutOverwriting)
            try Data(StarterPlan.introduction(board: board, year: planYear).utf8)
                .write(to: url.appendingPathComponent("inledning.md"), options: .withoutOverwriting)
        } catch {
            return try refuse("cannot write the starter plan: \((error as NSError).localizedDescription)")
        }
        RenderCommand.stderr("wrote \(url.path)/plan.yaml and inledning.md\n  next: ikplan validate \(folder) && ikplan render \(folder) -o \(folder)/out")
    }

    private func refuse(_ message: String) throws {
        RenderCommand.stderr("ikplan: error: \(message)")
        throw ExitCode(73)      // EX_CANTCREAT
    }
}

/// The starter plan's files.
enum StarterPlan {
    /// A YAML double-quoted scalar: any name is safe in it.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func yaml(municipality: String, board: String, year: Int) -> String {
        """
        # Internkontrollplan \(year), \(municipality). Skriven av `ikplan init`: redigera den till er plan.
        # Alla fält beskrivs i docs/plan-format.md. Kontrollera med `ikplan validate <mapp>` och
        # skriv ut med `ikplan render <mapp>`. Text med kolon (:) eller # i: sätt den inom citattecken.

        plan:
          municipality: \(quoted(municipality))
          board: \(quoted(board))
          year: \(year)
          date: \(year - 1)-11-30          # dagen planen lades fram (ÅÅÅÅ-MM-DD)
          version: "1.0"
          language: sv-SE

        texts:
          introduction: {file: inledning.md}   # kapitel 1, i Markdown

        # Verksamhetsområden: kapitel 3 och 4 delas upp efter dem.
        areas:
          - id: ekonomi
            name: Ekonomi

        # Processer med sin KLASSA-kod; varje risk hör till en process.
        processes:
          - code: 2.4.1.2
            name: Betala leverantörsfakturor
            area: ekonomi

        # Risker: sannolikhet (probability) och konsekvens (consequence) 1–4; riskvärdet är produkten.
        risks:
          - number: 1
            process: 2.4.1.2
            title: Felaktiga fakturor betalas
            consequence_description: Kommunen betalar för varor och tjänster den inte har fått
            probability: 2
            consequence: 3
            handled: true

        # Förebyggande åtgärder mot riskerna (kapitel 3).
        actions:
          - risks: [1]
            description: Inför attest av två personer för fakturor över 50 000 kr
            status: Ej påbörjad
            end_date: \(year)-06-30
            desired_effect: Färre felaktiga betalningar
            responsible: Ekonomichef

        # Kontrollmoment (kapitel 4) och stickprovens schema.
        controls:
          - risks: [1]
            activity: Granskning av leverantörsfakturor
            what: Att fakturan stämmer med beställning och leverans
            how: Stickprov i ekonomisystemet
            when: En gång per tertial
            schedule: per_tertial
            samples: 5

        """
    }

    static func introduction(board: String, year: Int) -> String {
        """
        Internkontrollplanen för \(year) beskriver hur \(board.lowercased()) följer upp att verksamheten \
        bedrivs ändamålsenligt, säkert och enligt gällande regler.

        Skriv här vad planen omfattar och hur riskerna har tagits fram.

        """
    }
}
