import Foundation

/// What `ikplan verify` found about one signature of a PDF, in facts and in a sentence a clerk can act on.
public struct SignatureReport: Codable, Sendable {
    /// How the document changed after this signature's revision.
    public enum Modification: String, Codable, Sendable {
        /// The signature covers the whole file.
        case none
        /// Only validation data (DSS), document timestamps or further signatures were added: allowed.
        case allowed
        /// Anything else changed: the signed content may no longer be what is shown.
        case disallowed
    }

    /// The signature field's name (/T).
    public var field: String
    /// The signer's subject, issuer and serial number (hex), when the certificate is embedded.
    public var signer: String?
    public var signerName: String?
    public var issuer: String?
    public var serial: String?
    /// The claimed signing time (/M), ISO 8601, as written in the PDF.
    public var claimedTime: String?
    /// The timestamp's time, ISO 8601, and whether the token is intact and its authority trusted.
    public var timestampTime: String?
    public var timestampValid: Bool?
    public var timestampTrusted: Bool?
    public var reason: String?
    public var location: String?
    /// /SubFilter, e.g. ETSI.CAdES.detached.
    public var subFilter: String?
    /// The /ByteRange as written.
    public var byteRange: [Int]
    /// The byte range starts at 0, leaves out exactly the /Contents value and ends at the end of its revision.
    public var coversRevision: Bool
    /// The digest of the signed bytes matches; the signature value verifies with the signer's key.
    public var digestValid: Bool
    public var signatureValid: Bool
    /// The certificate chains to one of the trust anchors; why not, when not.
    public var chainTrusted: Bool
    public var chainProblems: [String]
    /// The key usage allows signatures.
    public var keyUsageValid: Bool
    /// "good", "revoked" or "unknown", from the CRLs in the file (DSS or the signature).
    public var revocation: String
    /// Where the revocation status came from: "OCSP" (a response in the DSS), "CRL", or nil (none applies).
    public var revocationSource: String?
    /// The timestamp authority's certificate at the stamped time, from the file's OCSP answers or CRLs:
    /// "good", "revoked", or nil when the file says nothing of it.
    public var timestampRevocation: String?
    /// A document timestamp (B-LTA) rather than a signature: signer and time are the time-stamping authority's.
    public var isDocumentTimestamp: Bool?
    /// The document's validation data (DSS) was present for this signature.
    public var hasValidationData: Bool
    /// What changed after the signature, and which objects.
    public var modification: Modification
    public var changes: [String]
    /// Other problems, in words.
    public var problems: [String]
    /// The signature is valid and nothing disallowed changed after it.
    public var valid: Bool
    /// One sentence for the clerk.
    public var message: String
}

/// The Swedish sentences of `ikplan verify`.
enum ReportText {
    static func message(for r: SignatureReport) -> String {
        let who = r.signerName ?? r.signer ?? "okänd undertecknare"
        let subject = r.isDocumentTimestamp == true ? "Dokumenttidsstämpeln från \(who)" : "Underskriften av \(who)"
        if !r.digestValid || !r.signatureValid || !r.coversRevision {
            var why: [String] = []
            if !r.coversRevision { why.append("underskriften täcker inte hela sin version av dokumentet") }
            if !r.digestValid { why.append("de undertecknade byten har ändrats efter underskriften") }
            if !r.signatureValid { why.append("signaturvärdet stämmer inte med certifikatet") }
            return "\(subject) är OGILTIG: \(why.joined(separator: "; ")). Lita inte på dokumentet; begär ett nytt undertecknat original."
        }
        var parts: [String] = []
        if r.chainTrusted {
            parts.append("\(subject) är giltig")
        } else {
            parts.append("\(subject) är matematiskt korrekt men certifikatet är inte betrott (\(r.chainProblems.joined(separator: "; "))); ange utfärdarens certifikat med --trust")
        }
        if !r.keyUsageValid { parts.append("certifikatet får inte användas för underskrifter") }
        if r.revocation == "revoked" { parts.append("certifikatet är SPÄRRAT") }
        if r.timestampValid == false { parts.append("tidsstämpeln är ogiltig") }
        switch r.modification {
        case .none: parts.append("dokumentet har inte ändrats efter underskriften")
        case .allowed: parts.append("efter underskriften har bara valideringsdata, tidsstämplar eller fler underskrifter lagts till (tillåtet)")
        case .disallowed: parts.append("dokumentet har ändrats efter underskriften: \(r.changes.joined(separator: ", "))")
        }
        return parts.joined(separator: "; ") + "."
    }
}
