import Foundation
import IKPDF
import SwiftASN1
import X509

/// Checks every signature of a PDF: what it covers, whether the signed bytes and the signature hold, who
/// signed, whether the certificate chains to a trust anchor, the timestamp, revocation data, and what
/// changed in the file after it. Reads hostile files: every size and offset is checked before use.
public enum PDFVerifier {
    public static func verify(_ bytes: [UInt8], trust: [Certificate], now: Date = Date()) throws -> [SignatureReport] {
        let doc = try readPDF(bytes)
        let fields = try pdfStep { try doc.formFields() }.filter { $0.fieldType == "Sig" }
        let dss = DocumentSecurityStore(doc)
        var reports: [SignatureReport] = []
        for field in fields {
            guard let value = field.value, value != .null,
                  let sig = try? doc.dictionary(value), sig["Contents"] != nil else { continue }
            reports.append(report(field: field.fullName, signature: sig, bytes: bytes, document: doc, dss: dss, trust: trust, now: now))
        }
        return reports
    }

    static func report(field: String, signature sig: PDFDictionary, bytes: [UInt8], document doc: PDFDocument,
                       dss: DocumentSecurityStore, trust: [Certificate], now: Date) -> SignatureReport {
        var r = SignatureReport(field: field, byteRange: [], coversRevision: false, digestValid: false, signatureValid: false,
                                chainTrusted: false, chainProblems: [], keyUsageValid: false, revocation: "unknown",
                                hasValidationData: !dss.isEmpty, modification: .none, changes: [], problems: [],
                                valid: false, message: "")
        r.subFilter = sig["SubFilter"]?.nameValue
        r.reason = (try? doc.resolve(sig["Reason"]))?.stringValue?.text
        r.location = (try? doc.resolve(sig["Location"]))?.stringValue?.text
        r.signerName = (try? doc.resolve(sig["Name"]))?.stringValue?.text
        if let m = (try? doc.resolve(sig["M"]))?.stringValue?.text {
            r.claimedTime = PDFDate.parse(m).map(iso) ?? m
        }
        let range = ((try? doc.resolve(sig["ByteRange"]))?.arrayValue ?? []).compactMap(\.integerValue)
        r.byteRange = range
        guard let contents = (try? doc.resolve(sig["Contents"]))?.stringValue?.bytes,
              let pieces = signedPieces(range, contents: contents, in: bytes) else {
            r.problems.append("/ByteRange does not describe the file around the signature's /Contents")
            r.message = ReportText.message(for: r)
            return r
        }
        r.coversRevision = true
        let revisionEnd = range[2] + range[3]
        if r.subFilter == "ETSI.RFC3161" {
            return documentTimestampReport(r, token: contents, pieces: pieces, revisionEnd: revisionEnd, bytes: bytes,
                                           document: doc, dss: dss, trust: trust)
        }

        let cms: CMSVerification
        do {
            cms = try CMSVerifier.verify(signedData: ArraySlice(derPrefix(contents)), detachedContent: pieces)
        } catch {
            r.problems.append("\(error)")
            r.message = ReportText.message(for: r)
            return r
        }
        r.digestValid = cms.digestMatches
        r.signatureValid = cms.signatureValid && cms.signingCertificateMatches != false
        r.problems += cms.problems
        if cms.hasSigningTime, r.subFilter == "ETSI.CAdES.detached" {
            r.problems.append("the CMS carries a signing-time attribute, which PAdES forbids")
        }

        var validationTime = now
        if let stamp = cms.timestamp {
            r.timestampTime = stamp.time.map(iso)
            r.timestampValid = stamp.isValid
            if let authority = stamp.authority, let time = stamp.time, stamp.isValid {
                let check = ChainValidator.validate(leaf: authority, intermediates: stamp.otherCertificates + dss.certificates,
                                                    roots: trust, at: time, purpose: .timeStamping)
                r.timestampTrusted = check.trusted
                if check.trusted { validationTime = time }
                r.timestampRevocation = timestampAuthorityStatus(authority, chain: check.chain, cms: cms.crls, dss: dss, at: time, now: now)
                if r.timestampRevocation == "revoked" {
                    r.timestampTrusted = false
                    validationTime = now
                    r.problems.append("the timestamp authority's certificate was revoked before the timestamp")
                }
            } else {
                r.timestampTrusted = false
            }
        }
        if let signer = cms.signer {
            r.signer = signer.subject.description
            r.issuer = signer.issuer.description
            r.serial = signer.serialNumber.description
            if r.signerName == nil { r.signerName = CertificateNames.commonName(of: signer) }
            let usage = try? signer.extensions.keyUsage
            r.keyUsageValid = usage.map { $0.digitalSignature || $0.nonRepudiation } ?? true
            let check = ChainValidator.validate(leaf: signer, intermediates: cms.otherCertificates + dss.certificates,
                                                roots: trust, at: validationTime, purpose: .documentSigning)
            r.chainTrusted = check.trusted
            r.chainProblems = check.problems
            let lists = (cms.crls + dss.crls).compactMap { try? RevocationList(der: $0) }
            if let issuer = check.chain.dropFirst().first ?? (cms.otherCertificates + dss.certificates + trust).first(where: { $0.subject == signer.issuer }),
               let der = try? derBytes({ try $0.serialize(signer) }) {
                let (status, source) = revocationStatus(of: der, issuer: issuer, lists: lists, dss: dss, at: validationTime, now: now)
                r.revocationSource = source
                switch status {
                case .good: r.revocation = "good"
                case .revoked(let date):
                    // Revoked after a trusted timestamp: the signature was made while the certificate was good.
                    r.revocation = date > validationTime && r.timestampTrusted == true ? "good" : "revoked"
                    if r.revocation == "revoked" { r.problems.append("the certificate was revoked on \(iso(date))") }
                case .unknown: r.revocation = "unknown"
                }
            }
        }

        if revisionEnd < bytes.count {
            let analysis = ChangeAnalysis.after(revisionEnd: revisionEnd, in: bytes, current: doc)
            r.modification = analysis.disallowed.isEmpty ? .allowed : .disallowed
            r.changes = analysis.disallowed.isEmpty ? analysis.allowed : analysis.disallowed
        }
        r.valid = r.coversRevision && r.digestValid && r.signatureValid && r.chainTrusted && r.keyUsageValid
            && r.revocation != "revoked" && r.timestampValid != false && r.modification != .disallowed
        r.message = ReportText.message(for: r)
        return r
    }

