import Foundation
import IKEngine
import IKModel

/// The internal control plan as a PDF document: a thin mapping of the plan model onto engine blocks.
/// Chapters follow the adopted Ånge plan: cover, contents, 1 Inledning (1.1 the controllers' word),
/// 2 the risk inventory (matrix and table), 3 preventive actions, 4 planned controls.
public struct PlanDocument {
    public let plan: Plan
    public let layout: LayoutFile
    public let context: DocumentContext
    /// The plan folder, for the logo.
    public let folder: URL?
    let styles: PlanStyles
    let parts: PlanTableParts
    let drawings: PlanDrawings
    /// The drawings prose may place by name (`processfigur`), drawn with this layout.
    let figures: ProseFigures

    public init(plan: Plan, layout: LayoutFile, context: DocumentContext, folder: URL? = nil) throws {
        self.plan = plan; self.layout = layout; self.context = context; self.folder = folder
        styles = try PlanStyles(layout: layout)
        parts = PlanTableParts(styles: styles)
        drawings = try PlanDrawings(layout: layout, cell: styles.cell, shaper: context.layout.shaper)
        var builders: [String: ProseFigures.Builder] = [:]
        var altTexts: [String: String] = [:]
        for name in Figures.names {
            // Drawn now, at the text width, so a bad figure section is reported before layout starts.
            let frame = try Figures.named(name, width: styles.width, layout: layout, shaper: context.layout.shaper)
            guard let frame else { continue }
            // Narrower places (a figure inside a list or a quote) redraw at their own width.
            let width = styles.width, shaper = context.layout.shaper
            altTexts[name] = try Figures.altText(named: name, layout: layout)
            builders[name] = { w in
                w >= width - 0.01 ? frame : ((try? Figures.named(name, width: w, layout: layout, shaper: shaper)) ?? nil) ?? frame
            }
        }
        figures = ProseFigures(builders, altTexts: altTexts)
    }

    /// Lays the plan out into pages with their running heads, and the PDF's metadata.
    public func render() throws -> RenderedDocument {
        let pages = try Paginator(style: try pageStyle(), context: context.layout).paginate(try blocks(), fields: fields)
        return RenderedDocument(pages: pages, metadata: metadata)
    }

    /// The whole document as blocks: the body is built first so the contents know every heading.
    func blocks() throws -> [any Block] {
        var headings = PlanHeadings(styles: styles, shaper: context.layout.shaper)
        var body: [any Block] = []
        body += introduction(&headings)
        body += riskChapter(&headings)
        body += actionChapter(&headings)
        body += controlChapter(&headings)
        return try cover() + contents(headings.entries) + body
    }

    /// The placeholders running heads may use: `{municipality}`, `{title}`, `{board}`, `{year}`, `{date}`, `{version}`.
    public var fields: [String: String] {
        let i = plan.info
        // Keep in step with `fieldNames`, which the layout file's header and footer are checked against.
        return ["municipality": i.municipality, "title": i.title, "board": i.board, "year": String(i.year),
                "date": i.date.description, "version": i.version]
    }

    /// The names of `fields`, known before there is a plan.
    public static let fieldNames = ["municipality", "title", "board", "year", "date", "version"]

    public var metadata: PDFMetadata {
        let i = plan.info
        return PDFMetadata(title: i.title, author: "\(i.board), \(i.municipality)",
                           subject: "\(i.municipality)s internkontrollplan för \(i.year): riskinventering, förebyggande åtgärder och kontrollmoment",
                           keywords: "internkontroll, internkontrollplan, riskinventering, riskmatris, kontrollmoment, \(i.municipality), \(i.year)",
                           creator: IKPlanVersion.creator, date: DocumentDate.pdfDate(i.date))
    }

    var chaptersOnNewPage: Bool { styles.section.chapters_on_new_page ?? true }

    /// A chapter opening: a page break (unless configured away) and the level-1 heading.
    func chapter(_ number: Int, _ title: String, _ headings: inout PlanHeadings) -> [any Block] {
        (chaptersOnNewPage ? [PageBreak()] : []) + [headings.heading(String(number), title, level: 1)]
    }

    func prose(_ p: Prose) -> [any Block] {
        ProseBlocks.make(p, styles: styles.prose, figures: figures)
    }
}
