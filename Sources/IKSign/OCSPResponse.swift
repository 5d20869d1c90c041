import Foundation
import SwiftASN1
import X509

/// An OCSP response (RFC 6960), read from untrusted DER: a basic response with its single responses, the
/// responder, the signature and the certificates the responder sent. `status(of:issuer:)` evaluates it.
public struct OCSPResponse: Sendable {
    /// The DER as read (embedded in a DSS as is).
    public let der: [UInt8]
    /// The responder's answer to the request itself: 0 successful, 1 malformedRequest, 2 internalError,
    /// 3 tryLater, 5 sigRequired, 6 unauthorized.
    public let responseStatus: Int
    /// When the responder signed it.
    public let producedAt: Date?
    /// The single responses, one a certificate.
    let responses: [Single]
    /// The responder: by name (Name DER) or by the SHA-1 of its public key.
    let responderName: [UInt8]?
    let responderKeyHash: [UInt8]?
    let tbsDER: [UInt8]
    let signatureAlgorithm: ASN1ObjectIdentifier?
    let signature: [UInt8]
    /// The certificates in the response (an authorised responder's own, usually).
    let certificates: [Certificate]

    /// One certificate's status.
    struct Single: Sendable {
        var hashAlgorithm: DigestAlgorithm
        var issuerNameHash: [UInt8]
        var issuerKeyHash: [UInt8]
        /// The serial number INTEGER, as DER.
        var serial: [UInt8]
        var status: RevocationStatus
        var thisUpdate: Date
        var nextUpdate: Date?
    }

    static let basicType: ASN1ObjectIdentifier = [1, 3, 6, 1, 5, 5, 7, 48, 1, 1]
    static let ocspSigning: ASN1ObjectIdentifier = [1, 3, 6, 1, 5, 5, 7, 3, 9]

