/// A page as found in the page tree, with the attributes it inherits from its ancestors.
public struct PDFPage: Sendable {
    /// The page object's reference (what annotations' /P and structure elements' /Pg name).
    public var reference: PDFReference
    /// The page dictionary as stored (without inherited entries).
    public var dictionary: PDFDictionary
    /// /Resources, /MediaBox, /CropBox and /Rotate, from the page or the nearest ancestor that has them.
    public var inherited: PDFDictionary
    /// 0-based position in the document.
    public var index: Int
}

/// An annotation on a page.
public struct PDFAnnotation: Sendable {
    /// Its reference, when it is an indirect object (nil for a direct dictionary in /Annots).
    public var reference: PDFReference?
    /// The annotation dictionary.
    public var dictionary: PDFDictionary
    /// The page it sits on (0-based).
    public var pageIndex: Int
    /// /Subtype: Link, Widget, …
    public var subtype: String? { dictionary["Subtype"]?.nameValue }
}

/// A terminal form field of the AcroForm, with its inherited attributes resolved.
public struct PDFFormField: Sendable {
    /// The field's reference.
    public var reference: PDFReference
    /// The fully qualified name: the partial names (/T) from the root down, joined with dots.
    public var fullName: String
    /// /FT (Btn, Tx, Ch, Sig), inherited.
    public var fieldType: String?
    /// /V, inherited (for a signature field, the signature dictionary's reference).
    public var value: PDFObject?
    /// /Ff, inherited.
    public var flags: Int
    /// The field dictionary as stored.
    public var dictionary: PDFDictionary
    /// The widget annotations that show the field (the field itself when field and widget are merged).
    public var widgets: [PDFReference]
}

extension PDFDocument {
    /// The pages in order, walking /Root /Pages. Cycles and too deep trees are refused.
    public func pages() throws -> [PDFPage] {
        let catalog = try catalog()
        guard let root = catalog["Pages"]?.referenceValue else { throw PDFError.xref("the catalog has no /Pages reference") }
        var pages: [PDFPage] = []
        var visited: Set<PDFReference> = []
        try walkPages(root, inherited: PDFDictionary(), depth: 0, visited: &visited, into: &pages)
        return pages
    }

    private func walkPages(_ ref: PDFReference, inherited: PDFDictionary, depth: Int,
                           visited: inout Set<PDFReference>, into pages: inout [PDFPage]) throws {
        guard depth <= limits.maxDepth else { throw PDFError.limit("the page tree is more than \(limits.maxDepth) levels deep") }
        guard visited.insert(ref).inserted else { throw PDFError.xref("the page tree visits \(ref) twice (a cycle)") }
        guard let node = try object(ref).dictionaryValue else { throw PDFError.missingObject(ref, "a page tree node is not a dictionary") }
        var inherit = inherited
        for key in ["Resources", "MediaBox", "CropBox", "Rotate"] {
            if let v = node[key] { inherit[key] = v }
        }
        let type = node["Type"]?.nameValue
        if type == "Pages" || (type == nil && node["Kids"] != nil) {
            for kid in try resolve(node["Kids"]).arrayValue ?? [] {
                guard let k = kid.referenceValue else { throw PDFError.xref("a /Kids entry of \(ref) is not a reference") }
                try walkPages(k, inherited: inherit, depth: depth + 1, visited: &visited, into: &pages)
            }
        } else {
            pages.append(PDFPage(reference: ref, dictionary: node, inherited: inherit, index: pages.count))
        }
    }

    /// The annotations of a page, in /Annots order.
    public func annotations(of page: PDFPage) throws -> [PDFAnnotation] {
        var out: [PDFAnnotation] = []
        for item in try resolve(page.dictionary["Annots"]).arrayValue ?? [] {
            guard let d = try dictionary(item) else { continue }
            out.append(PDFAnnotation(reference: item.referenceValue, dictionary: d, pageIndex: page.index))
        }
        return out
    }

    /// All annotations of all pages.
    public func annotations() throws -> [PDFAnnotation] {
        try pages().flatMap { try annotations(of: $0) }
    }

    /// The terminal fields of /Root /AcroForm /Fields, depth first.
    public func formFields() throws -> [PDFFormField] {
        guard let form = try dictionary(try catalog()["AcroForm"]) else { return [] }
        var out: [PDFFormField] = []
        var visited: Set<PDFReference> = []
        for item in try resolve(form["Fields"]).arrayValue ?? [] {
            guard let ref = item.referenceValue else { continue }
            try walkField(ref, parentName: nil, inherited: PDFDictionary(), depth: 0, visited: &visited, into: &out)
        }
        return out
    }

    private func walkField(_ ref: PDFReference, parentName: String?, inherited: PDFDictionary, depth: Int,
                           visited: inout Set<PDFReference>, into out: inout [PDFFormField]) throws {
        guard depth <= limits.maxDepth else { throw PDFError.limit("form fields nested more than \(limits.maxDepth) deep") }
        guard visited.insert(ref).inserted else { return }
        guard let d = try dictionary(.reference(ref)) else { return }
        var inherit = inherited
        for key in ["FT", "V", "Ff", "DA", "Q"] { if let v = d[key] { inherit[key] = v } }
        let partial = try resolve(d["T"]).stringValue?.text
        let name = [parentName, partial].compactMap { $0 }.joined(separator: ".")
        // Kids with a /T are fields; kids without are this field's widgets.
        var widgets: [PDFReference] = []
        var childFields: [PDFReference] = []
        for kid in try resolve(d["Kids"]).arrayValue ?? [] {
            guard let k = kid.referenceValue, let kd = try dictionary(kid) else { continue }
            if kd["T"] != nil { childFields.append(k) } else { widgets.append(k) }
        }
        if childFields.isEmpty {
            if d["Subtype"]?.nameValue == "Widget" { widgets.insert(ref, at: 0) }
            out.append(PDFFormField(reference: ref, fullName: name, fieldType: inherit["FT"]?.nameValue,
                                    value: inherit["V"], flags: inherit["Ff"]?.integerValue ?? 0,
                                    dictionary: d, widgets: widgets))
        }
        for k in childFields {
            try walkField(k, parentName: name.isEmpty ? nil : name, inherited: inherit, depth: depth + 1,
                          visited: &visited, into: &out)
        }
    }
}
