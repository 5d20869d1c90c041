import Foundation
import SwiftASN1
import X509

/// Builds a CAdES detached CMS SignedData (ETSI EN 319 122-1 baseline, as PAdES requires): signed attributes
/// content-type, message-digest and signing-certificate-v2, no signing-time (PAdES puts the claimed time in
/// the PDF's /M), SHA-256, and optionally an RFC 3161 signature timestamp as an unsigned attribute.
public enum CAdESBuilder {
    /// A source of RFC 3161 timestamp tokens for the bytes of a signature value.
    public typealias Timestamper = ([UInt8]) throws -> [UInt8]

    /// The DER SignedData (wrapped in ContentInfo) for content whose SHA-256 digest is `contentDigest`.
    public static func signedData(contentDigest: [UInt8], identity: SigningIdentity,
                                  timestamper: Timestamper? = nil) throws -> [UInt8] {
        guard contentDigest.count == 32 else { throw SignError("Internal error: the content digest is not SHA-256.") }
        let signedAttributes = try signedAttributesSet(contentDigest: contentDigest, identity: identity)
        let signature = try identity.sign(signedAttributes)
        let token = try timestamper?(signature)
        let certificates = [identity.certificateDER] + identity.chainDER
        let (issuer, serial) = try CertificateFields.issuerAndSerial(of: identity.certificateDER)

        return try derBytes { coder in
            try coder.appendConstructedNode(identifier: .sequence) { coder in
                try coder.serialize(OID.signedData)
                try coder.appendConstructedNode(identifier: ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)) { coder in
                    try coder.appendConstructedNode(identifier: .sequence) { coder in
                        try coder.serialize(1)  // CMSVersion 1: issuerAndSerialNumber, data content
                        try coder.appendConstructedNode(identifier: .set) { try DigestAlgorithm.sha256.serialize(into: &$0) }
                        try coder.appendConstructedNode(identifier: .sequence) { try $0.serialize(OID.data) }
                        // certificates [0] IMPLICIT SET OF Certificate, sorted as DER wants for a SET.
                        coder.appendConstructedNode(identifier: ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)) { coder in
                            for der in certificates.sorted(by: derSetOrder) { coder.serializeRawBytes(der) }
                        }
                        try coder.appendConstructedNode(identifier: .set) { coder in
                            try coder.appendConstructedNode(identifier: .sequence) { coder in
                                try coder.serialize(1)
                                coder.appendConstructedNode(identifier: .sequence) { coder in
                                    coder.serializeRawBytes(issuer)
                                    coder.serializeRawBytes(serial)
                                }
                                try DigestAlgorithm.sha256.serialize(into: &coder)
                                // The signed attributes again, now as [0] IMPLICIT instead of SET.
                                coder.serializeRawBytes([0xA0] + signedAttributes.dropFirst())
                                try serializeSignatureAlgorithm(identity.signatureAlgorithm, into: &coder)
                                try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(signature)))
                                if let token {
                                    coder.appendConstructedNode(identifier: ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific)) { coder in
                                        try? coder.appendConstructedNode(identifier: .sequence) { coder in
                                            try coder.serialize(OID.timeStampToken)
                                            coder.appendConstructedNode(identifier: .set) { $0.serializeRawBytes(token) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The DER `SET OF Attribute` that is signed: content-type, message-digest, signing-certificate-v2.
    static func signedAttributesSet(contentDigest: [UInt8], identity: SigningIdentity) throws -> [UInt8] {
        let (issuer, serial) = try CertificateFields.issuerAndSerial(of: identity.certificateDER)
        let certHash = DigestAlgorithm.sha256.hash(identity.certificateDER)
        let attributes: [[UInt8]] = [
            try attribute(OID.contentType) { try $0.serialize(OID.data) },
            try attribute(OID.messageDigest) { try $0.serialize(ASN1OctetString(contentBytes: ArraySlice(contentDigest))) },
            try attribute(OID.signingCertificateV2) { coder in
                // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 { hashAlgorithm DEFAULT
                // sha256 (so omitted), certHash, issuerSerial { GeneralNames { directoryName [4] Name }, serial } }
                try coder.appendConstructedNode(identifier: .sequence) { coder in
                    try coder.appendConstructedNode(identifier: .sequence) { coder in
                        try coder.appendConstructedNode(identifier: .sequence) { coder in
                            try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(certHash)))
                            coder.appendConstructedNode(identifier: .sequence) { coder in
                                coder.appendConstructedNode(identifier: .sequence) { coder in
                                    coder.appendConstructedNode(identifier: ASN1Identifier(tagWithNumber: 4, tagClass: .contextSpecific)) {
                                        $0.serializeRawBytes(issuer)
                                    }
                                }
                                coder.serializeRawBytes(serial)
                            }
                        }
                    }
                }
            },
        ]
        return derBytes { coder in
            coder.appendConstructedNode(identifier: .set) { coder in
                for a in attributes.sorted(by: derSetOrder) { coder.serializeRawBytes(a) }
            }
        }
    }

    /// One `Attribute { attrType, attrValues SET { value } }`.
    static func attribute(_ type: ASN1ObjectIdentifier, value: (inout DER.Serializer) throws -> Void) throws -> [UInt8] {
        try derBytes { coder in
            try coder.appendConstructedNode(identifier: .sequence) { coder in
                try coder.serialize(type)
                try coder.appendConstructedNode(identifier: .set) { try value(&$0) }
            }
        }
    }

    /// The SignerInfo's signatureAlgorithm: sha256WithRSAEncryption (with NULL parameters) or ecdsa-with-SHA256.
    static func serializeSignatureAlgorithm(_ algorithm: Certificate.SignatureAlgorithm, into coder: inout DER.Serializer) throws {
        try coder.appendConstructedNode(identifier: .sequence) { coder in
            if algorithm == .ecdsaWithSHA256 {
                try coder.serialize(OID.ecdsaWithSHA256)
            } else {
                try coder.serialize(OID.sha256WithRSA)
                try coder.serialize(ASN1Null())
            }
        }
    }

    /// DER orders the members of a SET OF by their encodings, as octet strings padded with zeros.
    static func derSetOrder(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x < y }
        return a.count < b.count
    }
}

/// Raw fields of a certificate's DER, taken verbatim so that what we embed matches what we hash.
enum CertificateFields {
    /// The DER of the issuer Name and of the serial number INTEGER.
    static func issuerAndSerial(of certificateDER: [UInt8]) throws -> (issuer: [UInt8], serial: [UInt8]) {
        let tbs = try tbsFields(of: certificateDER)
        // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, ...
        let offset = tbs.first?.isContext(0) == true ? 1 : 0
        let serial = try element(tbs, offset, "the certificate's serial number")
        let issuer = try element(tbs, offset + 2, "the certificate's issuer")
        return (Array(issuer.encodedBytes), Array(serial.encodedBytes))
    }

    /// The elements of the tbsCertificate.
    static func tbsFields(of certificateDER: [UInt8]) throws -> [ASN1Node] {
        let root = try parseASN1(ArraySlice(certificateDER), "a certificate")
        let tbs = try element(try root.children("a certificate"), 0, "the certificate's body")
        return try tbs.children("the certificate's body")
    }
}
