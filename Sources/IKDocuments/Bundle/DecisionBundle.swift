import Foundation
import IKEngine
import IKPDF

/// The board's decision bundle (`beslutsunderlag.pdf`): the minutes first, then the plan, in one file,
/// joined from the two documents' finished PDFs (nothing is laid out or drawn twice). Each part keeps its
/// own numbering ("Sida 1(1)", then "Sida x av N"); page labels make a viewer show those numbers, and one
/// outline holds a bookmark per part with the part's own bookmarks beneath it. Destination names get the
/// part's name as a prefix ("part2.item-1"), so the parts' links and bookmarks stay apart.
public enum DecisionBundle {
    public static let fileName = "beslutsunderlag.pdf"

    /// One document of the bundle, drawn.
    public struct Part {
        /// The part's bookmark: "Protokoll 2025-11-26", "Internkontrollplan 2026".
        public var title: String
        /// The part as the PDF writer made it (before any post-processing step).
        public var pdf: RenderedPDF

        public init(title: String, pdf: RenderedPDF) { self.title = title; self.pdf = pdf }
    }

    /// The usual bundle from two drawn documents: each part's bookmark is its PDF title, and the bundle
    /// takes the plan's metadata under the title "Beslutsunderlag: …".
    public static func assemble(minutes: RenderedPDF, plan: RenderedPDF) throws -> RenderedPDF {
        var metadata = plan.metadata
        metadata.title = "Beslutsunderlag: \(plan.metadata.title)"
        return try assemble([Part(title: minutes.metadata.title, pdf: minutes), Part(title: plan.metadata.title, pdf: plan)],
                            metadata: metadata)
    }

    /// The parts joined in order ("part1", "part2", …) under `metadata`: a PDF like the writer's, with a
    /// structure log that pairs with the joined structure tree, for the same post-processing steps.
    public static func assemble(_ parts: [Part], metadata: PDFMetadata) throws -> RenderedPDF {
        guard !parts.isEmpty else { throw EngineError.layout("a bundle needs at least one document") }
        var joined: [PDFConcatenation.Part] = []
        var log = StructureLog()
        var fields: [PlacedFormField] = []
        var pagesBefore = 0
        for (index, part) in parts.enumerated() {
            let name = "part\(index + 1)"
            joined.append(PDFConcatenation.Part(document: try PDFDocument(data: part.pdf.bytes), title: part.title, name: name))
            log.elements += part.pdf.structure.elements.map { renamed($0, prefix: name + ".") }
            // The signature fields stay where they were on their part's pages, for the form step.
            fields += part.pdf.formFields.map { PlacedFormField(field: $0.field, pageIndex: $0.pageIndex + pagesBefore, rect: $0.rect) }
            pagesBefore += part.pdf.pageCount
        }
        // The document information of the last part (the plan's: author, dates, producer) under the bundle's title.
        let lastDocument = joined[joined.count - 1].document
        var info = try lastDocument.dictionary(lastDocument.trailer["Info"]) ?? PDFDictionary()
        info["Title"] = .text(metadata.title)
        let file = try PDFConcatenation(parts: joined, info: info).write()
        return RenderedPDF(bytes: file.data, metadata: metadata, pageCount: pagesBefore, structure: log, formFields: fields)
    }

    /// A link's destination in the document gets the part's prefix, as the joined file's names do.
    private static func renamed(_ tag: StructureTag, prefix: String) -> StructureTag {
        guard case .link(let target, let area, let description) = tag, target.hasPrefix("#") else { return tag }
        return .link(target: "#" + prefix + target.dropFirst(), area: area, description: description)
    }
}
