import Crypto
import Foundation
import SwiftASN1
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import X509

/// What checking an RFC 3161 timestamp token found.
public struct TimestampVerification: Sendable {
    /// The time the authority vouches for (TSTInfo genTime).
    public let time: Date?
    /// The authority's certificate, when embedded.
    public let authority: Certificate?
    /// Other certificates in the token (chain candidates).
    public let otherCertificates: [Certificate]
    /// The token's own CMS signature holds.
    public let tokenValid: Bool
    /// The token's message imprint is the digest of what it claims to stamp.
    public let imprintMatches: Bool
    /// Problems in words.
    public let problems: [String]

    public var isValid: Bool { tokenValid && imprintMatches && time != nil }

    /// Checks a token (a ContentInfo) against the bytes it should stamp.
    public static func check(token: ArraySlice<UInt8>, imprintOf stamped: [UInt8]) -> TimestampVerification {
        do {
            let cms = try CMSVerifier.verify(signedData: token, detachedContent: nil)
            let reader = try SignedDataReader(token)
            guard reader.contentType == OID.tstInfo, let content = reader.content else {
                throw SignError("the token holds no TSTInfo")
            }
            let info = try TSTInfo(content)
            let imprintMatches: Bool
            if let algorithm = DigestAlgorithm(oid: info.imprintAlgorithm) {
                imprintMatches = algorithm.hash(stamped) == info.imprint
            } else {
                imprintMatches = false
            }
            var problems = cms.problems
            if !imprintMatches { problems.append("the timestamp is for other data") }
            return TimestampVerification(time: info.time, authority: cms.signer, otherCertificates: cms.otherCertificates,
                                         tokenValid: cms.isValid, imprintMatches: imprintMatches, problems: problems)
        } catch {
            return TimestampVerification(time: nil, authority: nil, otherCertificates: [], tokenValid: false,
                                         imprintMatches: false, problems: ["\(error)"])
        }
    }
}

/// The fields of an RFC 3161 TSTInfo we use.
struct TSTInfo {
    let imprintAlgorithm: ASN1ObjectIdentifier
    let imprint: [UInt8]
    let time: Date
    let nonce: ArraySlice<UInt8>?

    init(_ der: [UInt8]) throws {
        let f = try parseASN1(ArraySlice(der), "the timestamp").children("the timestamp")
        // version, policy, messageImprint, serialNumber, genTime, accuracy?, ordering?, nonce?, ...
        let imprint = try element(f, 2, "the timestamp's imprint").children("the timestamp's imprint")
        imprintAlgorithm = try element(try element(imprint, 0, "the imprint algorithm").children("the imprint algorithm"), 0, "the imprint algorithm").oid("the imprint algorithm")
        self.imprint = Array(try element(imprint, 1, "the imprint").primitive("the imprint"))
        time = try asn1Date(try element(f, 4, "the timestamp's time"), "the timestamp's time")
        nonce = f.dropFirst(5).first { $0.identifier == .integer }.flatMap { try? $0.primitive("nonce") }
    }
}

/// An RFC 3161 client over HTTP(S): posts a TimeStampReq for the SHA-256 of some bytes and returns the token.
public struct TimestampClient: Sendable {
    /// The authority's URL.
    public let url: URL
    /// How long to wait for an answer.
    public let timeout: TimeInterval

    public init(url: URL, timeout: TimeInterval = 30) {
        self.url = url
        self.timeout = timeout
    }

    /// Largest reply accepted.
    static let maximumReply = 1 << 20

    /// The timestamp token (a CMS ContentInfo, DER) for `data`, checked against the request.
    public func token(for data: [UInt8]) throws -> [UInt8] {
        let digest = Array(SHA256.hash(data: data))
        var nonceBytes = [UInt8](repeating: 0, count: 8)
        var generator = SystemRandomNumberGenerator()
        for i in nonceBytes.indices { nonceBytes[i] = UInt8.random(in: 0...255, using: &generator) }
        nonceBytes[0] &= 0x7F  // a positive INTEGER
        nonceBytes[0] |= 0x01  // and minimal (no leading zero)
        let request = try derBytes { coder in
            try coder.appendConstructedNode(identifier: .sequence) { coder in
                try coder.serialize(1)
                try coder.appendConstructedNode(identifier: .sequence) { coder in
                    try DigestAlgorithm.sha256.serialize(into: &coder)
                    try coder.serialize(ASN1OctetString(contentBytes: ArraySlice(digest)))
                }
                coder.appendPrimitiveNode(identifier: .integer) { $0.append(contentsOf: nonceBytes) }
                try coder.serialize(true)  // certReq: embed the TSA's certificate
            }
        }
        let reply = try post(request)
        let token = try Self.token(fromReply: reply)
        let info = try TSTInfo(try SignedDataReader(ArraySlice(token)).content ?? [])
        guard info.imprint == digest else { throw SignError("The timestamp authority \(url) answered for other data; try again or use another authority.") }
        guard let nonce = info.nonce, Array(nonce) == nonceBytes else {
            throw SignError("The timestamp authority \(url) did not echo the request's nonce; its answer cannot be trusted.")
        }
        return token
    }

    /// The token of a TimeStampResp, or an error with the authority's status.
    static func token(fromReply reply: [UInt8]) throws -> [UInt8] {
        let f = try parseASN1(ArraySlice(reply), "the timestamp reply").children("the timestamp reply")
        let status = try element(try element(f, 0, "the reply status").children("the reply status"), 0, "the reply status")
        let code = try Int(berEncoded: status)
        guard code == 0 || code == 1, f.count > 1 else {
            throw SignError("The timestamp authority refused the request (PKIStatus \(code)).")
        }
        return Array(f[1].encodedBytes)
    }

    /// POSTs the request and waits for the reply, bounded in time and size.
    private func post(_ body: [UInt8]) throws -> [UInt8] {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/timestamp-query", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body)
        let box = ReplyBox()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
        }
        task.resume()
        guard box.wait(seconds: timeout + 5) else {
            task.cancel()
            throw SignError("The timestamp authority \(url) did not answer within \(Int(timeout)) s.")
        }
        let (data, response, error) = box.value
        if let error { throw SignError("The timestamp authority \(url) cannot be reached: \(error.localizedDescription)") }
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            throw SignError("The timestamp authority \(url) answered HTTP \(status) instead of a timestamp.")
        }
        guard let data, data.count <= Self.maximumReply else { throw SignError("The timestamp authority \(url) sent an empty or oversized reply.") }
        return Array(data)
    }
}

/// The result of one URLSession task, handed across threads under a semaphore (so `Sendable` holds).
private final class ReplyBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stored: (Data?, URLResponse?, Error?) = (nil, nil, nil)

    func set(data: Data?, response: URLResponse?, error: Error?) {
        lock.lock(); stored = (data, response, error); lock.unlock()
        done.signal()
    }

    func wait(seconds: TimeInterval) -> Bool { done.wait(timeout: .now() + seconds) == .success }

    var value: (Data?, URLResponse?, Error?) { lock.lock(); defer { lock.unlock() }; return stored }
}