    public init(der: [UInt8]) throws {
        self.der = der
        let top = try parseASN1(ArraySlice(der), "the OCSP response").children("the OCSP response")
        let statusNode = try element(top, 0, "the OCSP response status")
        guard statusNode.identifier == .enumerated, let first = try statusNode.primitive("the OCSP response status").last,
              try statusNode.primitive("the OCSP response status").count == 1 else {
            throw SignError("Invalid signature data: the OCSP response status is not a status.")
        }
        responseStatus = Int(first)
        guard responseStatus == 0 else {
            (producedAt, responses, responderName, responderKeyHash, tbsDER, signatureAlgorithm, signature, certificates) =
                (nil, [], nil, nil, [], nil, [], [])
            return
        }
        // responseBytes [0] EXPLICIT SEQUENCE { responseType OID, response OCTET STRING }
        let wrapper = try element(top, 1, "the OCSP response bytes")
        guard wrapper.isContext(0) else { throw SignError("Invalid signature data: the OCSP response has no response bytes.") }
        let responseBytes = try element(try wrapper.children("the OCSP response bytes"), 0, "the OCSP response bytes").children("the OCSP response bytes")
        guard try element(responseBytes, 0, "the OCSP response type").oid("the OCSP response type") == Self.basicType else {
            throw SignError("Invalid signature data: the OCSP response is not a basic OCSP response.")
        }
        let basicDER = try element(responseBytes, 1, "the basic OCSP response").primitive("the basic OCSP response")
        let basic = try parseASN1(basicDER, "the basic OCSP response").children("the basic OCSP response")
        let tbsNode = try element(basic, 0, "the OCSP response data")
        tbsDER = Array(tbsNode.encodedBytes)
        signatureAlgorithm = try element(try element(basic, 1, "the OCSP signature algorithm").children("the OCSP signature algorithm"), 0,
                                         "the OCSP signature algorithm").oid("the OCSP signature algorithm")
        signature = Array(try ASN1BitString(berEncoded: try element(basic, 2, "the OCSP signature")).bytes)
        var certs: [Certificate] = []
        if basic.count > 3, basic[3].isContext(0), let list = try basic[3].children("the OCSP certificates").first {
            certs = try list.children("the OCSP certificates").prefix(20).compactMap { try? Certificate(derEncoded: $0.encodedBytes) }
        }
        certificates = certs

        var tbs = try tbsNode.children("the OCSP response data")
        if tbs.first?.isContext(0) == true { tbs.removeFirst() }   // version, v1 only
        let responder = try element(tbs, 0, "the OCSP responder")
        let responderValue = try element(try responder.children("the OCSP responder"), 0, "the OCSP responder")
        if responder.isContext(1) {
            (responderName, responderKeyHash) = (Array(responderValue.encodedBytes), nil)
        } else if responder.isContext(2) {
            (responderName, responderKeyHash) = (nil, Array(try responderValue.primitive("the OCSP responder key hash")))
        } else {
            throw SignError("Invalid signature data: the OCSP responder is neither a name nor a key hash.")
        }
        producedAt = try asn1Date(try element(tbs, 1, "the OCSP producedAt"), "the OCSP producedAt")
        var singles: [Single] = []
        for node in try element(tbs, 2, "the OCSP responses").children("the OCSP responses").prefix(1000) {
            let s = try node.children("an OCSP single response")
            let certID = try element(s, 0, "an OCSP certificate id").children("an OCSP certificate id")
            let algorithmOID = try element(try element(certID, 0, "an OCSP hash algorithm").children("an OCSP hash algorithm"), 0,
                                           "an OCSP hash algorithm").oid("an OCSP hash algorithm")
            guard let algorithm = DigestAlgorithm(oid: algorithmOID) else { continue }
            let statusNode = try element(s, 1, "an OCSP certificate status")
            let status: RevocationStatus
            if statusNode.isContext(0) {
                status = .good
            } else if statusNode.isContext(1) {
                let info = try statusNode.children("an OCSP revocation")
                status = .revoked(try asn1Date(try element(info, 0, "an OCSP revocation time"), "an OCSP revocation time"))
            } else {
                status = .unknown
            }
            var next: Date?
            if s.count > 3, s[3].isContext(0), let inner = try s[3].children("an OCSP nextUpdate").first {
                next = try asn1Date(inner, "an OCSP nextUpdate")
            }
            singles.append(Single(hashAlgorithm: algorithm,
                                  issuerNameHash: Array(try element(certID, 1, "an OCSP issuer name hash").primitive("an OCSP issuer name hash")),
                                  issuerKeyHash: Array(try element(certID, 2, "an OCSP issuer key hash").primitive("an OCSP issuer key hash")),
                                  serial: Array(try element(certID, 3, "an OCSP serial number").encodedBytes),
                                  status: status,
                                  thisUpdate: try asn1Date(try element(s, 2, "an OCSP thisUpdate"), "an OCSP thisUpdate"),
                                  nextUpdate: next))
        }
        responses = singles
    }

    /// What this response says of `certificateDER` (issued by `issuer`) at `time`, having checked that it is
    /// signed by the issuer or by a responder the issuer authorised (its certificate issued by the issuer,
    /// with the OCSPSigning extended key usage), that a single response names this very certificate (issuer
    /// name and key hashes, serial number), and that the response speaks for `time`: its validity
    /// (thisUpdate … nextUpdate) covers it, or it was issued after it (a later "good" answers for an earlier
    /// time too). A revocation is reported with its date; the caller decides what a revocation after a trusted
    /// timestamp means. nil when the response does not apply (another certificate, a bad signature, stale).
    func status(ofCertificateDER certificateDER: [UInt8], issuer: Certificate, at time: Date, now: Date = Date()) -> RevocationStatus? {
        guard responseStatus == 0, isSigned(forIssuer: issuer, at: now),
              let fields = try? CertificateFields.issuerAndSerial(of: certificateDER),
              let issuerName = try? derBytes({ try $0.serialize(issuer.subject) }),
              let issuerKey = try? OCSPRequestBuilder.publicKeyBits(of: issuer) else { return nil }
        for single in responses where single.serial == fields.serial {
            guard single.issuerNameHash == single.hashAlgorithm.hash(issuerName),
                  single.issuerKeyHash == single.hashAlgorithm.hash(issuerKey),
                  single.thisUpdate <= now.addingTimeInterval(300) else { continue }
            let covers = single.nextUpdate.map { time <= $0 } ?? false
            let after = single.thisUpdate >= time.addingTimeInterval(-300)
            guard covers || after else { continue }
            return single.status
        }
        return nil
    }

