import Foundation
import X509

/// Revocation data and certificates for a PDF's Document Security Store (PAdES B-LT).
public struct ValidationData: Sendable {
    /// CRLs, as DER.
    public var crls: [RevocationList]
    /// OCSP responses, as DER (embedded as given).
    public var ocspResponses: [[UInt8]]

    public init(crls: [RevocationList] = [], ocspResponses: [[UInt8]] = []) {
        self.crls = crls
        self.ocspResponses = ocspResponses
    }

    /// Reads CRL files (PEM or DER) and OCSP response files (DER).
    public static func load(crls: [String], ocsps: [String]) throws -> ValidationData {
        ValidationData(crls: try crls.map(RevocationList.load(path:)),
                       ocspResponses: try ocsps.map { path in
                           let der = Array(try PEMFile.contents(at: path))
                           let response: OCSPResponse
                           do { response = try OCSPResponse(der: der) } catch {
                               throw SignError("\(path): not an OCSP response (DER, as `openssl ocsp -respout` writes it) (\(error)).")
                           }
                           guard response.responseStatus == 0 else {
                               throw SignError("\(path): the OCSP responder refused that request (status \(response.responseStatus)); it holds no certificate status.")
                           }
                           return der
                       })
    }
}

/// Trust anchors for `verify`, from PEM files (each may hold several certificates).
public enum TrustAnchors {
    public static func load(paths: [String]) throws -> [Certificate] {
        try paths.flatMap { path in
            let certs = try PEMFile.certificates(at: path)
            if certs.isEmpty { throw SignError("\(path): no certificate found (expected PEM \"-----BEGIN CERTIFICATE-----\").") }
            return try certs.map { try Certificate(derEncoded: $0.der) }
        }
    }
}