    /// The two signed pieces, when the byte range starts at 0, leaves out exactly a hex string holding
    /// `contents`, and ends inside the file.
    /// A document timestamp (PAdES B-LTA, /Type /DocTimeStamp): an RFC 3161 token whose imprint is the digest
    /// of the byte range, from a time-stamping authority that chains to a trust anchor at the stamped time.
    static func documentTimestampReport(_ report: SignatureReport, token: [UInt8], pieces: [ArraySlice<UInt8>], revisionEnd: Int,
                                        bytes: [UInt8], document doc: PDFDocument, dss: DocumentSecurityStore,
                                        trust: [Certificate]) -> SignatureReport {
        var r = report
        r.isDocumentTimestamp = true
        let stamp = TimestampVerification.check(token: ArraySlice(derPrefix(token)), imprintOf: Array(pieces.joined()))
        r.digestValid = stamp.imprintMatches
        r.signatureValid = stamp.tokenValid
        r.timestampTime = stamp.time.map(iso)
        r.timestampValid = stamp.isValid
        r.problems += stamp.problems
        r.keyUsageValid = true
        if let authority = stamp.authority, let time = stamp.time {
            r.signer = authority.subject.description
            r.issuer = authority.issuer.description
            r.serial = authority.serialNumber.description
            r.signerName = r.signerName ?? CertificateNames.commonName(of: authority)
            let check = ChainValidator.validate(leaf: authority, intermediates: stamp.otherCertificates + dss.certificates,
                                                roots: trust, at: time, purpose: .timeStamping)
            r.chainTrusted = check.trusted
            r.chainProblems = check.problems
            r.timestampTrusted = check.trusted
            r.timestampRevocation = timestampAuthorityStatus(authority, chain: check.chain, cms: [], dss: dss, at: time, now: Date())
            r.revocation = r.timestampRevocation ?? "unknown"
            if r.revocation == "revoked" { r.problems.append("the timestamp authority's certificate was revoked before the timestamp") }
        }
        if revisionEnd < bytes.count {
            let analysis = ChangeAnalysis.after(revisionEnd: revisionEnd, in: bytes, current: doc)
            r.modification = analysis.disallowed.isEmpty ? .allowed : .disallowed
            r.changes = analysis.disallowed.isEmpty ? analysis.allowed : analysis.disallowed
        }
        r.valid = r.digestValid && r.signatureValid && r.chainTrusted && stamp.isValid && r.modification != .disallowed
            && r.revocation != "revoked"
        r.message = ReportText.message(for: r)
        return r
    }

