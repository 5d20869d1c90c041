import Foundation
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// Shared by the minutes and bundle tests: one document context (fonts are set up once), the example
/// plan's meeting, generated long meetings, and PDFs written to a temporary folder.
enum MinutesFixture {
    static let context: DocumentContext = {
        do { return try DocumentContext() } catch { preconditionFailure("fonts: \(error)") }
    }()

    static var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    /// The Ånge 2026 example plan (with its meeting), read by the real loader.
    static func examplePlan() throws -> Plan {
        let (plan, diagnostics) = PlanLoader.load(folder: repository.appendingPathComponent("examples/ange-2026"))
        guard let plan else { throw FixtureError("the example plan does not load: \(diagnostics)") }
        return plan
    }

    static func layout(_ name: String) throws -> LayoutFile {
        try context.layoutFile(LayoutFile.bundled(name))
    }

    /// A meeting of `items` agenda items with summaries of `paragraphs` paragraphs each.
    static func longMeeting(items: Int = 15, paragraphs: Int = 4, signatories: [Signatory] = []) -> Meeting {
        let sentence = "Förvaltningen har gått igenom underlaget, stämt av riskbedömningarna med verksamheterna och "
            + "redovisat hur kontrollmomenten ska genomföras under året samt vilka stickprov som ska tas. "
        let agenda = (1...items).map { n in
            AgendaItem(number: n, title: "Ärende nummer \(n) om internkontrollens uppföljning",
                       decision: Decision(proposal: "Kommunstyrelsens internkontrollanter föreslår kommunstyrelsen besluta att",
                                          points: ["Godkänna redovisningen av ärende \(n).", "Lägga rapporten till handlingarna."]),
                       summary: Prose((0..<paragraphs + n % 3).map { p in
                           .paragraph([.text("Stycke \(p + 1) i ärende \(n). " + String(repeating: sentence, count: 2 + (n + p) % 3))])
                       }))
        }
        return Meeting(title: "Möte med politiska internkontrollanter", date: CalendarDate(year: 2025, month: 11, day: 26),
                       startTime: "10:00", endTime: "13:00", place: "Bobergsgymnasiet",
                       participants: [Participant(name: "Eva Mörk Månsson", party: "S", role: "Politisk internkontrollant"),
                                      Participant(name: "Olof Bäckman", role: "Sekreterare")],
                       items: agenda, noteTaker: "Olof Bäckman", signatories: signatories,
                       adjustment: "Kommunhuset, Ånge, 2025-12-01", storagePlace: "Kommunkansliet, Ånge")
    }

    static let signatories = [Signatory(name: "Eva Mörk Månsson", role: .chair),
                              Signatory(name: "Anna Berg", role: .adjuster),
                              Signatory(name: "Olof Bäckman", role: .secretary)]

    static func minutes(_ meeting: Meeting, layout: String) throws -> MinutesDocument {
        MinutesDocument(meeting: meeting, municipality: "Ånge kommun", board: "Kommunstyrelsen", layout: try self.layout(layout))
    }

    /// Writes pages to a fresh temporary file; `IKPLAN_KEEP_PDF=dir` keeps a copy there for looking at.
    static func write(_ pages: [LaidOutPage], _ name: String, metadata: PDFMetadata? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-minutes-\(getpid())-\(name)")
        let meta = metadata ?? PDFMetadata(title: name, date: "2025-11-26T00:00:00Z")
        try PDFWriter(metadata: meta).write(pages, to: url)
        if let keep = ProcessInfo.processInfo.environment["IKPLAN_KEEP_PDF"] {
            let copy = URL(fileURLWithPath: keep).appendingPathComponent(name)
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.copyItem(at: url, to: copy)
        }
        return url
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
