import Foundation
import SwiftASN1
import X509
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches the CRLs a signer's certificates name in their CRL distribution points (http URLs only, as
/// PAdES B-LT wants them in the DSS), when they are reachable. Each list must be issued by the certificate's
/// issuer in the chain, or it is not used. What could not be fetched is said, never silently left out.
public struct RevocationFetcher: Sendable {
    /// How long one download may take.
    public var timeout: TimeInterval
    /// A CRL larger than this is refused (a hostile server must not fill the memory).
    public var maxBytes = 16 * 1024 * 1024

    public init(timeout: TimeInterval = 15) { self.timeout = timeout }

    /// The lists fetched for `identity`'s certificate and chain, and a sentence for each that failed.
    public func fetch(for identity: SigningIdentity, skipping covered: Set<[UInt8]> = []) -> (lists: [RevocationList], problems: [String]) {
        fetch(certificates: [identity.certificateDER] + identity.chainDER, skipping: covered)
    }

    /// The lists for `certificates` (DER; their issuers among them), leaving out those in `covered`.
    public func fetch(certificates ders: [[UInt8]], skipping covered: Set<[UInt8]> = []) -> (lists: [RevocationList], problems: [String]) {
        let all = ders.compactMap { try? Certificate(derEncoded: $0) }
        var lists: [RevocationList] = [], problems: [String] = []
        var fetched: [URL: Bool] = [:]     // a URL two certificates share is fetched once
        for certificate in all {
            // A self-signed root is its own anchor: nothing revokes it. An OCSP response may cover it already.
            guard certificate.subject != certificate.issuer,
                  !covered.contains((try? derBytes { try $0.serialize(certificate) }) ?? []) else { continue }
            let urls = Self.distributionPoints(of: certificate)
            guard !urls.isEmpty else { continue }
            let issuer = all.first { $0.subject == certificate.issuer }
            var got = false
            for url in urls where !got {
                if let known = fetched[url] { got = known; continue }
                do {
                    let list = try RevocationList(der: try download(url))
                    if let issuer, !list.isIssued(by: issuer) {
                        problems.append("the CRL at \(url) is not signed by \(issuer.subject): not used")
                        fetched[url] = false
                        continue
                    }
                    lists.append(list)
                    fetched[url] = true
                    got = true
                } catch let e as SignError {
                    problems.append(e.message)
                    fetched[url] = false
                } catch {
                    problems.append("the CRL at \(url) cannot be read (\(error))")
                    fetched[url] = false
                }
            }
            if !got { problems.append("no CRL for \(certificate.subject) could be fetched; give one with --crl") }
        }
        return (lists, problems)
    }

    /// The http(s) URLs of a certificate's CRL distribution points (RFC 5280 4.2.1.13: the full names'
    /// uniformResourceIdentifier entries).
    public static func distributionPoints(of certificate: Certificate) -> [URL] {
        guard let ext = certificate.extensions[oid: [2, 5, 29, 31]],
              let root = try? DER.parse(ext.value), case .constructed(let points) = root.content else { return [] }
        var urls: [URL] = []
        for point in points {
            guard case .constructed(let fields) = point.content else { continue }
            // distributionPoint [0] (a CHOICE, so explicitly tagged) → fullName [0] IMPLICIT GeneralNames.
            for name in fields where name.identifier.tagClass == .contextSpecific && name.identifier.tagNumber == 0 {
                guard case .constructed(let choices) = name.content else { continue }
                for choice in choices where choice.identifier.tagClass == .contextSpecific && choice.identifier.tagNumber == 0 {
                    guard case .constructed(let generalNames) = choice.content else { continue }
                    for general in generalNames where general.identifier.tagClass == .contextSpecific && general.identifier.tagNumber == 6 {
                        guard case .primitive(let bytes) = general.content,
                              let text = String(bytes: bytes, encoding: .ascii), let url = URL(string: text),
                              url.scheme == "http" || url.scheme == "https" else { continue }
                        urls.append(url)
                    }
                }
            }
        }
        return urls
    }

