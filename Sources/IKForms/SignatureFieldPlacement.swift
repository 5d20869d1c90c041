import Foundation
import IKEngine
import IKPDF

/// A new, empty signature field where the signer asks for one (`ikplan sign --visible`), for files without a
/// prepared field: added by `FormFieldStep` as every prepared field is (merged field and widget, printing, a
/// /TU, in a Form structure element when the file is tagged), so a PDF/UA file stays one, then signed by name.
public enum SignatureFieldPlacement {
    /// Parses `PAGE,X,Y,W,H`: the page (from 1) and the rectangle in millimetres from the page's top left corner.
    public static func parse(_ text: String) throws -> (page: Int, x: Double, y: Double, width: Double, height: Double) {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 5, let page = Int(parts[0]), page >= 1,
              let x = Double(parts[1]), let y = Double(parts[2]), let w = Double(parts[3]), let h = Double(parts[4]),
              [x, y, w, h].allSatisfy({ $0.isFinite }), x >= 0, y >= 0 else {
            throw EngineError.layout("--visible \(text): write PAGE,X,Y,WIDTH,HEIGHT, the page from 1 and the rest in millimetres from the page's top left corner, e.g. --visible 1,20,230,70,20")
        }
        guard w >= 20, h >= 8 else {
            throw EngineError.layout("--visible \(text): the signature needs at least 20 × 8 mm to be legible")
        }
        return (page, x, y, w, h)
    }

    /// The file with a new signature field at `placement` as an incremental update, and the field's name
    /// ("Underskrift 1", or the next number free).
    public static func add(at placement: (page: Int, x: Double, y: Double, width: Double, height: Double),
                           to bytes: [UInt8]) throws -> (bytes: [UInt8], field: String) {
        let doc = try PDFDocument(bytes: bytes)
        let fields = try doc.formFields()
        // A new field changes the page, the form and the structure tree: after a signature that is a change
        // validators (ikplan's and pyHanko's) rightly call illegal.
        if fields.contains(where: { $0.fieldType == "Sig" && $0.value != nil && $0.value != .null }) {
            throw EngineError.layout("--visible: the PDF is signed already, and a new field would count as a change to the signed document; sign it invisibly (leave out --visible) or in a field prepared before the first signature (--field)")
        }
        let taken = Set(fields.map(\.fullName))
        var number = 1
        while taken.contains("Underskrift \(number)") { number += 1 }
        let name = "Underskrift \(number)"
        let pages = try doc.pages()
        guard pages.indices.contains(placement.page - 1) else {
            throw EngineError.layout("--visible: the PDF has \(pages.count) page\(pages.count == 1 ? "" : "s"), not a page \(placement.page)")
        }
        let page = pages[placement.page - 1]
        let box = try doc.resolve(page.inherited["MediaBox"]).arrayValue?.compactMap(\.numberValue) ?? []
        guard box.count == 4 else { throw EngineError.layout("--visible: page \(placement.page) has no size (/MediaBox)") }
        let (x, top, w, h) = (mm(placement.x), mm(placement.y), mm(placement.width), mm(placement.height))
        let pageWidth = box[2] - box[0], pageHeight = box[3] - box[1]
        guard x + w <= pageWidth + 0.5, top + h <= pageHeight + 0.5 else {
            throw EngineError.layout("--visible: the rectangle reaches outside page \(placement.page) (\(Int((pageWidth * 25.4 / 72).rounded())) × \(Int((pageHeight * 25.4 / 72).rounded())) mm)")
        }
        let rect = Rect(box[0] + x, box[3] - top - h, w, h)
        let field = FormField(name: name, kind: .signature, tooltip: "Underskrift")
        return (try FormFieldStep.addFields([PlacedFormField(field: field, pageIndex: placement.page - 1, rect: rect)], to: bytes), name)
    }
}
