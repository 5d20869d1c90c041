import Foundation
import IKEngine
import IKModel

/// What a checklist run prints: which sheets, the seed, and a population for every control.
public struct ChecklistOptions: Sendable {
    public var selection: ChecklistSelection
    /// `--seed`; nil: the plan year.
    public var seed: UInt64?
    /// `--population`: drawn from by every control, instead of their `sample_from:`.
    public var population: Population?
    /// Open the print with the year overview (not in `--split` files).
    public var overview: Bool
    /// `--fillable`: form fields on every sheet, whatever the layout says (the layout's `fillable:` otherwise).
    public var fillable: Bool

    public init(selection: ChecklistSelection = ChecklistSelection(), seed: UInt64? = nil, population: Population? = nil,
                overview: Bool = true, fillable: Bool = false) {
        self.selection = selection; self.seed = seed; self.population = population; self.overview = overview
        self.fillable = fillable
    }
}

/// The stickprov checklists: "Kontrollplan 2026 – årshjul", then one sheet per occasion, each starting on a
/// new page with a running head naming the occasion and the control; "Sida x av N" counts the whole print.
public struct ChecklistDocument {
    public static let fileName = "checklists.pdf"
    /// The layout used when none is given.
    public static let defaultLayout = "checklist-ange"

    public let plan: Plan
    public let layout: LayoutFile
    public let context: DocumentContext
    public let options: ChecklistOptions
    let styles: ChecklistStyles
    let settings: ChecklistSettings
    /// The selected occasions, in print order.
    public let occasions: [Occasion]
    /// The seed the sheets print.
    public let seed: UInt64

    /// Throws `ChecklistSelection.Problem` for an unknown control, period or area, `LayoutFileError` for a bad layout.
    public init(plan: Plan, layout: LayoutFile, context: DocumentContext, options: ChecklistOptions = ChecklistOptions()) throws {
        self.plan = plan; self.layout = layout; self.context = context; self.options = options
        styles = try ChecklistStyles(layout: layout)
        settings = layout.section(ChecklistSettings.self)
        occasions = try options.selection.occasions(of: plan)
        seed = options.seed ?? SampleDraw.defaultSeed(year: plan.info.year)
    }

    /// The fields running heads may use: the plan's, and `{sheet}` ("K3 · T2 2026" on a sheet, "Årshjul 2026" on the overview).
    /// Keep in step with `fields(sheet:)`, which the layout file's header and footer are checked against.
    public static let fieldNames = PlanDocument.fieldNames + ["sheet"]

    func fields(sheet: String) -> [String: String] {
        let i = plan.info
        return ["municipality": i.municipality, "title": i.title, "board": i.board, "year": String(i.year),
                "date": i.date.description, "version": i.version, "sheet": sheet]
    }

    public var metadata: PDFMetadata {
        let i = plan.info
        return PDFMetadata(title: "Kontrollplan \(i.year) – checklistor för stickprov", author: "\(i.board), \(i.municipality)",
                           subject: "Checklistor för årets kontrollmoment i \(i.title), med årshjul",
                           keywords: "internkontroll, stickprov, checklista, kontrollmoment, årshjul, \(i.municipality), \(i.year)",
                           creator: IKPlanVersion.creator, date: DocumentDate.pdfDate(i.date))
    }

    /// The whole print: the overview (unless left out), then every selected sheet.
    public func render() throws -> RenderedDocument {
        RenderedDocument(pages: try pages(occasions, overview: options.overview), metadata: metadata)
    }

    /// One PDF per occasion, named after the control and the occasion (`K3-2026-T2.pdf`), for mailing each
    /// manager their sheet.
    public func renderSplit() throws -> [(fileName: String, document: RenderedDocument)] {
        try occasions.map { o in
            var m = metadata
            m.title = "\(o.controlID) \(o.label): \(plan.controls[o.controlIndex].activity)"
            return ("\(o.controlID)-\(o.key).pdf", RenderedDocument(pages: try pages([o], overview: false), metadata: m))
        }
    }

    /// Each part (the overview, each sheet) is paginated with its own running head, then numbered in the print.
    func pages(_ selected: [Occasion], overview: Bool) throws -> [LaidOutPage] {
        let paginator = Paginator(style: layout.page, context: context.layout)
        let width = layout.page.body.width
        let text = FrameText(shaper: context.layout.shaper)
        let draws = ChecklistDraws(plan: plan, seed: seed, override: options.population, defaultSamples: settings.defaultSamples)
        var sheet = ChecklistSheet(plan: plan, styles: styles, settings: settings, text: text, width: width)
        sheet.fillable = options.fillable || settings.fillable
        var parts: [(fields: [String: String], blocks: [any Block])] = []
        if overview {
            let all = plan.occasions.filter { o in selected.contains { $0.controlIndex == o.controlIndex } }
            let blocks = ChecklistOverview(plan: plan, styles: styles, settings: settings, text: text, width: width).blocks(all)
            parts.append((fields(sheet: "Årshjul \(plan.info.year)"), blocks))
        }
        for o in selected {
            guard let sample = draws[o] else { continue }
            parts.append((fields(sheet: "\(o.controlID) · \(o.label)"), sheet.blocks(o, sample: sample)))
        }
        var laidOut: [(fields: [String: String], pages: [LaidOutPage])] = []
        var number = 0
        for part in parts {
            var pages = try paginator.layOut(part.blocks, fields: part.fields)
            for k in pages.indices {
                number += 1
                pages[k].number = number
            }
            laidOut.append((part.fields, pages))
        }
        return laidOut.flatMap { paginator.finalise($0.pages, fields: $0.fields, total: number) }
    }
}