    /// The OCSP responses for `identity`'s certificate and chain from the responders their Authority
    /// Information Access names (http POST), each checked before it is kept: signed by the issuer or a
    /// responder it authorised, about this certificate, current. `covered` holds the certificates (DER) a
    /// response was kept for, so that no CRL need be fetched for them.
    public func fetchOCSP(for identity: SigningIdentity, at time: Date = Date())
        -> (responses: [OCSPResponse], problems: [String], covered: Set<[UInt8]>) {
        fetchOCSP(certificates: [identity.certificateDER] + identity.chainDER, at: time)
    }

    /// The responses for `certificates` (DER; their issuers among them), leaving out those in `skipping`.
    public func fetchOCSP(certificates ders: [[UInt8]], skipping: Set<[UInt8]> = [], at time: Date = Date())
        -> (responses: [OCSPResponse], problems: [String], covered: Set<[UInt8]>) {
        let pairs = ders.compactMap { der in (try? Certificate(derEncoded: der)).map { ($0, der) } }
        let all = pairs.map(\.0)
        var responses: [OCSPResponse] = [], problems: [String] = [], covered: Set<[UInt8]> = []
        for (certificate, der) in pairs where certificate.subject != certificate.issuer && !skipping.contains(der) {
            let urls = OCSPRequestBuilder.responderURLs(of: certificate)
            guard !urls.isEmpty else { continue }
            guard let issuer = all.first(where: { $0.subject == certificate.issuer }) else {
                problems.append("the OCSP status of \(certificate.subject) cannot be asked without its issuer: give it with --chain")
                continue
            }
            for url in urls where !covered.contains(der) {
                do {
                    let body = try OCSPRequestBuilder.request(forCertificateDER: der, issuer: issuer)
                    var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
                    request.httpMethod = "POST"
                    request.httpBody = Data(body)
                    request.setValue("application/ocsp-request", forHTTPHeaderField: "Content-Type")
                    let response = try OCSPResponse(der: try download(request, what: "the OCSP response from \(url)", limit: 1 << 20))
                    guard response.responseStatus == 0 else {
                        problems.append("the OCSP responder at \(url) refused the request (status \(response.responseStatus))")
                        continue
                    }
                    guard response.status(ofCertificateDER: der, issuer: issuer, at: time) != nil else {
                        problems.append("the OCSP response from \(url) is not signed by \(issuer.subject) or a responder it authorised, or is not about \(certificate.subject): not used")
                        continue
                    }
                    responses.append(response)
                    covered.insert(der)
                } catch let e as SignError {
                    problems.append(e.message)
                } catch {
                    problems.append("the OCSP response from \(url) cannot be read (\(error))")
                }
            }
        }
        return (responses, problems, covered)
    }

    private func download(_ url: URL) throws -> [UInt8] {
        try download(URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout), what: "the CRL at \(url)", limit: maxBytes)
    }

    private func download(_ request: URLRequest, what: String, limit: Int) throws -> [UInt8] {
        let box = DownloadBox()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.finish(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
        }
        task.resume()
        guard box.wait(seconds: timeout + 5) else {
            task.cancel()
            throw SignError("\(what) did not come within \(Int(timeout)) s")
        }
        let (data, status, error) = box.result
        if let error { throw SignError("\(what) cannot be fetched (\(error.localizedDescription))") }
        guard status == 200, let data else { throw SignError("\(what) cannot be fetched (HTTP \(status.map(String.init) ?? "?"))") }
        guard data.count <= limit else { throw SignError("\(what) is larger than \(max(1, limit / 1_048_576)) MiB: not used") }
        return Array(data)
    }
}

/// Hands a URLSession result to the waiting thread.
private final class DownloadBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stored: (Data?, Int?, Error?) = (nil, nil, nil)

    func finish(data: Data?, status: Int?, error: Error?) {
        lock.lock(); stored = (data, status, error); lock.unlock()
        done.signal()
    }

    func wait(seconds: TimeInterval) -> Bool { done.wait(timeout: .now() + seconds) == .success }

    var result: (Data?, Int?, Error?) { lock.lock(); defer { lock.unlock() }; return stored }
}
