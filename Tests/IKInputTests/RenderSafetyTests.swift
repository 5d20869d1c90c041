import Foundation
import XCTest

/// `ikplan render` as a hostile machine meets it: a full disk, a file-size limit, signals at the worst
/// moment, a folder in a PDF's place. Each time the previous output stays exactly as it was and no
/// temporary file is left behind. Runs the built binary as a user would.
final class RenderSafetyTests: XCTestCase {
    /// What `render` writes for the example: one file per document of the catalogue.
    static let exampleOutputs = ["beslutsunderlag.pdf", "checklists.pdf", "minutes.pdf", "plan.pdf", "uppfoljning-2026-T1.pdf"]

    struct Run { var status: Int32; var signalled: Bool; var stderr: String }

    /// The built debug binary; `IKPLAN_SAFETY_BINARY` points the tests at another (an older build, to see them fail).
    static var binary: URL {
        ProcessInfo.processInfo.environment["IKPLAN_SAFETY_BINARY"].map { URL(fileURLWithPath: $0) }
            ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/ikplan")
    }
    static var example: URL { Fixtures.packageRoot.appendingPathComponent("examples/ange-2026") }
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    private var work: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            if Self.inCI { XCTFail("no built ikplan at \(Self.binary.path)"); throw XCTSkip("no binary") }
            throw XCTSkip("no built ikplan at \(Self.binary.path); run swift build first")
        }
        work = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-safety-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        guard let work else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? [] {
            umount(work.appendingPathComponent(name).path)      // a test's tmpfs, if it is still mounted
        }
        try? FileManager.default.removeItem(at: work)
    }

    /// Starts `ikplan render`; `shell` wraps it (`ulimit -f 8; exec "$@"`).
    func start(_ plan: URL, out: URL, environment: [String: String] = [:], shell: String? = nil) throws -> (Process, URL) {
        let p = Process()
        let args = ["render", plan.path, "-o", out.path]
        if let shell {
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", shell, "sh", Self.binary.path] + args
        } else {
            p.executableURL = Self.binary
            p.arguments = args
        }
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // stderr to a file: a pipe nobody reads while we wait could block the child.
        let err = work.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return (p, err)
    }

    func finish(_ started: (Process, URL)) throws -> Run {
        started.0.waitUntilExit()
        return Run(status: started.0.terminationStatus, signalled: started.0.terminationReason == .uncaughtSignal,
                   stderr: String(decoding: try Data(contentsOf: started.1), as: UTF8.self))
    }

    func render(_ plan: URL = RenderSafetyTests.example, out: URL, shell: String? = nil) throws -> Run {
        try finish(try start(plan, out: out, shell: shell))
    }

    /// Every file of `folder` with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The example's three PDFs from a good run, made once per test that needs them.
    func goodOutput() throws -> [String: Data] {
        let out = work.appendingPathComponent("good")
        let r = try render(out: out)
        XCTAssertEqual(r.status, 0, r.stderr)
        let files = try snapshot(out)
        XCTAssertEqual(files.keys.sorted(), Self.exampleOutputs)
        return files
    }

    /// A tmpfs of `kib` KiB (and `inodes` files at most) at `work/name`; skipped outside root, a failure in CI.
    func smallDisk(_ name: String, kib: Int, inodes: Int? = nil) throws -> URL {
        let mount = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        var options = "size=\(kib)k"
        if let inodes { options += ",nr_inodes=\(inodes)" }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", mount.path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let why = "cannot mount a small tmpfs (needs root and CAP_SYS_ADMIN): the full-disk test cannot run"
            if Self.inCI { XCTFail(why) }
            throw XCTSkip(why)
        }
        return mount
    }

    func temporaries(_ folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }
    }

    // MARK: - Full disk

    func testAFullDiskReplacesNothingAndSaysSo() throws {
        let good = try goodOutput()
        // Room for the old PDFs and a little more, not for a second set.
        let total = good.values.map(\.count).reduce(0, +)
        let disk = try smallDisk("full", kib: total / 1024 + 96)
        for (name, data) in good { try data.write(to: disk.appendingPathComponent(name)) }
        // Make the new output differ from the old, so a replaced file would show.
        var stale = try XCTUnwrap(good["plan.pdf"])
        stale.append(Data("%old\n".utf8))
        try stale.write(to: disk.appendingPathComponent("plan.pdf"))
        let before = try snapshot(disk)

        let r = try render(out: disk)
        XCTAssertNotEqual(r.status, 0, "a full disk must not end in success:\n\(r.stderr)")
        XCTAssertTrue(r.stderr.contains("No space left on device"), r.stderr)
        XCTAssertTrue(r.stderr.contains("hint: the disk"), r.stderr)
        XCTAssertFalse(r.stderr.contains("wrote "), "it claims a file was written:\n\(r.stderr)")
        XCTAssertEqual(try snapshot(disk), before, "the previous PDFs changed")
    }

    func testAnEmptyFullDiskGetsNoFileAtAll() throws {
        let disk = try smallDisk("tiny", kib: 64)
        let r = try render(out: disk)
        XCTAssertNotEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: disk.path), [], "a truncated or partial file stayed")
    }

    func testOutOfInodesLeavesNoPlanBesideAFailedMinutes() throws {
        // Room in bytes, but files for the folder and two more only.
        let disk = try smallDisk("inodes", kib: 4096, inodes: 3)
        let r = try render(out: disk)
        XCTAssertNotEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: disk.path), [], "some files of a failed run stayed")
    }

    // MARK: - File-size limit

    func testAFileSizeLimitIsAnErrorMessageNotAKill() throws {
        let out = work.appendingPathComponent("limited")
        let r = try render(out: out, shell: "ulimit -f 64; exec \"$@\"")    // 64 blocks of 512 bytes
        XCTAssertFalse(r.signalled, "killed by SIGXFSZ:\n\(r.stderr)")
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("File too large"), r.stderr)
        XCTAssertTrue(r.stderr.contains("ulimit -f"), r.stderr)
        XCTAssertEqual(try snapshot(out), [:], "a file of the failed run stayed")
    }

    // MARK: - Signals

    /// Starts a render that holds with its temporaries written, waits until they exist, sends `sig`.
    func interrupt(with sig: Int32, out: URL) throws -> Run {
        let started = try start(Self.example, out: out, environment: ["IKPLAN_TEST_HOLD_BEFORE_RENAME_MS": "20000"])
        let deadline = Date().addingTimeInterval(60)
        while try temporaries(out).count < Self.exampleOutputs.count, Date() < deadline, started.0.isRunning { usleep(20_000) }
        XCTAssertEqual(try temporaries(out).count, Self.exampleOutputs.count, "the run never reached its renames")
        kill(started.0.processIdentifier, sig)
        return try finish(started)
    }

    func testSIGTERMAndSIGINTRemoveTheRunsTemporariesAndKeepThePreviousFiles() throws {
        let good = try goodOutput()
        for sig in [SIGTERM, SIGINT] {
            let out = work.appendingPathComponent("signal-\(sig)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (name, data) in good { try (data + Data("%old\n".utf8)).write(to: out.appendingPathComponent(name)) }
            let before = try snapshot(out)
            let r = try interrupt(with: sig, out: out)
            XCTAssertTrue(r.signalled, "signal \(sig): the run should end as the signal says; status \(r.status)")
            XCTAssertEqual(r.status, sig)
            XCTAssertEqual(try temporaries(out), [], "signal \(sig) left temporaries")
            XCTAssertEqual(try snapshot(out), before, "signal \(sig) changed the previous files")
        }
    }

    func testTheNextRunRemovesTemporariesThatSIGKILLLeft() throws {
        let out = work.appendingPathComponent("killed")
        let r = try interrupt(with: SIGKILL, out: out)
        XCTAssertTrue(r.signalled)
        XCTAssertEqual(try temporaries(out).count, Self.exampleOutputs.count, "SIGKILL cannot be handled: its temporaries stay")
        let next = try render(out: out)
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(try temporaries(out), [], "the next run did not clean up")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(),
                       Self.exampleOutputs)
    }

    // MARK: - Things in the way

    func testAFolderNamedLikeAPDFIsRefusedNeverDeleted() throws {
        let out = work.appendingPathComponent("folder")
        let inTheWay = out.appendingPathComponent("minutes.pdf")
        try FileManager.default.createDirectory(at: inTheWay, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: inTheWay.appendingPathComponent("notes.txt"))
        let r = try render(out: out)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(inTheWay.path): will not replace it: it is a folder"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: inTheWay.appendingPathComponent("notes.txt")), Data("mine".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["minutes.pdf"],
                       "plan.pdf was written although the run failed")
    }
}
