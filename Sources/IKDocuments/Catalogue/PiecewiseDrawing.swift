import Foundation
import IKEngine
import IKPDF

/// A long document drawn in two pieces at once: Cairo writes one page at a time on one thread, and
/// drawing is most of a long document's time (1 500 checklist pages at 1 000 risks). The pieces are cut
/// where a section begins and joined as one document (`PDFConcatenation`'s continuous mode), so the file
/// reads as if drawn whole: one page sequence, one list of bookmarks, the structure of both pieces.
public enum PiecewiseDrawing {
    /// Fewer pages are drawn whole: two pieces cost a second set of font subsets and the join.
    public static let threshold = 160

    /// Where to cut `document` (the section start nearest its middle), or nil to draw it whole: too few
    /// pages, no sections, or a page with an image (one image is one Cairo surface, which two threads
    /// must not draw from at once).
    static func cut(_ document: RenderedDocument, from threshold: Int) -> Int? {
        let n = document.pages.count
        guard n >= max(2, threshold) else { return nil }
        let middle = n / 2
        guard let cut = document.sections.filter({ $0 > 0 && $0 < n }).min(by: { abs($0 - middle) < abs($1 - middle) }) else { return nil }
        guard !document.pages.contains(where: { page in
            [page.body, page.header, page.footer].contains { $0.map(hasImage) ?? false }
        }) else { return nil }
        return cut
    }

    /// The pages before `cut` drawn here, the rest on another thread, then joined.
    static func draw(_ document: RenderedDocument, at cut: Int) throws -> RenderedPDF {
        let writer = PDFWriter(metadata: document.metadata)
        let tail = Array(document.pages[cut...])
        let second = LaneWork { try writer.render(tail) }
        let first = Result { try writer.render(Array(document.pages[..<cut])) }
        let b = Result { try second.value() }          // waited for even when the first piece failed
        let (head, rest) = (try first.get(), try b.get())
        let parts = try [head, rest].enumerated().map { k, pdf in
            PDFConcatenation.Part(document: try PDFDocument(data: pdf.bytes), title: document.metadata.title, name: "piece\(k + 1)")
        }
        let info = try parts[0].document.dictionary(parts[0].document.trailer["Info"]) ?? PDFDictionary()
        let file = try PDFConcatenation(parts: parts, info: info, continuous: true).write()
        let fields = head.formFields + rest.formFields.map { PlacedFormField(field: $0.field, pageIndex: $0.pageIndex + cut, rect: $0.rect) }
        return RenderedPDF(bytes: file.data, metadata: document.metadata, pageCount: document.pages.count,
                           structure: StructureLog(elements: head.structure.elements + rest.structure.elements), formFields: fields)
    }

    private static func hasImage(_ frame: Frame) -> Bool {
        frame.items.contains { item in
            switch item.item {
            case .image: return true
            case .group(let f), .turnedUp(let f): return hasImage(f)
            default: return false
            }
        }
    }
}
