import Foundation
import SwiftASN1
import X509

/// A CMS SignedData read from untrusted bytes (BER or DER): just the parts a verifier needs.
struct SignedDataReader {
    /// One attribute: its type and its values.
    struct Attribute {
        let type: ASN1ObjectIdentifier
        let values: [ASN1Node]
    }

    /// One SignerInfo.
    struct Signer {
        /// The signer's issuer Name (DER) and serial INTEGER (DER), when identified that way.
        let issuerAndSerial: (issuer: ArraySlice<UInt8>, serial: ArraySlice<UInt8>)?
        /// The subject key identifier, when identified that way.
        let subjectKeyIdentifier: ArraySlice<UInt8>?
        let digestAlgorithm: ASN1ObjectIdentifier
        /// The signed attributes as the DER SET that was signed (tag [0] replaced by SET), or nil.
        let signedAttributesDER: [UInt8]?
        let signedAttributes: [Attribute]
        let signatureAlgorithm: ASN1ObjectIdentifier
        let signature: [UInt8]
        let unsignedAttributes: [Attribute]

        /// The values of a signed attribute.
        func signed(_ type: ASN1ObjectIdentifier) -> [ASN1Node]? { signedAttributes.first { $0.type == type }?.values }
        /// The values of an unsigned attribute.
        func unsigned(_ type: ASN1ObjectIdentifier) -> [ASN1Node]? { unsignedAttributes.first { $0.type == type }?.values }
    }

    /// The encapsulated content type.
    let contentType: ASN1ObjectIdentifier
    /// The encapsulated content, when not detached.
    let content: [UInt8]?
    /// The embedded certificates, as DER, with those we could parse.
    let certificates: [(der: [UInt8], certificate: Certificate)]
    /// The embedded CRLs, as DER.
    let crls: [[UInt8]]
    let signers: [Signer]

    /// Largest CMS structure read (a PAdES /Contents is a few kB to a few hundred kB).
    static let maximumSize = 4 << 20

    init(_ bytes: ArraySlice<UInt8>) throws {
        guard bytes.count <= Self.maximumSize else { throw SignError("Invalid signature data: the signature is larger than \(Self.maximumSize) bytes.") }
        let root = try parseASN1(bytes, "the signature")
        let info = try root.children("the signature")
        guard try element(info, 0, "the content type").oid("the content type") == OID.signedData else {
            throw SignError("Invalid signature data: the signature is not a CMS SignedData.")
        }
        let explicit = try element(info, 1, "the SignedData")
        guard explicit.isContext(0) else { throw SignError("Invalid signature data: the SignedData is not tagged [0].") }
        let sd = try element(try explicit.children("the SignedData"), 0, "the SignedData").children("the SignedData")
        // version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
        let encap = try element(sd, 2, "the encapsulated content").children("the encapsulated content")
        contentType = try element(encap, 0, "the content type").oid("the content type")
        if encap.count > 1 {
            let wrapped = try encap[1].children("the content")
            content = try element(wrapped, 0, "the content").primitiveOrConstructedOctets()
        } else {
            content = nil
        }
        var certificates: [(der: [UInt8], certificate: Certificate)] = []
        var crls: [[UInt8]] = []
        var index = 3
        while index < sd.count, sd[index].identifier.tagClass == .contextSpecific {
            if sd[index].isContext(0) {
                for node in try sd[index].children("the certificates") where node.identifier == .sequence {
                    let der = Array(node.encodedBytes)
                    if let cert = try? Certificate(derEncoded: der) { certificates.append((der, cert)) }
                }
            } else if sd[index].isContext(1) {
                crls = try sd[index].children("the CRLs").map { Array($0.encodedBytes) }
            }
            index += 1
        }
        self.certificates = certificates
        self.crls = crls
        let signerSet = try element(sd, index, "the signer infos")
        signers = try signerSet.children("the signer infos").map(Self.signer)
        guard !signers.isEmpty else { throw SignError("Invalid signature data: the signature has no signer.") }
    }

    private static func signer(_ node: ASN1Node) throws -> Signer {
        let f = try node.children("a signer info")
        let sid = try element(f, 1, "the signer's identifier")
        var issuerAndSerial: (ArraySlice<UInt8>, ArraySlice<UInt8>)?
        var ski: ArraySlice<UInt8>?
        if sid.identifier == .sequence {
            let parts = try sid.children("the signer's issuer and serial")
            issuerAndSerial = (try element(parts, 0, "the signer's issuer").encodedBytes,
                               try element(parts, 1, "the signer's serial").encodedBytes)
        } else if sid.isContext(0) {
            ski = try sid.primitive("the signer's key identifier")
        }
        let digest = try element(try element(f, 2, "the digest algorithm").children("the digest algorithm"), 0, "the digest algorithm").oid("the digest algorithm")
        var i = 3
        var signedDER: [UInt8]?
        var signed: [Attribute] = []
        if i < f.count, f[i].isContext(0) {
            var der = Array(f[i].encodedBytes)
            der[0] = 0x31  // the signature covers the SET OF encoding, not the [0] tag
            signedDER = der
            signed = try attributes(f[i])
            i += 1
        }
        let algorithm = try element(try element(f, i, "the signature algorithm").children("the signature algorithm"), 0, "the signature algorithm").oid("the signature algorithm")
        let signature = try element(f, i + 1, "the signature value").primitiveOrConstructedOctets()
        var unsigned: [Attribute] = []
        if i + 2 < f.count, f[i + 2].isContext(1) { unsigned = try attributes(f[i + 2]) }
        return Signer(issuerAndSerial: issuerAndSerial, subjectKeyIdentifier: ski, digestAlgorithm: digest,
                      signedAttributesDER: signedDER, signedAttributes: signed, signatureAlgorithm: algorithm,
                      signature: signature, unsignedAttributes: unsigned)
    }

    private static func attributes(_ node: ASN1Node) throws -> [Attribute] {
        try node.children("the attributes").map { a in
            let parts = try a.children("an attribute")
            return Attribute(type: try element(parts, 0, "an attribute type").oid("an attribute type"),
                             values: try element(parts, 1, "an attribute value").children("an attribute value"))
        }
    }

    /// The certificate the signer names, if embedded.
    func certificate(of signer: Signer) -> (der: [UInt8], certificate: Certificate)? {
        certificates.first { entry in
            if let (issuer, serial) = signer.issuerAndSerial,
               let fields = try? CertificateFields.issuerAndSerial(of: entry.der) {
                return fields.issuer.elementsEqual(issuer) && fields.serial.elementsEqual(serial)
            }
            if let ski = signer.subjectKeyIdentifier,
               let ext = try? entry.certificate.extensions.subjectKeyIdentifier {
                return ext.keyIdentifier.elementsEqual(ski)
            }
            return false
        }
    }
}

extension ASN1Node {
    /// The bytes of an OCTET STRING, primitive or (BER) constructed from pieces.
    func primitiveOrConstructedOctets() throws -> [UInt8] {
        switch content {
        case .primitive(let bytes): return Array(bytes)
        case .constructed(let nodes):
            var out: [UInt8] = []
            for n in nodes { out += try n.primitiveOrConstructedOctets() }
            return out
        }
    }
}
