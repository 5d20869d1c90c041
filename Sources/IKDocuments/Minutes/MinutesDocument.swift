import Foundation
import IKEngine
import IKModel

/// The minutes of the meeting that proposed the plan, as pages. The layout file chooses the variant:
/// plain minutes (`Layouts/minutes-ange.yaml`) or the formal protokoll (`Layouts/minutes-protokoll.yaml`)
/// with § numbering, justering boxes on every page and the anslag/bevis block.
public struct MinutesDocument {
    public static let fileName = "minutes.pdf"

    public var meeting: Meeting
    public var municipality: String
    public var board: String
    /// The body that met, as the anslag names it ("Organ"); the board unless told otherwise.
    public var organ: String
    public var layoutFile: LayoutFile

    public init(meeting: Meeting, municipality: String, board: String, organ: String? = nil, layout: LayoutFile) {
        self.meeting = meeting; self.municipality = municipality; self.board = board
        self.organ = organ ?? board; self.layoutFile = layout
    }

    /// The minutes of the plan's meeting; nil when the plan names no meeting.
    public init?(plan: Plan, layout: LayoutFile) {
        guard let meeting = plan.meeting else { return nil }
        self.init(meeting: meeting, municipality: plan.info.municipality, board: plan.info.board, organ: meeting.organ, layout: layout)
    }

    /// Fields the layout's header and footer may use besides `{page}` and `{pages}`.
    public var fields: [String: String] {
        // Keep in step with `fieldNames`, which the layout file's header and footer are checked against.
        ["municipality": municipality, "board": board, "organ": organ, "meeting": meeting.title, "title": meeting.title,
         "date": meeting.date.description, "time": meeting.timeSpan ?? "", "place": meeting.place]
    }

    /// The names of `fields`, known before there is a meeting.
    public static let fieldNames = ["municipality", "board", "organ", "meeting", "title", "date", "time", "place"]

    /// Lays the minutes out: pages numbered "Sida x(N)" (as the layout's header says), each labelled
    /// for PDF viewers ("Protokoll 1"), with the justering boxes in the formal variant's footers.
    public func layout(_ context: LayoutContext) throws -> [LaidOutPage] {
        let settings = layoutFile.section(MinutesSettings.self)
        let styles = try MinutesStyles(layout: layoutFile)
        let content = MinutesContent(meeting: meeting, organ: organ, settings: settings, styles: styles,
                                     prose: try ProseStyles(layout: layoutFile))
        var style = layoutFile.page
        if settings.variant == .protokoll {
            let signers = meeting.signatories.filter { $0.role != .secretary }.count
            let f = AdjustmentFooter(boxes: settings.boxes, count: settings.boxes.count ?? max(2, signers),
                                     labelStyle: styles.small, texts: settings.texts, stroke: styles.rule)
            style = f.install(in: style, context)
        }
        var pages = try Paginator(style: style, context: context).paginate(content.blocks(), fields: fields)
        let total = String(pages.count)
        for i in pages.indices {
            pages[i].label = fillPlaceholders(settings.pageLabel, ["page": String(pages[i].number), "pages": total])
        }
        return pages
    }

    public var metadata: PDFMetadata {
        PDFMetadata(title: "\(meeting.title) \(meeting.date)", author: municipality, subject: board,
                    keywords: "protokoll, internkontroll", creator: IKPlanVersion.creator,
                    date: DocumentDate.pdfDate(meeting.date))
    }

    public func render(_ context: DocumentContext) throws -> RenderedDocument {
        RenderedDocument(pages: try layout(context.layout), metadata: metadata)
    }
}
