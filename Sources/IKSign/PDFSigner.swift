import Foundation
import IKPDF
import X509

/// What to sign with and what to say in the signature dictionary.
public struct PDFSignOptions: Sendable {
    /// The signer.
    public var identity: SigningIdentity
    /// /Reason, /Location, /Name (default: the certificate's common name).
    public var reason: String?
    public var location: String?
    public var name: String?
    /// Fill this prepared signature field instead of adding an invisible one.
    public var field: String?
    /// Fetch a signature timestamp (B-T).
    public var timestampClient: TimestampClient?
    /// Add a DSS with chain and revocation data (B-LT).
    public var validationData: ValidationData?
    /// The claimed signing time (/M).
    public var signingTime = Date()
    /// Draws a visible appearance (name, role, time) into the field signed; nil leaves it as it is.
    public var appearance: SignatureAppearanceDrawing?
    /// Fetches revocation data for the timestamp authority's certificate too (once its token is in), for the DSS.
    public var timestampRevocationFetcher: RevocationFetcher?
    /// Receives warnings (what could not be fetched) and notes (what was).
    public var report: (@Sendable (String) -> Void)?

    public init(identity: SigningIdentity) { self.identity = identity }

    /// The PAdES baseline level these options give.
    public var level: String {
        validationData != nil ? (timestampClient != nil ? "PAdES B-LT" : "PAdES B-B with validation data")
            : timestampClient != nil ? "PAdES B-T" : "PAdES B-B"
    }
}

/// Appends a PAdES signature to a PDF as an incremental update: a signature field (new and invisible, or a
/// prepared one), the signature dictionary with /ByteRange and a /Contents placeholder filled after writing
/// with the CAdES SignedData over everything but /Contents. With validation data a second update adds the
/// DSS, which later validators accept as an allowed change.
public enum PDFSigner {
    public static func sign(_ pdf: [UInt8], options: PDFSignOptions) throws -> [UInt8] {
        let doc = try readPDF(pdf)
        if let lists = options.validationData?.crls { try refuseRevoked(options.identity, lists: lists) }
        if let responses = options.validationData?.ocspResponses {
            try refuseRevoked(options.identity, ocsp: responses.compactMap { try? OCSPResponse(der: $0) }, at: options.signingTime)
        }
        var update = PDFUpdate(doc)
        let signer = options.identity.certificate
        let signerName = options.name ?? CertificateNames.commonName(of: signer) ?? signer.subject.description

        var sig: PDFDictionary = [
            "Type": .name("Sig"), "Filter": .name("Adobe.PPKLite"), "SubFilter": .name("ETSI.CAdES.detached"),
            "ByteRange": .placeholder(PDFPlaceholder(id: "range", kind: .byteRange)),
            "Contents": .placeholder(PDFPlaceholder(id: "sig", kind: .hexString(byteCount: contentsSize(options)))),
            "M": .string(PDFString(bytes: Array(PDFDate.string(options.signingTime).utf8))),
            "Name": .text(signerName),
        ]
        if let reason = options.reason { sig["Reason"] = .text(reason) }
        if let location = options.location { sig["Location"] = .text(location) }
        sig["Prop_Build"] = .dictionary(["App": .dictionary(["Name": .name("ikplan")])])
        let sigRef = update.add(.dictionary(sig))

        let visible = options.appearance.map { draw in
            VisibleSignature(lines: appearanceLines(name: signerName, options: options), draw: draw)
        }
        try attachField(to: &update, document: doc, signature: sigRef, fieldName: options.field, visible: visible)

        var file = try pdfStep { try update.writeIncremental() }
        let range = try pdfStep { try file.byteRange(excluding: "sig") }
        try pdfStep { try file.fill("range", byteRange: range) }
        let digest = DigestAlgorithm.sha256.hash(try pdfStep { try file.signedBytes(range) })
        let cms = try CAdESBuilder.signedData(contentDigest: digest, identity: options.identity,
                                              timestamper: options.timestampClient.map { client in { try client.token(for: $0) } })
        do { try file.fill("sig", hex: cms) } catch {
            throw SignError("Internal error: the signature (\(cms.count) bytes) does not fit its reserved space; please report this.")
        }
        guard var validation = options.validationData else { return file.bytes }
        if let fetcher = options.timestampRevocationFetcher {
            validation = fetchTimestampRevocation(fetcher, cms: cms, identity: options.identity, into: validation, report: options.report)
        }
        return try DSSWriter.append(to: file.bytes, identity: options.identity, signature: cms, validation: validation)
    }

