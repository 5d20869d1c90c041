import Foundation
import IKEngine
import IKModel

/// One kind of document a plan yields: the plan, the minutes, the decision bundle, and those to come
/// (checklists, the tertial follow-up). Adding one is a value of this type and an entry in
/// `DocumentCatalogue.all`.
public struct Document: Sendable {
    /// A stable name: the key of its layout override ("plan", "minutes") and what messages call it.
    public let id: String
    /// The file it is written to in the output folder.
    public let fileName: String
    /// The bundled layout file it is drawn with unless the run names another (`Layouts/<name>.yaml`);
    /// nil for a document made of other documents' pages (the bundle).
    public let defaultLayout: String?
    /// Lays the document out for a run (the second argument is the document itself, for
    /// `run.layoutFile(for:)`); nil when this plan has nothing for it (no meeting, no minutes).
    /// Other documents come from `run.document(_:)`, laid out once and shared. Nil for a document
    /// assembled from other documents' PDFs.
    public let make: (@Sendable (DocumentRun, Document) throws -> RenderedDocument?)?
    /// For a document made of other documents (the bundle): its PDF from theirs, drawn once and shared
    /// through `run.pdf(_:)`, so nothing is drawn twice; nil when the plan has nothing for it.
    public let assemble: (@Sendable (DocumentRun) throws -> RenderedPDF?)?
    /// The ids of the documents whose pages this one reuses: a run draws them on the same thread, once.
    public let uses: [String]

    /// The file name when it depends on the plan (a follow-up carries the plan year: `uppfoljning-2026-T1.pdf`);
    /// nil: `fileName`.
    let planFileName: (@Sendable (Plan) -> String)?

    /// A document laid out from the plan and drawn from its own pages.
    public init(id: String, fileName: String, defaultLayout: String?, planFileName: (@Sendable (Plan) -> String)? = nil,
                make: @escaping @Sendable (DocumentRun, Document) throws -> RenderedDocument?) {
        self.id = id; self.fileName = fileName; self.defaultLayout = defaultLayout; self.make = make; self.assemble = nil
        self.planFileName = planFileName; self.uses = []
    }

    /// A document joined from other documents' finished PDFs.
    public init(id: String, fileName: String, uses: [String], assemble: @escaping @Sendable (DocumentRun) throws -> RenderedPDF?) {
        self.id = id; self.fileName = fileName; self.defaultLayout = nil; self.make = nil; self.assemble = assemble
        self.planFileName = nil; self.uses = uses
    }

    /// The file this document is written to for `plan`.
    public func fileName(for plan: Plan) -> String { planFileName?(plan) ?? fileName }
}

/// Which documents a plan yields, in the order they are laid out and written.
public enum DocumentCatalogue {
    public static let all: [Document] = [.plan, .minutes, .bundle, .checklists, .followUpT1, .followUpT2, .followUpT3]

    /// The document with this id.
    public static func named(_ id: String) -> Document? { all.first { $0.id == id } }
}

extension Document {
    /// The internal control plan (plan.pdf).
    public static let plan = Document(id: "plan", fileName: "plan.pdf", defaultLayout: "plan-ange") { run, this in
        try PlanDocument(plan: run.plan, layout: try run.layoutFile(for: this), context: run.context, folder: run.folder).render()
    }

    /// The minutes of the meeting that proposed the plan (minutes.pdf); none when the plan names no meeting.
    /// Layouts/minutes-protokoll.yaml gives the formal protokoll.
    public static let minutes = Document(id: "minutes", fileName: MinutesDocument.fileName, defaultLayout: "minutes-ange") { run, this in
        guard run.plan.meeting != nil else { return nil }
        return try MinutesDocument(plan: run.plan, layout: try run.layoutFile(for: this))?.render(run.context)
    }

    /// The board's decision bundle (beslutsunderlag.pdf): the minutes' and the plan's PDFs joined, each
    /// laid out and drawn once for its own file.
    public static let bundle = Document(id: "bundle", fileName: DecisionBundle.fileName, uses: ["minutes", "plan"]) { run in
        guard let minutes = try run.pdf(.minutes) else { return nil }
        guard let plan = try run.pdf(.plan) else { return nil }
        return try DecisionBundle.assemble(minutes: minutes, plan: plan)
    }
}
