import Foundation
import IKEngine
import IKPDF

/// The output pipeline's form step: turns the form fields the writer placed (`RenderedPDF.formFields`) into
/// interactive AcroForm fields, each one field merged with its one widget annotation. Archive-safe as
/// PDF/A-2 and PDF/UA-1 ask: every widget prints (/F 4), has a normal appearance (see `addAppearance`),
/// says what it is for (/TU) and sits in a Form structure element. Text fields are typed in the bundled
/// Liberation Sans, embedded whole (`FieldFont`); there is no /NeedAppearances and no script. Runs
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

        var font: (ref: PDFReference, font: FieldFont)?
        var appearances: [String: PDFReference] = [:]
        var widgetsByPage: [Int: [PDFReference]] = [:]
        var fieldRefs: [PDFObject] = []
        for placed in fields {
            guard pages.indices.contains(placed.pageIndex) else { continue }
            let page = pages[placed.pageIndex]
            let r = placed.rect
            let rect: PDFObject = .array([.real(r.minX), .real(r.minY), .real(r.maxX), .real(r.maxY)])
            var widget: PDFDictionary = [
                "Type": .name("Annot"), "Subtype": .name("Widget"),
                "FT": .name(placed.field.kind.fieldType), "T": .text(placed.field.name), "TU": .text(placed.field.tooltip),
                "Rect": rect, "F": .integer(4), "P": .reference(page.reference),
            ]
            try Self.addAppearance(placed, to: &widget, update: &update, font: &font, shared: &appearances)
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
        if let font {
            var resources = try doc.dictionary(form["DR"]) ?? [:]
            var fonts = try doc.dictionary(resources["Font"]) ?? [:]
            fonts[FieldFont.resourceName] = .reference(font.ref)
            resources["Font"] = .dictionary(fonts)
            form["DR"] = .dictionary(resources)
            form["DA"] = .text(Self.defaultAppearance)
        }
        catalog["AcroForm"] = .dictionary(form)
        try structure.write(into: &update)
        update.set(catalogRef, .dictionary(catalog))
        return try update.writeIncremental().bytes
    }
}

extension FormFieldStep {
    /// What a reader draws typed text with: the embedded form font, black. 9 pt fits a sample row's line.
    static let defaultAppearance = "/\(FieldFont.resourceName) 9 Tf 0 g"
    /// The on state of a check box (its export value).
    static let onState = "Yes"

    /// The widget's appearances, as PDF/A-2 wants them: only /N (6.3.3), a stream for a signature or text
    /// field, a subdictionary of /Yes and /Off for a check box, with /V and /AS saying which one shows.
    static func addAppearance(_ placed: PlacedFormField, to widget: inout PDFDictionary, update: inout PDFUpdate,
                              font: inout (ref: PDFReference, font: FieldFont)?, shared: inout [String: PDFReference]) throws {
        let r = placed.rect
        // Fields of one size share their appearance: a sheet's rows are alike, and 50 sheets hold 1 200 fields.
        func stream(_ content: String) throws -> PDFReference {
            let key = String(format: "%.3f×%.3f:", r.width, r.height) + content
            if let ref = shared[key] { return ref }
            let ref = update.add(.stream(try PDFStream.flate(Array(content.utf8), dictionary: [
                "Type": .name("XObject"), "Subtype": .name("Form"),
                "BBox": .array([.integer(0), .integer(0), .real(r.width), .real(r.height)]),
                "Resources": .dictionary([:]),
            ])))
            shared[key] = ref
            return ref
        }
        switch placed.field.kind {
        case .signature:
            // Empty: what is seen is the page's own line to sign on.
            widget["AP"] = .dictionary(["N": .reference(try stream(""))])
        case .text(let multiline):
            if font == nil { let f = try FieldFont.bundled(); font = (try f.add(to: &update), f) }
            widget["DA"] = .text(defaultAppearance)
            widget["Q"] = .integer(0)
            var flags = multiline ? 1 << 12 : 0
            if let value = placed.field.value, let font {
                // A printed value: read-only, drawn by the field in the form font as a reader would draw it.
                flags |= 1
                widget["V"] = .text(value)
                let content = font.font.appearance(value, width: r.width, height: r.height, multiline: multiline)
                widget["AP"] = .dictionary(["N": .reference(update.add(.stream(try PDFStream.flate(Array(content), dictionary: [
                    "Type": .name("XObject"), "Subtype": .name("Form"),
                    "BBox": .array([.integer(0), .integer(0), .real(r.width), .real(r.height)]),
                    "Resources": .dictionary(["Font": .dictionary([FieldFont.resourceName: .reference(font.ref)])]),
                ]))))])
            } else {
                // Empty until filled: a reader that fills the field writes its own appearance with /DA's font.
                widget["AP"] = .dictionary(["N": .reference(try stream("/Tx BMC\nEMC\n"))])
            }
            if flags != 0 { widget["Ff"] = .integer(flags) }
        case .checkBox:
            // A drawn tick in the box (no font: nothing to embed), and nothing for off: the page draws the box.
            let w = r.width, h = r.height
            let tick = String(format: "q 0 0 0 RG %.2f w 1 J 1 j %.2f %.2f m %.2f %.2f l %.2f %.2f l S Q\n",
                              max(0.8, min(w, h) * 0.14), w * 0.2, h * 0.52, w * 0.42, h * 0.25, w * 0.82, h * 0.8)
            widget["AP"] = .dictionary(["N": .dictionary([onState: .reference(try stream(tick)), "Off": .reference(try stream(""))])])
            widget["V"] = .name("Off")
            widget["AS"] = .name("Off")
            widget["MK"] = .dictionary(["CA": .text("4")])    // ZapfDingbats' tick, for readers that redraw
        }
    }
}

extension FormField.Kind {
    /// The AcroForm field type (/FT).
    var fieldType: String {
        switch self {
        case .signature: "Sig"
        case .text: "Tx"
        case .checkBox: "Btn"
        }
    }
}