    /// Adds the OCSP responses (else CRLs) for the timestamp authority's certificates in the signature's token,
    /// so B-LT validation data covers the timestamp too. The signer's own certificates are left out (done before).
    static func fetchTimestampRevocation(_ fetcher: RevocationFetcher, cms: [UInt8], identity: SigningIdentity,
                                         into validation: ValidationData, report: (@Sendable (String) -> Void)?) -> ValidationData {
        guard let reader = try? SignedDataReader(ArraySlice(cms)), let signer = reader.signers.first,
              let token = signer.unsigned(OID.timeStampToken)?.first,
              let tokenData = try? SignedDataReader(token.encodedBytes) else { return validation }
        let stampCertificates = tokenData.certificates.map(\.der)
        guard !stampCertificates.isEmpty else { return validation }
        let own = Set([identity.certificateDER] + identity.chainDER)
        let all = stampCertificates + identity.chainDER
        let online = fetcher.fetchOCSP(certificates: all, skipping: own)
        let (lists, problems) = fetcher.fetch(certificates: all, skipping: online.covered.union(own))
        var out = validation
        out.ocspResponses += online.responses.map(\.der)
        out.crls += lists
        for p in online.problems + problems { report?("warning: \(p)") }
        let found = online.responses.count + lists.count
        if found > 0 { report?("fetched \(found) revocation answer\(found == 1 ? "" : "s") for the timestamp authority") }
        return out
    }

    /// Appends a document timestamp (PAdES B-LTA, ISO 32000-2 §12.8.5): an invisible signature field whose
    /// /DocTimeStamp holds an RFC 3161 token over everything but its /Contents, after the DSS, so the validation
    /// data has a proof of existence and the archive can renew it later with another timestamp.
    public static func addDocumentTimestamp(_ pdf: [UInt8], client: TimestampClient) throws -> [UInt8] {
        let doc = try readPDF(pdf)
        var update = PDFUpdate(doc)
        let stamp: PDFDictionary = [
            "Type": .name("DocTimeStamp"), "Filter": .name("Adobe.PPKLite"), "SubFilter": .name("ETSI.RFC3161"),
            "ByteRange": .placeholder(PDFPlaceholder(id: "range", kind: .byteRange)),
            "Contents": .placeholder(PDFPlaceholder(id: "sig", kind: .hexString(byteCount: 16_384))),
        ]
        let stampRef = update.add(.dictionary(stamp))
        try attachField(to: &update, document: doc, signature: stampRef, fieldName: nil, documentTimestamp: true)
        var file = try pdfStep { try update.writeIncremental() }
        let range = try pdfStep { try file.byteRange(excluding: "sig") }
        try pdfStep { try file.fill("range", byteRange: range) }
        let token = try client.token(for: try pdfStep { try file.signedBytes(range) })
        do { try file.fill("sig", hex: token) } catch {
            throw SignError("The time-stamping authority's token (\(token.count) bytes) is larger than the 16 KiB reserved for it.")
        }
        return file.bytes
    }

    /// Space for the SignedData: the certificates, the signature and attributes, and a timestamp token.
    static func contentsSize(_ options: PDFSignOptions) -> Int {
        let certificates = options.identity.certificateDER.count + options.identity.chainDER.reduce(0) { $0 + $1.count }
        let base = certificates + 2_048
        let stamp = options.timestampClient == nil ? 0 : 12_288
        return (base + stamp + 1_023) / 1_024 * 1_024
    }

