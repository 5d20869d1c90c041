import Foundation
import IKEngine

/// The board's decision bundle (`beslutsunderlag.pdf`): the minutes first, then the plan, in one file.
/// Each part is paginated on its own and keeps its own numbering ("Sida 1(1)", then "Sida x av N");
/// page labels make a viewer show those numbers, and one outline holds a bookmark per part with the
/// part's own bookmarks beneath it.
public struct DecisionBundle {
    public static let fileName = "beslutsunderlag.pdf"

    /// One document of the bundle, already laid out.
    public struct Part {
        /// The part's bookmark: "Protokoll 2025-11-26", "Internkontrollplan 2026".
        public var title: String
        public var pages: [LaidOutPage]
        /// The label of pages that have none yet, with `{page}` and `{pages}` of this part.
        public var label: String

        public init(title: String, pages: [LaidOutPage], label: String = "{page}") {
            self.title = title; self.pages = pages; self.label = label
        }
    }

    public var parts: [Part]
    public var metadata: PDFMetadata

    public init(parts: [Part], metadata: PDFMetadata) { self.parts = parts; self.metadata = metadata }

    /// The usual bundle: the minutes, then the plan.
    public init(minutes: Part, plan: Part, metadata: PDFMetadata) {
        self.init(parts: [minutes, plan], metadata: metadata)
    }

    /// The usual bundle from two rendered documents: each part's bookmark is its PDF title, and the
    /// bundle takes the plan's metadata under the title "Beslutsunderlag: …".
    public init(minutes: RenderedDocument, plan: RenderedDocument) {
        var metadata = plan.metadata
        metadata.title = "Beslutsunderlag: \(plan.metadata.title)"
        self.init(parts: [Part(title: minutes.metadata.title, pages: minutes.pages),
                          Part(title: plan.metadata.title, pages: plan.pages)], metadata: metadata)
    }

    /// All parts' pages in order, ready for `PDFWriter`.
    public func join() -> [LaidOutPage] {
        var out: [LaidOutPage] = []
        for (index, part) in parts.enumerated() {
            let id = "part\(index + 1)"
            let renaming = FrameRenaming(prefix: id + ".", levelShift: 1)
            let total = String(part.pages.count)
            for (i, page) in part.pages.enumerated() {
                var p = renaming.apply(page)
                if p.label == nil {
                    p.label = fillPlaceholders(part.label, ["page": String(page.number), "pages": total])
                }
                if i == 0 { p.body = Self.marked(p.body, destination: id, title: part.title) }
                out.append(p)
            }
        }
        return out
    }

    /// The joined pages with the bundle's metadata, written like any document.
    public var rendered: RenderedDocument { RenderedDocument(pages: join(), metadata: metadata) }

    /// Writes the bundle, atomically like every document.
    public func write(to url: URL) throws { try rendered.write(to: url) }

    /// The part's bookmark and its destination, first in the first page's body so they lead its outline.
    private static func marked(_ body: Frame, destination: String, title: String) -> Frame {
        var f = Frame(size: body.size)
        f.add(.destination(destination))
        f.add(.outline(title: title, level: 1, destination: destination))
        f.merge(body, at: .zero)
        return f
    }
}
