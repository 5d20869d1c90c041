import Foundation
import IKEngine
import IKPDF

/// The output pipeline's form step: turns the form fields the writer placed (`RenderedPDF.formFields`) into
/// interactive AcroForm fields, each one field merged with its one widget annotation. Archive-safe as
/// PDF/A-2 and PDF/UA-1 ask: every widget prints (/F 4), has a normal appearance (empty: the page already
/// draws the line one signs on), says what it is for (/TU) and sits in a Form structure element. Runs
/// after the PDF/UA step and before the PDF/A step; a file without fields passes through unchanged.
public struct FormFieldStep: PDFPostProcessor {
    public init() {}

    public var name: String { "form fields" }

    public func process(_ pdf: RenderedPDF) throws -> RenderedPDF {
        guard !pdf.formFields.isEmpty else { return pdf }
        var out = pdf
        out.bytes = Data(try Self.addFields(pdf.formFields, to: [UInt8](pdf.bytes)))
        return out
    }

    /// The file with `fields` added as an incremental update.
    public static func addFields(_ fields: [PlacedFormField], to bytes: [UInt8]) throws -> [UInt8] {
        let names = fields.map(\.field.name)
        if let repeated = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw EngineError.layout("two form fields are named \"\(repeated)\": a field's name must be unique in its document")
        }
        let doc = try PDFDocument(bytes: bytes)
        var update = PDFUpdate(doc)
        let pages = try doc.pages()
        guard let catalogRef = doc.catalogReference else { throw EngineError.layout("the PDF has no catalog") }
        var catalog = try doc.catalog()
        var structure = try StructureAppender(doc: doc, catalog: catalog)

        var widgetsByPage: [Int: [PDFReference]] = [:]
        var fieldRefs: [PDFObject] = []
        for placed in fields {
            guard pages.indices.contains(placed.pageIndex) else { continue }
            let page = pages[placed.pageIndex]
            let r = placed.rect
            let rect: PDFObject = .array([.real(r.minX), .real(r.minY), .real(r.maxX), .real(r.maxY)])
            // An empty appearance: PDF/A wants one for every widget; what is seen is the page's own line.
            let appearance = update.add(.stream(PDFStream(dictionary: [
                "Type": .name("XObject"), "Subtype": .name("Form"),
                "BBox": .array([.integer(0), .integer(0), .real(r.width), .real(r.height)]),
                "Resources": .dictionary([:]),
            ], data: [])))
            var widget: PDFDictionary = [
                "Type": .name("Annot"), "Subtype": .name("Widget"),
                "FT": .name(placed.field.kind.fieldType), "T": .text(placed.field.name), "TU": .text(placed.field.tooltip),
                "Rect": rect, "F": .integer(4), "P": .reference(page.reference),
                "AP": .dictionary(["N": .reference(appearance)]),
            ]
            let ref = update.add(.null)
            if let key = structure.addForm(widget: ref, page: page.reference, alt: placed.field.tooltip) {
                widget["StructParent"] = .integer(key)
            }
            update.set(ref, .dictionary(widget))
            widgetsByPage[placed.pageIndex, default: []].append(ref)
            fieldRefs.append(.reference(ref))
        }
        for (index, refs) in widgetsByPage {
            let page = pages[index]
            var dict = page.dictionary
            var annots = try doc.resolve(dict["Annots"]).arrayValue ?? []
            annots += refs.map { .reference($0) }
            dict["Annots"] = .array(annots)
            // Tab order follows the structure (PDF/UA: a page with annotations says so).
            dict["Tabs"] = .name("S")
            update.set(page.reference, .dictionary(dict))
        }
        var form = try doc.dictionary(catalog["AcroForm"]) ?? [:]
        form["Fields"] = .array((try doc.resolve(form["Fields"]).arrayValue ?? []) + fieldRefs)
        form["NeedAppearances"] = nil      // PDF/A-2 forbids asking the reader to draw appearances
        catalog["AcroForm"] = .dictionary(form)
        try structure.write(into: &update)
        update.set(catalogRef, .dictionary(catalog))
        return try update.writeIncremental().bytes
    }
}

extension FormField.Kind {
    /// The AcroForm field type (/FT).
    var fieldType: String {
        switch self {
        case .signature: "Sig"
        }
    }
}