    /// Puts the signature into a prepared field, or adds an invisible signature field on the first page.
    static func attachField(to update: inout PDFUpdate, document doc: PDFDocument, signature: PDFReference, fieldName: String?,
                            visible: VisibleSignature? = nil, documentTimestamp: Bool = false) throws {
        guard let catalogRef = doc.catalogReference else { throw SignError("The PDF has no document catalog (/Root); it cannot be signed.") }
        var catalog = try pdfStep { try doc.catalog() }
        let fields = try pdfStep { try doc.formFields() }
        // The AcroForm, as an object of its own (so a later signature changes it, not the catalog).
        var form = try pdfStep { try doc.dictionary(catalog["AcroForm"]) } ?? PDFDictionary()
        let formRef: PDFReference
        if let existing = catalog["AcroForm"]?.referenceValue {
            formRef = existing
        } else {
            formRef = update.add(.null)
            catalog["AcroForm"] = .reference(formRef)
            update.set(catalogRef, .dictionary(catalog))
        }
        form["SigFlags"] = .integer(3)  // signatures exist; append only
        if form["NeedAppearances"] != nil { form["NeedAppearances"] = nil }  // PDF/A forbids it being true

        if let fieldName {
            let signatureFields = fields.filter { $0.fieldType == "Sig" }
            guard let field = signatureFields.first(where: { $0.fullName == fieldName }) else {
                let names = signatureFields.map { "\"\($0.fullName)\"" }
                throw SignError("The PDF has no signature field \"\(fieldName)\"" + (names.isEmpty
                    ? "; it has no signature fields at all: leave out --field to add an invisible signature."
                    : "; its signature fields are \(names.joined(separator: ", "))."))
            }
            if let value = field.value, value != .null {
                throw SignError("The signature field \"\(fieldName)\" is already signed; sign another field or leave out --field.")
            }
            var dict = field.dictionary
            dict["V"] = .reference(signature)
            if let visible {
                let rect = try pdfStep { try doc.resolve(dict["Rect"]) }.arrayValue?.compactMap(\.numberValue) ?? []
                guard rect.count == 4 else { throw SignError("The signature field \"\(fieldName)\" has no rectangle (/Rect) to draw the signature in.") }
                let width = abs(rect[2] - rect[0]), height = abs(rect[3] - rect[1])
                // An invisible (zero-size) prepared field keeps its appearance: there is nothing to draw into.
                if width >= 8 && height >= 8 {
                    let appearance = try visible.add(to: &update, width: width, height: height)
                    dict["AP"] = .dictionary(["N": .reference(appearance)])
                }
            }
            update.set(field.reference, .dictionary(dict))
            update.set(formRef, .dictionary(form))
            return
        }

        let pages = try pdfStep { try doc.pages() }
        guard let page = pages.first else { throw SignError("The PDF has no pages; it cannot be signed.") }
        let taken = Set(fields.map(\.fullName))
        var number = 1
        let prefix = documentTimestamp ? "Tidsstämpel" : "Signatur"
        while taken.contains("\(prefix)\(number)") { number += 1 }
        // An empty appearance for an invisible signature, as PDF/A readers expect one for every widget.
        let appearance: PDFReference? = documentTimestamp ? nil : update.add(.stream(PDFStream(dictionary: [
            "Type": .name("XObject"), "Subtype": .name("Form"),
            "BBox": .array([.integer(0), .integer(0), .integer(0), .integer(0)]),
        ], data: [])))
        var widgetDict: PDFDictionary = [
            "Type": .name("Annot"), "Subtype": .name("Widget"), "FT": .name("Sig"),
            "T": .text("\(prefix)\(number)"), "V": .reference(signature),
            "Rect": .array([.integer(0), .integer(0), .integer(0), .integer(0)]),
            "F": .integer(132),  // Print + Locked
            "P": .reference(page.reference),
        ]
        if documentTimestamp {
            // A zero-size widget needs no appearance in PDF/A-2; without one, validators see a pure LTA update.
            widgetDict["TU"] = .text("Dokumenttidsstämpel")
        } else if let appearance {
            widgetDict["AP"] = .dictionary(["N": .reference(appearance)])
        }
        let widget = update.add(.dictionary(widgetDict))
        var formFields = try pdfStep { try doc.resolve(form["Fields"]) }.arrayValue ?? []
        formFields.append(.reference(widget))
        form["Fields"] = .array(formFields)
        update.set(formRef, .dictionary(form))
        try appendAnnotation(widget, to: page, update: &update, document: doc)
    }

    /// What the visible signature says: the name, the role (the reason given, else the field's name) and the
    /// signing time (/M) on Swedish local time.
    static func appearanceLines(name: String, options: PDFSignOptions) -> [String] {
        let f = DateFormatter()
        f.locale = Locale(identifier: "sv_SE")
        f.timeZone = TimeZone(identifier: "Europe/Stockholm")
        f.dateFormat = "yyyy-MM-dd 'kl.' HH.mm"
        var lines = [name]
        if let role = options.reason ?? options.field { lines.append(role) }
        lines.append("Digitalt underskriven \(f.string(from: options.signingTime))")
        return lines
    }

    /// Adds an annotation reference to a page's /Annots (a direct array, or an array object of its own).
    static func appendAnnotation(_ annotation: PDFReference, to page: PDFPage, update: inout PDFUpdate, document doc: PDFDocument) throws {
        if let arrayRef = page.dictionary["Annots"]?.referenceValue {
            var annots = try pdfStep { try doc.resolve(.reference(arrayRef)) }.arrayValue ?? []
            annots.append(.reference(annotation))
            update.set(arrayRef, .array(annots))
        } else {
            var dict = page.dictionary
            var annots = dict["Annots"]?.arrayValue ?? []
            annots.append(.reference(annotation))
            dict["Annots"] = .array(annots)
            update.set(page.reference, .dictionary(dict))
        }
    }

    /// Refuses a signer that a (verified) OCSP response says is revoked.
    static func refuseRevoked(_ identity: SigningIdentity, ocsp responses: [OCSPResponse], at time: Date) throws {
        let issuers = identity.chainDER.compactMap { try? Certificate(derEncoded: $0) }
        for issuer in issuers where issuer.subject == identity.certificate.issuer {
            for response in responses {
                if case .revoked(let date) = response.status(ofCertificateDER: identity.certificateDER, issuer: issuer, at: time) {
                    throw SignError("The certificate (\(identity.certificate.subject)) was revoked on \(CertificateText.date(date)) according to its OCSP responder: a signature made with it is not valid. Ask for a new certificate.")
                }
            }
        }
    }

