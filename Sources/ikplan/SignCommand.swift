import ArgumentParser
import Foundation
import IKEngine
import IKForms
import IKSign

/// `ikplan sign IN.pdf -o OUT.pdf --cert CERT.pem --key KEY.pem …`: appends a PAdES signature (B-B, B-T with
/// --tsa, B-LT with --validation-info) as an incremental update. Nothing is written on any error.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a PDF (PAdES, ETSI.CAdES.detached) as an incremental update.",
        discussion: """
            The signed bytes stay untouched, so earlier signatures stay valid and a PDF/A file stays PDF/A.
            --tsa adds an RFC 3161 signature timestamp (PAdES B-T); --validation-info adds the chain and the given
            CRLs/OCSP responses as a DSS (B-LT): without --crl/--ocsp it fetches OCSP
            responses (Authority Information Access) and CRLs (distribution points) when reachable. Passwords are never taken on the command line.
            Exit status: 0 signed, 1 refused (the message says why; nothing written).
            """)

    @Argument(help: "The PDF to sign.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the signed copy (a new file; --force replaces one).")
    var output: String

    @Option(help: "The signer's certificate (PEM).")
    var cert: String?

    @Option(help: "The signer's private key (PEM, unencrypted).")
    var key: String?

    @Option(help: "Intermediate certificates to embed (PEM, one or more).")
    var chain: String?

    @Option(help: "A PKCS#12 file with certificate and key (instead of --cert/--key).")
    var p12: String?

    @Option(help: "A file holding the PKCS#12 password (first line).")
    var passwordFile: String?

    @Option(help: "The environment variable holding the PKCS#12 password.")
    var passwordEnv: String = "IKPLAN_P12_PASSWORD"

    @Option(help: "Why the document is signed, e.g. \"Justerat\".")
    var reason: String?

    @Option(help: "Where it is signed, e.g. \"Ånge\".")
    var location: String?

    @Option(help: "The signer's name as shown (default: the certificate's common name).")
    var name: String?

    @Option(help: "Sign this prepared signature field (its name, e.g. \"Ordförande\").")
    var field: String?

    @Option(help: "Sign visibly in a new field: PAGE,X,Y,WIDTH,HEIGHT (page from 1, millimetres from the top left), e.g. 1,20,230,70,20.")
    var visible: String?

    @Flag(help: "With --field: leave the field's appearance empty instead of drawing name, role and time into it.")
    var noAppearance = false

    @Option(help: "URL of an RFC 3161 time-stamping authority (PAdES B-T).")
    var tsa: String?

    @Flag(help: "Add a DSS with the chain and revocation data (PAdES B-LT).")
    var validationInfo = false

    @Option(parsing: .singleValue, help: "A CRL (PEM or DER) for the DSS; repeatable.")
    var crl: [String] = []

    @Option(parsing: .singleValue, help: "An OCSP response (DER) for the DSS; repeatable.")
    var ocsp: [String] = []

    @Flag(help: "After the DSS, add a document timestamp from --tsa (PAdES B-LTA; implies --validation-info).")
    var lta = false

    @Flag(help: "Replace OUT.pdf if it exists.")
    var force = false

    func run() throws {
        do {
            let identity = try loadIdentity()
            var options = PDFSignOptions(identity: identity)
            options.reason = reason
            options.location = location
            options.name = name
            options.field = field
            var source = try PDFFile.read(input)
            if let visible {
                guard field == nil else { throw SignError("Give either --field (a prepared field) or --visible (a new one), not both.") }
                do {
                    let added = try SignatureFieldPlacement.add(at: try SignatureFieldPlacement.parse(visible), to: source)
                    source = added.bytes
                    options.field = added.field
                } catch EngineError.layout(let message) {
                    throw SignError(message)
                } catch {
                    throw SignError("--visible: the PDF cannot take a new field (\(error)).")
                }
            }
            if options.field != nil && !noAppearance {
                let fonts: FontLibrary
                do { fonts = try FontLibrary(directory: FontLibrary.defaultDirectory()) } catch {
                    throw SignError("The bundled fonts for the visible signature cannot be read (\(error)); give --no-appearance to sign without it.")
                }
                let drawer = SignatureAppearanceDrawer(fonts: fonts)
                options.appearance = { lines, width, height in try drawer.draw(lines: lines, width: width, height: height) }
            }
            if let tsa {
                guard let url = URL(string: tsa), url.scheme == "http" || url.scheme == "https" else {
                    throw SignError("--tsa \(tsa): not an http(s) URL.")
                }
                options.timestampClient = TimestampClient(url: url)
            }
            if lta && options.timestampClient == nil { throw SignError("--lta needs a time-stamping authority: add --tsa URL.") }
            let validationInfo = validationInfo || lta
            if validationInfo || !crl.isEmpty || !ocsp.isEmpty {
                var data = try ValidationData.load(crls: crl, ocsps: ocsp)
                // B-LT without revocation data given: fetch what the certificates point at, when reachable.
                if validationInfo && crl.isEmpty && ocsp.isEmpty {
                    // OCSP first (small, current); CRLs for the certificates no responder answered for.
                    let fetcher = RevocationFetcher()
                    let online = fetcher.fetchOCSP(for: identity)
                    let (lists, problems) = fetcher.fetch(for: identity, skipping: online.covered)
                    data.ocspResponses += online.responses.map(\.der)
                    data.crls += lists
                    for p in online.problems + problems { FileHandle.standardError.write(Data("ikplan: warning: \(p)\n".utf8)) }
                    let n = online.responses.count
                    if n > 0 { FileHandle.standardError.write(Data("ikplan: fetched \(n) OCSP response\(n == 1 ? "" : "s") for the DSS\n".utf8)) }
                    if !lists.isEmpty { FileHandle.standardError.write(Data("ikplan: fetched \(lists.count) CRL\(lists.count == 1 ? "" : "s") for the DSS\n".utf8)) }
                    if options.timestampClient != nil {
                        options.timestampRevocationFetcher = fetcher
                        options.report = { FileHandle.standardError.write(Data("ikplan: \($0)\n".utf8)) }
                    }
                }
                options.validationData = data
            }
            var signed = try PDFSigner.sign(source, options: options)
            if lta, let client = options.timestampClient { signed = try PDFSigner.addDocumentTimestamp(signed, client: client) }
            try PDFFile.writeAtomically(signed, to: output, replacing: force, source: input)
            print("ikplan: signed \(input) → \(output) (\(lta ? "PAdES B-LTA" : options.level))")
        } catch let error as SignError {
            StandardStreams.error("ikplan: error: \(error.message)\nnothing written\n")
            throw ExitCode(1)
        }
    }

    private func loadIdentity() throws -> SigningIdentity {
        if let p12 {
            guard cert == nil, key == nil else { throw SignError("Give either --p12 or --cert and --key, not both.") }
            return try SigningIdentity.loadPKCS12(path: p12, password: try password())
        }
        guard let cert, let key else {
            throw SignError("Name the signer: --cert CERT.pem --key KEY.pem (or --p12 FILE with --password-file).")
        }
        return try SigningIdentity.load(certificate: cert, key: key, chain: chain)
    }

    private func password() throws -> String {
        if let passwordFile {
            let text = try String(contentsOfFile: passwordFile, encoding: .utf8)
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        if let value = ProcessInfo.processInfo.environment[passwordEnv] { return value }
        throw SignError("The PKCS#12 password is missing: put it in a file given with --password-file, or in the environment variable \(passwordEnv).")
    }
}
