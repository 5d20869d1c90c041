import Foundation
import IKEngine
import IKModel

typealias FollowUpOutcome = FollowUpYear.Outcome

/// The board's tertial follow-up (uppföljning) of the plan as a PDF: a thin mapping of the plan and its
/// follow-up files onto the engine. 1 the one-minute summary with its charts, 2 the risks' movement in the
/// matrix, 3 every control occasion per area and process with its result, deviations and corrective actions,
/// 4 every preventive action's status at adoption and now, 5 the proposed decision and the controllers' comment.
/// The T3 report is the year's: its overview puts the three tertials side by side.
public struct FollowUpDocument {
    /// The layout used when none is given.
    public static let defaultLayout = "followup-ange"

    /// `uppfoljning-2026-T1.pdf`.
    public static func fileName(year: Int, tertial: Int) -> String { "uppfoljning-\(year)-T\(tertial).pdf" }

    public let plan: Plan
    public let layout: LayoutFile
    public let context: DocumentContext
    /// The tertial reported on.
    public let tertial: Int
    let year: FollowUpYear
    let followUp: FollowUp
    let styles: PlanStyles
    let parts: PlanTableParts
    let drawings: PlanDrawings
    let settings: FollowUpSettings

    /// The problem of a follow-up asked for that the plan folder has no file for.
    public struct Missing: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Throws `Missing` when the plan folder has no follow-up file for `tertial`, `LayoutFileError` for a bad layout.
    public init(plan: Plan, layout: LayoutFile, context: DocumentContext, tertial: Int) throws {
        self.plan = plan; self.layout = layout; self.context = context; self.tertial = tertial
        year = FollowUpYear(plan: plan, tertial: tertial)
        guard (1...3).contains(tertial), let current = year.current else {
            let have = plan.followUps.map { "T\($0.tertial) (\($0.file))" }
            throw Missing(description: "the plan folder has no follow-up of T\(tertial): write uppfoljning/\(plan.info.year)-T\(tertial).yaml"
                          + (have.isEmpty ? " (see docs/plan-format.md, Follow-up files)" : "; it has \(have.joined(separator: ", "))"))
        }
        followUp = current
        styles = try PlanStyles(layout: layout)
        parts = PlanTableParts(styles: styles)
        drawings = try PlanDrawings(layout: layout, cell: styles.cell, shaper: context.layout.shaper)
        settings = layout.section(FollowUpSettings.self)
    }

    /// "januari–april".
    var months: String { ["januari–april", "maj–augusti", "september–december"][tertial - 1] }

    /// "Uppföljning av Internkontrollplan 2026, tertial 1".
    var title: String { "Uppföljning av \(plan.info.title), tertial \(tertial)" }

    /// The running heads' fields: the plan's, with the title saying which follow-up this is.
    var fields: [String: String] {
        let i = plan.info
        return ["municipality": i.municipality, "title": "Uppföljning T\(tertial) \(i.year) · \(i.title)", "board": i.board,
                "year": String(i.year), "date": followUp.asOf.description, "version": i.version]
    }

    public var metadata: PDFMetadata {
        let i = plan.info
        return PDFMetadata(title: title, author: "\(i.board), \(i.municipality)",
                           subject: "Uppföljning av \(i.municipality)s internkontrollplan för \(i.year), tertial \(tertial) (\(months)): kontrollernas resultat, avvikelser, åtgärdernas status och riskbedömningar",
                           keywords: "internkontroll, uppföljning, tertial, avvikelser, korrigerande åtgärder, \(i.municipality), \(i.year)",
                           creator: IKPlanVersion.creator, date: DocumentDate.pdfDate(followUp.asOf))
    }

    public func render() throws -> RenderedDocument {
        var page = layout.page
        page.firstPageHeader = true; page.firstPageFooter = true   // no cover: every page has its heads
        let pages = try Paginator(style: page, context: context.layout).paginate(blocks(), fields: fields)
        return RenderedDocument(pages: pages, metadata: metadata)
    }

    func blocks() -> [any Block] {
        var headings = PlanHeadings(styles: styles, shaper: context.layout.shaper)
        var out = titleBlock()
        out += summary(&headings)
        out += riskSection(&headings)
        out += controlSection(&headings)
        out += actionSection(&headings)
        out += decisionSection(&headings)
        return out
    }

    func prose(_ p: Prose) -> [any Block] { ProseBlocks.make(p, styles: styles.prose, figures: ProseFigures([:], altTexts: [:])) }

    /// The document's head: who, what period, when.
    func titleBlock() -> [any Block] {
        let i = plan.info
        var out: [any Block] = [
            Paragraph([TextSpan("\(i.municipality) · \(i.board)")], style: styles.coverMeta, spaceAfter: 4, keepWithNext: true, minLines: 1),
            Paragraph([TextSpan("Uppföljning av \(i.title.prefix(1).lowercased() + i.title.dropFirst())")], style: styles.coverTitle.with { $0.size = min($0.size, 24) },
                      spaceAfter: 2, keepWithNext: true, tag: .heading(level: 1), anchor: "uppfoljning", outline: (title, 1), minLines: 1),
            Paragraph([TextSpan("Tertial \(tertial): \(months) \(i.year)")], style: styles.heading(2).style, spaceAfter: 6, keepWithNext: true, minLines: 1),
        ]
        var meta = ["Rapportdatum \(followUp.asOf)"]
        if let who = followUp.preparedBy { meta.append("Upprättad av \(who)") }
        meta.append("Plan antagen \(i.date), version \(i.version)")
        out.append(Paragraph([TextSpan(meta.joined(separator: " · "))], style: styles.coverMeta, spaceAfter: 10, keepWithNext: true))
        out.append(Canvas(ruleFrame(styles.coverRule ?? Stroke(color: styles.heading(1).style.color, width: 1)), tag: nil, spaceAfter: 8))
        return out
    }

    func ruleFrame(_ rule: Stroke) -> Frame {
        var f = Frame(size: Size(styles.width, rule.width + 1))
        f.add(.line(to: Point(styles.width, 0), stroke: rule), at: Point(0, rule.width / 2))
        return f
    }

    /// The occasions this report details: those due in its tertial and the undated ones it reports.
    var occasionsInScope: [Occasion] {
        plan.occasions.filter { o in
            if let t = FollowUpYear.tertial(of: o) { return t == tertial }
            return year.result(o, in: tertial) != nil
        }
    }

    /// The result of an occasion in this report.
    func result(_ o: Occasion) -> ControlResult? { o.due == nil ? year.result(o, in: tertial) : year.result(o) }
}
