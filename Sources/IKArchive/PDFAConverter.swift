import IKPDF

/// Makes a Cairo 1.16 PDF a PDF/A-2 file with one incremental update (Cairo's bytes stay as they are):
/// what veraPDF finds missing in Cairo's output, and nothing else.
/// - XMP metadata (pdfaid part 2 + conformance, optionally pdfuaid part 1) built from the Info dictionary,
///   whose dates get the `D:` prefix Cairo leaves out;
/// - an OutputIntent GTS_PDFA1 with the sRGB profile (Cairo draws in DeviceRGB and gives every page a
///   transparency group; with an OutputIntent both are allowed);
/// - a trailer /ID derived from the content (so output stays byte-identical);
/// - /CIDToGIDMap /Identity on CIDFontType2 fonts (Cairo's TrueType subsets use CID = GID);
/// - the print flag on annotations (Cairo's links have none), hidden flags cleared;
/// - the catalog's /Lang, when the file has none yet.
public struct PDFAConverter: Sendable {
    /// PDF/A conformance level written into the XMP.
    public enum Conformance: String, Sendable {
        /// Visual appearance preserved (PDF/A-2b).
        case basic = "B"
        /// Also a complete logical structure (PDF/A-2a): only once the file is fully tagged.
        case accessible = "A"
    }

    /// The conformance level claimed.
    public var conformance: Conformance
    /// Also claim PDF/UA-1 (pdfuaid:part 1) in the XMP.
    public var universalAccessibility: Bool
    /// BCP 47 language of the document ("sv-SE"): the catalog's /Lang and dc:language.
    public var language: String

    public init(conformance: Conformance = .basic, universalAccessibility: Bool = false, language: String = "sv-SE") {
        self.conformance = conformance
        self.universalAccessibility = universalAccessibility
        self.language = language
    }

    /// The PDF/A file made from `bytes`.
    /// - Throws: `PDFError` when `bytes` cannot be read as a PDF.
    public func convert(_ bytes: [UInt8]) throws -> [UInt8] {
        let doc = try PDFDocument(bytes: bytes)
        var update = PDFUpdate(doc)

        let info = try fixInfo(doc, &update)
        let metadataRef = update.add(.stream(PDFStream(
            dictionary: ["Type": .name("Metadata"), "Subtype": .name("XML")], data: xmp(info).bytes)))
        let profileRef = update.add(.stream(try PDFStream.flate(SRGBProfile.bytes, dictionary: ["N": .integer(3)])))
        let intent: PDFObject = .dictionary([
            "Type": .name("OutputIntent"), "S": .name("GTS_PDFA1"),
            "OutputConditionIdentifier": .text(SRGBProfile.identifier), "Info": .text(SRGBProfile.identifier),
            "DestOutputProfile": .reference(profileRef),
        ])

        guard let catalogRef = doc.catalogReference else { throw PDFError.xref("the trailer has no /Root") }
        var catalog = try doc.catalog()
        catalog["Metadata"] = .reference(metadataRef)
        catalog["OutputIntents"] = .array([intent])
        if catalog["Lang"] == nil, !language.isEmpty { catalog["Lang"] = .text(language) }
        update.set(catalogRef, .dictionary(catalog))

        try fixFonts(doc, &update)
        try fixAnnotations(doc, &update)

        // The same input gives the same /ID: both halves are the digest of the original file.
        let id = PDFObject.string(PDFString(bytes: Array(ContentDigest.sha256(bytes).prefix(16)), spelling: .hex))
        update.trailer["ID"] = .array([id, id])
        return try update.writeIncremental().bytes
    }

    /// The Info dictionary with `D:` dates, replaced in the update; a new one when the file has none.
    private func fixInfo(_ doc: PDFDocument, _ update: inout PDFUpdate) throws -> PDFDictionary {
        var info = try doc.dictionary(doc.trailer["Info"]) ?? PDFDictionary()
        for key in ["CreationDate", "ModDate"] {
            guard let text = info[key]?.stringValue?.text else { continue }
            if let date = PDFDate(info: text) { info[key] = .string(PDFString(text: date.infoString)) } else { info[key] = nil }
        }
        if let ref = doc.trailer["Info"]?.referenceValue {
            update.set(ref, .dictionary(info))
        } else {
            update.trailer["Info"] = .reference(update.add(.dictionary(info)))
        }
        return info
    }

    private func xmp(_ info: PDFDictionary) -> XMPPacket {
        func text(_ key: String) -> String? { info[key]?.stringValue?.text }
        var x = XMPPacket()
        x.conformance = conformance.rawValue
        x.universalAccessibility = universalAccessibility
        x.title = text("Title")
        x.creator = text("Author")
        x.description = text("Subject")
        x.keywords = text("Keywords")
        x.creatorTool = text("Creator")
        x.producer = text("Producer")
        x.language = language.isEmpty ? nil : language
        x.createDate = text("CreationDate").flatMap(PDFDate.init(info:))
        x.modifyDate = text("ModDate").flatMap(PDFDate.init(info:))
        return x
    }

    /// /CIDToGIDMap /Identity on every CIDFontType2 font that lacks one. Found by the bytes of the name,
    /// so only those objects are parsed.
    private func fixFonts(_ doc: PDFDocument, _ update: inout PDFUpdate) throws {
        for number in doc.objectNumbers(containing: "/CIDFontType2") {
            let ref = PDFReference(number)
            guard case .dictionary(var font) = try doc.object(ref), font["Subtype"]?.nameValue == "CIDFontType2",
                  font["CIDToGIDMap"] == nil else { continue }
            font["CIDToGIDMap"] = .name("Identity")
            update.set(ref, .dictionary(font))
        }
    }

    /// Annotations must print and must not hide (PDF/A-2, 6.3.2); popups are exempt.
    private func fixAnnotations(_ doc: PDFDocument, _ update: inout PDFUpdate) throws {
        for page in try doc.pages() {
            guard let annots = try doc.resolve(page.dictionary["Annots"]).arrayValue else { continue }
            var direct = annots
            var pageChanged = false
            for (i, item) in annots.enumerated() {
                guard var a = try doc.dictionary(item), a["Subtype"]?.nameValue != "Popup" else { continue }
                let flags = a["F"]?.integerValue ?? 0
                let fixed = (flags | 4) & ~(1 | 2 | 32)   // Print on; Invisible, Hidden, NoView off
                guard fixed != flags || a["F"] == nil else { continue }
                a["F"] = .integer(fixed)
                if let ref = item.referenceValue {
                    update.set(ref, .dictionary(a))
                } else {
                    direct[i] = .dictionary(a)
                    pageChanged = true
                }
            }
            if pageChanged {
                var p = page.dictionary
                p["Annots"] = .array(direct)
                update.set(page.reference, .dictionary(p))
            }
        }
    }
}
