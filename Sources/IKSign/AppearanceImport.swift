import Foundation
import IKPDF

/// Draws a visible signature: given the lines to show and the field's size, returns a one-page PDF of that
/// size (ikplan draws it with Cairo and Pango in the bundled fonts; see `IKForms.SignatureAppearanceDrawer`).
public typealias SignatureAppearanceDrawing = @Sendable (_ lines: [String], _ width: Double, _ height: Double) throws -> [UInt8]

/// Copies the first page of a small PDF into another document's incremental update as a Form XObject: the
/// page's content becomes the form's stream, its resources (fonts with their font files, graphics states)
/// are copied with new object numbers. Fonts get what PDF/A-2 asks of them (/CIDToGIDMap on CIDFontType2,
/// which Cairo leaves out), so a PDF/A file stays PDF/A.
enum PageAsFormXObject {
    static func add(pageOf pdf: [UInt8], to update: inout PDFUpdate, width: Double, height: Double) throws -> PDFReference {
        let doc = try PDFDocument(bytes: pdf)
        guard let page = try doc.pages().first else { throw SignError("Internal error: the drawn signature appearance has no page; please report this.") }
        var content: [UInt8] = []
        switch try doc.resolve(page.dictionary["Contents"]) {
        case .stream(let s): content = try doc.decodedData(s)
        case .array(let parts):
            for part in parts {
                guard case .stream(let s) = try doc.resolve(part) else { continue }
                content += try doc.decodedData(s)
                content.append(0x0A)
            }
        default: break
        }
        content = withoutMarkedContentIDs(content)
        var copier = ObjectCopier(source: doc)
        let resources = try copier.copy(try doc.resolve(page.inherited["Resources"]), into: &update)
        let form = try PDFStream.flate(content, dictionary: [
            "Type": .name("XObject"), "Subtype": .name("Form"),
            "BBox": .array([.integer(0), .integer(0), .real(width), .real(height)]),
            "Resources": resources == .null ? .dictionary([:]) : resources,
        ])
        return update.add(.stream(form))
    }
}

/// The content without the marked-content sequences that carry an /MCID (Cairo tags every page it draws for
/// the structure tree of its own file; in an appearance stream they would point into no structure at all).
/// Cairo writes each BDC/BMC and EMC on a line of its own; other lines pass unchanged.
func withoutMarkedContentIDs(_ content: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var open: [Bool] = []      // for each open sequence: whether its BDC was dropped
    for line in content.split(separator: 0x0A, omittingEmptySubsequences: false) {
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("BDC") || text.hasSuffix("BMC") {
            let drop = text.contains("/MCID")
            open.append(drop)
            if drop { continue }
        } else if text == "EMC" {
            if open.popLast() == true { continue }
        }
        out.append(contentsOf: line)
        out.append(0x0A)
    }
    return out
}

/// Deep copy of objects from one document into another's update, each source object once.
struct ObjectCopier {
    let source: PDFDocument
    private var copied: [PDFReference: PDFReference] = [:]

    init(source: PDFDocument) { self.source = source }

    mutating func copy(_ object: PDFObject, into update: inout PDFUpdate, depth: Int = 0) throws -> PDFObject {
        guard depth < 64 else { throw SignError("Internal error: the signature appearance's objects nest too deeply; please report this.") }
        switch object {
        case .reference(let r):
            if let done = copied[r] { return .reference(done) }
            let target = update.add(.null)
            copied[r] = target
            update.set(target, try copy(try source.object(r), into: &update, depth: depth + 1))
            return .reference(target)
        case .array(let items):
            return .array(try items.map { try copy($0, into: &update, depth: depth + 1) })
        case .dictionary(let d):
            return .dictionary(try copy(d, into: &update, depth: depth))
        case .stream(let s):
            return .stream(PDFStream(dictionary: try copy(s.dictionary, into: &update, depth: depth), data: s.data))
        default:
            return object
        }
    }

    private mutating func copy(_ d: PDFDictionary, into update: inout PDFUpdate, depth: Int) throws -> PDFDictionary {
        var out = PDFDictionary()
        for (key, value) in d { out[key] = try copy(value, into: &update, depth: depth + 1) }
        // Cairo's TrueType subsets number glyphs as CIDs; PDF/A-2 wants that said (6.2.11.3.2).
        if out["Subtype"]?.nameValue == "CIDFontType2", out["CIDToGIDMap"] == nil { out["CIDToGIDMap"] = .name("Identity") }
        return out
    }
}
