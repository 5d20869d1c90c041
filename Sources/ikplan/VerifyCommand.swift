import ArgumentParser
import Foundation
import IKSign

/// `ikplan verify FILE.pdf [--trust CA.pem]… [--format text|json]`: checks every signature of a PDF.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the signatures of a PDF: integrity, signer, chain to a trust anchor, timestamps, later changes.",
        discussion: """
            Exit status: 0 every signature valid and trusted and nothing but validation data, timestamps or further
            signatures added after any of them; 1 otherwise; 2 the file cannot be read or has no signature.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The signed PDF.")
    var file: String

    @Option(parsing: .singleValue, help: "A trusted CA certificate (PEM); repeatable.")
    var trust: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let reports: [SignatureReport]
        do {
            let anchors = try TrustAnchors.load(paths: trust)
            reports = try PDFVerifier.verify(try PDFFile.read(file), trust: anchors)
        } catch let error as SignError {
            StandardStreams.error("ikplan: error: \(error.message)\n")
            throw ExitCode(2)
        }
        if reports.isEmpty {
            StandardStreams.error("ikplan: \(file): dokumentet har ingen underskrift.\n")
            throw ExitCode(2)
        }
        let report: String
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            report = String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
        case .text:
            report = reports.enumerated().map { PDFVerifier.text($0.element, index: $0.offset + 1) + "\n" }.joined()
        }
        // A verdict nobody could read is not a pass.
        do { try StandardStreams.output(report) } catch { throw ExitCode(2) }
        if !reports.allSatisfy(\.valid) { throw ExitCode(1) }
    }
}
