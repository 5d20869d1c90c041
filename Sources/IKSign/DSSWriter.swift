import Foundation
import IKPDF
import X509

/// Appends a Document Security Store (ISO 32000-2 §12.8.4.3, PAdES B-LT) as its own incremental update: the
/// signer's chain, the timestamp authority's certificates, and the CRLs and OCSP responses given, so that
/// the signature can be validated years later without the network.
enum DSSWriter {
    static func append(to pdf: [UInt8], identity: SigningIdentity, signature cms: [UInt8], validation: ValidationData) throws -> [UInt8] {
        let doc = try readPDF(pdf)
        guard let catalogRef = doc.catalogReference else { throw SignError("The PDF has no document catalog.") }
        var update = PDFUpdate(doc)
        var catalog = try pdfStep { try doc.catalog() }
        var dss = try pdfStep { try doc.dictionary(catalog["DSS"]) } ?? PDFDictionary()

        var certificates = [identity.certificateDER] + identity.chainDER
        // The timestamp authority's certificates, from the token inside the signature.
        if let reader = try? SignedDataReader(ArraySlice(cms)), let signer = reader.signers.first,
           let token = signer.unsigned(OID.timeStampToken)?.first,
           let tokenData = try? SignedDataReader(token.encodedBytes) {
            certificates += tokenData.certificates.map(\.der)
        }
        // The OCSP responders' certificates, so their authorisation can be checked offline too.
        for response in validation.ocspResponses.compactMap({ try? OCSPResponse(der: $0) }) {
            certificates += response.certificates.compactMap { c in try? derBytes { try $0.serialize(c) } }
        }
        var seen: Set<[UInt8]> = []
        certificates = certificates.filter { seen.insert($0).inserted }

        func streams(_ key: String, _ items: [[UInt8]]) throws {
            var refs = try pdfStep { try doc.resolve(dss[key]) }.arrayValue ?? []
            for item in items {
                let stream = try pdfStep { try PDFStream.flate(item) }
                refs.append(.reference(update.add(.stream(stream))))
            }
            if !refs.isEmpty { dss[key] = .array(refs) }
        }
        try streams("Certs", certificates)
        func unique(_ items: [[UInt8]]) -> [[UInt8]] { var seen: Set<[UInt8]> = []; return items.filter { seen.insert($0).inserted } }
        try streams("CRLs", unique(validation.crls.map(\.der)))
        try streams("OCSPs", unique(validation.ocspResponses))
        dss["Type"] = .name("DSS")

        if let dssRef = catalog["DSS"]?.referenceValue {
            update.set(dssRef, .dictionary(dss))
        } else {
            catalog["DSS"] = .reference(update.add(.dictionary(dss)))
            update.set(catalogRef, .dictionary(catalog))
        }
        return try pdfStep { try update.writeIncremental() }.bytes
    }
}
