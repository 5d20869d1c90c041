import Foundation
import IKModel

extension Document {
    /// The follow-up of tertial `t` (uppfoljning-2026-T1.pdf); none when the plan folder has no
    /// uppfoljning/2026-T1.yaml. `ikplan followup --period T1` prints one alone.
    static func followUp(_ t: Int) -> Document {
        Document(id: "followup-T\(t)", fileName: "uppfoljning-T\(t).pdf", defaultLayout: FollowUpDocument.defaultLayout,
                 planFileName: { FollowUpDocument.fileName(year: $0.info.year, tertial: t) }) { run, this in
            guard run.plan.followUps.contains(where: { $0.tertial == t }) else { return nil }
            return try FollowUpDocument(plan: run.plan, layout: try run.layoutFile(for: this), context: run.context, tertial: t).render()
        }
    }

    public static let followUpT1 = followUp(1)
    public static let followUpT2 = followUp(2)
    public static let followUpT3 = followUp(3)
}
