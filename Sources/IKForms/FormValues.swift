import Foundation
import IKPDF

/// What one form field of a filled PDF holds, read through the object layer: the newest revision of each
/// field, so a file a reader saved as incremental updates (with appearance streams of its own) reads the
/// same as one saved whole. The step knows nothing of what the fields mean.
public struct FormValue: Hashable, Sendable {
    /// What a field holds.
    public enum Content: Hashable, Sendable {
        /// A text field's text (possibly empty).
        case text(String)
        /// A check box: on or off.
        case checked(Bool)
        /// Some other kind of field (a signature, a choice): its type, unread.
        case other(String)
    }

    /// The fully qualified field name.
    public var name: String
    public var content: Content
    /// The page the field's first widget is on, counted from 1; nil when it has no widget on a page.
    public var page: Int?
    /// Read-only (/Ff bit 1): a value the document printed, not one a reader filled in.
    public var readOnly: Bool

    public init(name: String, content: Content, page: Int? = nil, readOnly: Bool = false) {
        self.name = name; self.content = content; self.page = page; self.readOnly = readOnly
    }

    /// Holds something: non-blank text or a ticked box.
    public var isFilled: Bool {
        switch content {
        case .text(let t): return !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .checked(let on): return on
        case .other: return false
        }
    }

    /// Every terminal field of `bytes`' AcroForm, in the form's order.
    /// - Throws: `PDFError` for a file the object layer cannot read.
    public static func read(_ bytes: [UInt8]) throws -> [FormValue] {
        let doc = try PDFDocument(bytes: bytes)
        var pageOf: [PDFReference: Int] = [:]
        for page in try doc.pages() {
            for annotation in try doc.annotations(of: page) {
                if let ref = annotation.reference { pageOf[ref] = page.index + 1 }
            }
        }
        return try doc.formFields().map { field in
            let page = field.widgets.lazy.compactMap { pageOf[$0] }.first
            let value = try doc.resolve(field.value)
            let readOnly = field.flags & 1 != 0
            switch field.fieldType {
            case "Tx":
                return FormValue(name: field.fullName, content: .text(try text(value, doc)), page: page, readOnly: readOnly)
            case "Btn" where field.flags & (1 << 16) == 0:     // not a push button
                // /V names the state; a writer that sets only the widget's /AS is read too.
                var state = value.nameValue
                if state == nil, let widget = field.widgets.first {
                    state = try doc.dictionary(.reference(widget))?["AS"]?.nameValue
                }
                return FormValue(name: field.fullName, content: .checked(state.map { $0 != "Off" } ?? false), page: page)
            default:
                return FormValue(name: field.fullName, content: .other(field.fieldType ?? "?"), page: page)
            }
        }
    }

    /// A text field's /V: a text string, or (rich text from some readers) a stream of text.
    private static func text(_ value: PDFObject, _ doc: PDFDocument) throws -> String {
        switch value {
        case .string(let s): return s.text
        case .stream(let s): return PDFString(bytes: try doc.decodedData(s)).text
        default: return ""
        }
    }
}