    /// What the file's revocation data says of `der` (issued by `issuer`) at `time`: an OCSP answer that applies
    /// decides first (it is the newer word), a CRL the issuer signed otherwise; and which of the two it was.
    static func revocationStatus(of der: [UInt8], issuer: Certificate, lists: [RevocationList], dss: DocumentSecurityStore,
                                 at time: Date, now: Date) -> (RevocationStatus, String?) {
        let answers = dss.ocsps.compactMap { try? OCSPResponse(der: $0) }
            .compactMap { $0.status(ofCertificateDER: der, issuer: issuer, at: time, now: now) }
        if let fromOCSP = answers.first(where: { if case .revoked = $0 { true } else { false } }) ?? answers.first(where: { $0 == .good }) {
            return (fromOCSP, "OCSP")
        }
        let status = RevocationList.status(ofCertificateDER: der, issuer: issuer, lists: lists)
        return (status, status == .unknown ? nil : "CRL")
    }

    /// "good", "revoked" (before `time`) or nil (nothing in the file speaks of it) for a timestamp authority.
    static func timestampAuthorityStatus(_ authority: Certificate, chain: [Certificate], cms: [[UInt8]], dss: DocumentSecurityStore,
                                         at time: Date, now: Date) -> String? {
        guard let issuer = chain.dropFirst().first, let der = try? derBytes({ try $0.serialize(authority) }) else { return nil }
        let lists = (cms + dss.crls).compactMap { try? RevocationList(der: $0) }
        switch revocationStatus(of: der, issuer: issuer, lists: lists, dss: dss, at: time, now: now).0 {
        case .good: return "good"
        case .revoked(let date): return date <= time ? "revoked" : "good"
        case .unknown: return nil
        }
    }

    static func signedPieces(_ range: [Int], contents: [UInt8], in bytes: [UInt8]) -> [ArraySlice<UInt8>]? {
        guard range.count == 4, range[0] == 0, range.allSatisfy({ $0 >= 0 && $0 <= bytes.count }),
              range[1] < range[2], range[3] <= bytes.count - range[2] else { return nil }
        let gap = bytes[range[1]..<range[2]]
        guard gap.first == UInt8(ascii: "<"), gap.last == UInt8(ascii: ">"), gap.count % 2 == 0,
              (gap.count - 2) / 2 == contents.count else { return nil }
        let hexDigits = Set(Array("0123456789abcdefABCDEF".utf8))
        guard gap.dropFirst().dropLast().allSatisfy({ hexDigits.contains($0) }) else { return nil }
        return [bytes[0..<range[1]], bytes[range[2]..<(range[2] + range[3])]]
    }

