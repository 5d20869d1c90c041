import Foundation
import IKModel

extension Document {
    /// The stickprov checklists (checklists.pdf): the year overview and a sheet for every occasion of every
    /// control; none when the plan has no controls. `ikplan checklists` prints selections, other seeds and
    /// populations, and one file per sheet.
    public static let checklists = Document(id: "checklists", fileName: ChecklistDocument.fileName,
                                            defaultLayout: ChecklistDocument.defaultLayout) { run, this in
        guard !run.plan.controls.isEmpty else { return nil }
        return try ChecklistDocument(plan: run.plan, layout: try run.layoutFile(for: this), context: run.context).render()
    }
}
