import Foundation
import IKTestSupport

/// The PKI folder, removed when the test process exits (read by the atexit handler only).
nonisolated(unsafe) private var pkiFolderToRemove: String?

/// A throw-away PKI made with openssl for the tests (nothing of it is committed): a root CA, signers (RSA with
/// non-repudiation, ECDSA P-256), an expired signer, a revoked signer with the CA's CRL, a certificate without
/// signing key usage, a short RSA key, and a time-stamping authority with a critical timeStamping EKU.
/// Made once per test process, in a temporary folder removed at exit.
final class TestPKI: @unchecked Sendable {
    /// The folder holding every file.
    let dir: URL
    /// Shared by all tests of the process (generation takes about a second).
    static let shared: TestPKI = {
        do { return try TestPKI() } catch { preconditionFailure("cannot make the test PKI: \(error)") }
    }()

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    var caCert: String { path("ca.pem") }
    var crl: String { path("ca.crl.pem") }
    /// Signer names: "signer" (RSA), "ec" (P-256), "expired", "revoked", "nousage", "short", "tsa".
    func cert(_ name: String) -> String { path("\(name).pem") }
    func key(_ name: String) -> String { path("\(name).key") }

    private init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-pki-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        pkiFolderToRemove = dir.path
        atexit { if let d = pkiFolderToRemove { try? FileManager.default.removeItem(atPath: d) } }
        try write("index.txt", "")
        try write("serial", "1000\n")
        try write("crlnumber", "01\n")
        try write("ca.cnf", """
            [ ca ]
            default_ca = testca
            [ testca ]
            dir = \(dir.path)
            database = $dir/index.txt
            new_certs_dir = $dir
            serial = $dir/serial
            crlnumber = $dir/crlnumber
            default_md = sha256
            default_days = 365
            default_crl_days = 30
            policy = anything
            unique_subject = no
            copy_extensions = none
            [ anything ]
            commonName = supplied
            organizationName = optional
            countryName = optional
            [ req ]
            distinguished_name = dn
            [ dn ]
            [ v3_ca ]
            basicConstraints = critical,CA:TRUE
            keyUsage = critical,keyCertSign,cRLSign
            subjectKeyIdentifier = hash
            [ signer ]
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature,nonRepudiation
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            [ nousage ]
            basicConstraints = CA:FALSE
            keyUsage = critical,keyEncipherment
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            [ tsa ]
            basicConstraints = CA:FALSE
            keyUsage = critical,digitalSignature,nonRepudiation
            extendedKeyUsage = critical,timeStamping
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            """)
        try openssl(["req", "-new", "-x509", "-config", path("ca.cnf"), "-extensions", "v3_ca", "-days", "3650",
                     "-newkey", "rsa:2048", "-nodes", "-keyout", key("ca"), "-out", caCert, "-utf8",
                     "-subj", "/C=SE/O=Testkommunen/CN=Testkommunens rot-CA"])
        try issue("signer", subject: "/C=SE/O=Testkommunen/CN=Eva Mörk Månsson", profile: "signer")
        try issue("ec", subject: "/C=SE/O=Testkommunen/CN=Per Östlund", profile: "signer", keyType: ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"])
        try issue("expired", subject: "/C=SE/O=Testkommunen/CN=Utgången Signerare", profile: "signer",
                  dates: ["-startdate", "20200101000000Z", "-enddate", "20210101000000Z"])
        try issue("revoked", subject: "/C=SE/O=Testkommunen/CN=Spärrad Signerare", profile: "signer")
        try issue("nousage", subject: "/C=SE/O=Testkommunen/CN=Krypterings Nyckel", profile: "nousage")
        try issue("short", subject: "/C=SE/O=Testkommunen/CN=Kort Nyckel", profile: "signer", keyType: ["-newkey", "rsa:1024"])
        try issue("tsa", subject: "/C=SE/O=Testkommunen/CN=Testkommunens tidsstämpel", profile: "tsa")
        try openssl(["ca", "-config", path("ca.cnf"), "-batch", "-revoke", cert("revoked"), "-keyfile", key("ca"), "-cert", caCert])
        try openssl(["ca", "-config", path("ca.cnf"), "-batch", "-gencrl", "-keyfile", key("ca"), "-cert", caCert, "-out", crl])
    }

    private func issue(_ name: String, subject: String, profile: String,
                       keyType: [String] = ["-newkey", "rsa:2048"], dates: [String] = []) throws {
        try openssl(["req", "-new", "-config", path("ca.cnf")] + keyType + ["-nodes", "-keyout", key(name),
                     "-out", path("\(name).csr"), "-utf8", "-subj", subject])
        try openssl(["ca", "-config", path("ca.cnf"), "-batch", "-notext", "-utf8", "-extensions", profile,
                     "-keyfile", key("ca"), "-cert", caCert, "-in", path("\(name).csr"), "-out", cert(name)] + dates)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    @discardableResult
    func openssl(_ args: [String]) throws -> String {
        try PDFTool.run("openssl", args)
    }
}