    /// The DER structure at the start of `bytes`, without the zero padding a /Contents placeholder leaves.
    static func derPrefix(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 2 else { return bytes }
        let first = Int(bytes[1])
        var length = 0, header = 2
        if first < 0x80 {
            length = first
        } else if first > 0x80, first <= 0x84, bytes.count >= 2 + (first - 0x80) {
            for b in bytes[2..<(2 + first - 0x80)] { length = length << 8 | Int(b) }
            header += first - 0x80
        } else {
            return bytes  // indefinite length (BER): let the parser find the end
        }
        return header + length <= bytes.count ? Array(bytes[0..<(header + length)]) : bytes
    }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    /// A report as text for the terminal.
    public static func text(_ r: SignatureReport, index: Int) -> String {
        var lines = ["Underskrift \(index) (fält \"\(r.field)\"): \(r.message)"]
        if let signer = r.signer {
            lines.append("  Undertecknare: \(signer)")
            lines.append("  Utfärdare: \(r.issuer ?? "?"), serienummer \(r.serial ?? "?")")
        }
        lines.append("  Tid enligt dokumentet (/M): \(r.claimedTime ?? "saknas")")
        if let t = r.timestampTime {
            lines.append("  Tidsstämpel: \(t) (\(r.timestampValid == true ? "intakt" : "OGILTIG"), \(r.timestampTrusted == true ? "betrodd utfärdare" : "ej betrodd utfärdare")\(r.timestampRevocation.map { $0 == "good" ? ", utfärdarens certifikat ej spärrat" : ", utfärdarens certifikat SPÄRRAT" } ?? ""))")
        } else {
            lines.append("  Tidsstämpel: ingen")
        }
        if let reason = r.reason { lines.append("  Skäl: \(reason)") }
        if let location = r.location { lines.append("  Ort: \(location)") }
        lines.append("  Täcker: \(r.byteRange.map(String.init).joined(separator: " ")) (\(r.coversRevision ? "hela sin version utom signaturen" : "INTE hela versionen"))")
        lines.append("  Kontrollsumma: \(r.digestValid ? "stämmer" : "STÄMMER INTE"); signatur: \(r.signatureValid ? "giltig" : "OGILTIG"); kedja: \(r.chainTrusted ? "betrodd" : "ej betrodd"); nyckelanvändning: \(r.keyUsageValid ? "tillåter underskrift" : "tillåter INTE underskrift"); spärrstatus: \(["good": "ej spärrat", "revoked": "SPÄRRAT", "unknown": "okänd"][r.revocation] ?? r.revocation)\(r.revocationSource.map { " (enligt \($0 == "OCSP" ? "OCSP-svar" : "spärrlista"))" } ?? "")")
        lines.append("  Valideringsdata (DSS): \(r.hasValidationData ? "finns" : "saknas")")
        switch r.modification {
        case .none: lines.append("  Ändringar efter underskriften: inga")
        case .allowed: lines.append("  Ändringar efter underskriften (tillåtna): \(r.changes.joined(separator: ", "))")
        case .disallowed: lines.append("  Ändringar efter underskriften (EJ tillåtna): \(r.changes.joined(separator: ", "))")
        }
        for p in r.problems { lines.append("  Problem: \(p)") }
        return lines.joined(separator: "\n")
    }
}

/// The certificates and CRLs of the document's DSS.
struct DocumentSecurityStore {
    var certificates: [Certificate] = []
    var crls: [[UInt8]] = []
    var ocsps: [[UInt8]] = []
    var isEmpty: Bool { certificates.isEmpty && crls.isEmpty && ocsps.isEmpty }

    init(_ doc: PDFDocument) {
        guard let dss = try? doc.dictionary((try? doc.catalog())?["DSS"]) else { return }
        func items(_ key: String) -> [[UInt8]] {
            let array = (try? doc.resolve(dss[key]))?.arrayValue ?? []
            return array.prefix(1000).compactMap { item in
                guard let stream = (try? doc.resolve(item))?.streamValue else { return nil }
                return try? doc.decodedData(stream)
            }
        }
        certificates = items("Certs").compactMap { try? Certificate(derEncoded: $0) }
        crls = items("CRLs")
        ocsps = items("OCSPs")
    }
}