    /// Whether the response is signed by `issuer` itself or by a responder `issuer` authorised.
    func isSigned(forIssuer issuer: Certificate, at now: Date) -> Bool {
        guard let oid = signatureAlgorithm, let algorithm = RevocationList.algorithm(oid) else { return false }
        var candidates: [Certificate] = [issuer]
        for certificate in certificates where certificate.issuer == issuer.subject
            && issuer.publicKey.isValidSignature(certificate.signature, for: certificate)
            && ((try? certificate.extensions.extendedKeyUsage)?.contains(.ocspSigning) ?? false) {
            candidates.append(certificate)
        }
        for responder in candidates where matchesResponder(responder) {
            if responder.publicKey.isValidSignature(signature, for: tbsDER, signatureAlgorithm: algorithm) { return true }
        }
        return false
    }

    private func matchesResponder(_ certificate: Certificate) -> Bool {
        if let responderName { return (try? derBytes({ try $0.serialize(certificate.subject) })) == responderName }
        if let responderKeyHash, let key = try? OCSPRequestBuilder.publicKeyBits(of: certificate) {
            return DigestAlgorithm.sha1.hash(key) == responderKeyHash
        }
        return false
    }
}

/// OCSP requests (RFC 6960 §4.1) and the responder URLs certificates name.
enum OCSPRequestBuilder {
    /// A request for one certificate: its CertID with SHA-1 (what every responder answers, RFC 5019), no nonce
    /// (so the answer can be embedded and checked later), unsigned.
    static func request(forCertificateDER certificateDER: [UInt8], issuer: Certificate) throws -> [UInt8] {
        let fields = try CertificateFields.issuerAndSerial(of: certificateDER)
        let issuerName = try derBytes { try $0.serialize(issuer.subject) }
        let issuerKey = try publicKeyBits(of: issuer)
        let serial = try parseASN1(ArraySlice(fields.serial), "the serial number")
        return try derBytes { coder in
            try coder.appendConstructedNode(identifier: .sequence) { coder in          // OCSPRequest
                try coder.appendConstructedNode(identifier: .sequence) { coder in      // TBSRequest
                    try coder.appendConstructedNode(identifier: .sequence) { coder in  // requestList
                        try coder.appendConstructedNode(identifier: .sequence) { coder in  // Request
                            try coder.appendConstructedNode(identifier: .sequence) { coder in  // CertID
                                try coder.appendConstructedNode(identifier: .sequence) { coder in
                                    try coder.serialize(OID.sha1)
                                    coder.appendPrimitiveNode(identifier: .null) { _ in }
                                }
                                try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(DigestAlgorithm.sha1.hash(issuerName))))
                                try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(DigestAlgorithm.sha1.hash(issuerKey))))
                                coder.serialize(serial)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The subjectPublicKey BIT STRING's bytes of a certificate (what an OCSP key hash is taken over).
    static func publicKeyBits(of certificate: Certificate) throws -> [UInt8] {
        let tbs = try CertificateFields.tbsFields(of: try derBytes { try $0.serialize(certificate) })
        // tbsCertificate: [0] version, serial, signature, issuer, validity, subject, subjectPublicKeyInfo
        let offset = tbs.first?.isContext(0) == true ? 1 : 0
        let spki = try element(tbs, offset + 5, "a public key").children("a public key")
        return Array(try ASN1BitString(berEncoded: try element(spki, 1, "a public key")).bytes)
    }

    /// The http URLs of a certificate's OCSP responders (Authority Information Access, id-ad-ocsp).
    static func responderURLs(of certificate: Certificate) -> [URL] {
        guard let ext = certificate.extensions[oid: [1, 3, 6, 1, 5, 5, 7, 1, 1]],
              let root = try? DER.parse(ext.value), case .constructed(let descriptions) = root.content else { return [] }
        var urls: [URL] = []
        for description in descriptions {
            guard case .constructed(let fields) = description.content else { continue }
            let parts = Array(fields)
            guard parts.count == 2, (try? ASN1ObjectIdentifier(derEncoded: parts[0])) == [1, 3, 6, 1, 5, 5, 7, 48, 1],
                  parts[1].isContext(6), case .primitive(let bytes) = parts[1].content,
                  let text = String(bytes: bytes, encoding: .ascii), let url = URL(string: text),
                  url.scheme == "http" || url.scheme == "https" else { continue }
            urls.append(url)
        }
        return urls
    }
}