    /// Refuses a signer that a given CRL lists as revoked.
    static func refuseRevoked(_ identity: SigningIdentity, lists: [RevocationList]) throws {
        let issuers = identity.chainDER.compactMap { try? Certificate(derEncoded: $0) }
        for issuer in issuers {
            if case .revoked(let date) = RevocationList.status(ofCertificateDER: identity.certificateDER, issuer: issuer, lists: lists) {
                throw SignError("The certificate (\(identity.certificate.subject)) was revoked on \(CertificateText.date(date)) according to the CRL given: a signature made with it is not valid. Ask for a new certificate.")
            }
        }
        // Without the issuer in the chain, match by the CRL's issuer name only and say so.
        for list in lists where list.revocationDate(ofCertificateDER: identity.certificateDER) != nil && issuers.isEmpty {
            throw SignError("The certificate (\(identity.certificate.subject)) is listed as revoked in the CRL given (give the issuing CA with --chain to check the CRL's signature). A signature made with it is not valid.")
        }
    }
}

/// A visible signature to draw into the field's normal appearance.
struct VisibleSignature {
    /// The lines to show.
    var lines: [String]
    /// Draws them as a one-page PDF of the field's size.
    var draw: SignatureAppearanceDrawing

    /// The drawn appearance as a Form XObject in `update`.
    func add(to update: inout PDFUpdate, width: Double, height: Double) throws -> PDFReference {
        let pdf: [UInt8]
        do { pdf = try draw(lines, width, height) } catch {
            throw SignError("The visible signature cannot be drawn: \(error). Sign without it or use a larger field.")
        }
        return try pdfStep { try PageAsFormXObject.add(pageOf: pdf, to: &update, width: width, height: height) }
    }
}

/// Runs an IKPDF step and turns its errors into a `SignError`.
func pdfStep<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as PDFError {
        throw SignError("The PDF cannot be processed: \(error)")
    }
}

/// Parses a PDF, with a clear message when it is not one.
func readPDF(_ bytes: [UInt8]) throws -> PDFDocument {
    do { return try PDFDocument(bytes: bytes) } catch let error as PDFError {
        if case .encrypted = error { throw SignError("The PDF is encrypted; ikplan signs and checks unencrypted PDFs only.") }
        throw SignError("Not a readable PDF: \(error)")
    }
}

/// PDF dates (ISO 32000 §7.9.4).
enum PDFDate {
    /// `D:YYYYMMDDHHmmSSZ` in UTC.
    static func string(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "'D:'yyyyMMddHHmmss'Z'"
        return f.string(from: date)
    }

    /// Parses `D:YYYY[MM[DD[HH[mm[SS]]]]][Z|+HH'mm'|-HH'mm']`, or nil.
    static func parse(_ text: String) -> Date? {
        var s = Substring(text)
        if s.hasPrefix("D:") { s = s.dropFirst(2) }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4, digits.count <= 14, digits.count % 2 == 0 else { return nil }
        func field(_ at: Int, _ length: Int, _ fallback: Int) -> Int {
            guard digits.count >= at + length else { return fallback }
            let start = digits.index(digits.startIndex, offsetBy: at)
            return Int(digits[start..<digits.index(start, offsetBy: length)]) ?? fallback
        }
        var c = DateComponents()
        c.year = field(0, 4, 0); c.month = field(4, 2, 1); c.day = field(6, 2, 1)
        c.hour = field(8, 2, 0); c.minute = field(10, 2, 0); c.second = field(12, 2, 0)
        var offset = 0
        let rest = s.dropFirst(digits.count)
        if let sign = rest.first, sign == "+" || sign == "-" {
            let parts = rest.dropFirst().split(separator: "'")
            let hours = parts.first.flatMap { Int($0) } ?? 0
            let minutes = parts.dropFirst().first.flatMap { Int($0) } ?? 0
            guard hours <= 23, minutes <= 59 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        }
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        c.timeZone = utc
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        guard let month = c.month, (1...12).contains(month), let day = c.day, (1...31).contains(day),
              let date = calendar.date(from: c) else { return nil }
        return date.addingTimeInterval(TimeInterval(-offset))
    }
}

/// Names from certificates.
enum CertificateNames {
    /// The first common name (CN) of the subject.
    static func commonName(of certificate: Certificate) -> String? {
        for rdn in certificate.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                if let text = String(attribute.value), !text.isEmpty { return text }
            }
        }
        return nil
    }
}
