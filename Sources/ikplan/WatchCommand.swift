import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `ikplan watch FOLDER [-o DIR] [render options]`: renders, then renders again whenever a file of the plan
/// folder (or a layout file named on the command line) is saved, with the diagnostics of each run. Polls
/// modification times, so it works on every file system, and waits until saving has settled.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render the plan folder, then again on every save, showing the diagnostics (stop with Ctrl-C).",
        discussion: """
            Each render is a separate `ikplan render` run with the same options, all or nothing: a plan with \
            errors prints them and leaves the previous PDFs in place. The folder is checked twice a second; a \
            render starts once no file has changed for a moment, so an editor's save in several steps gives one run.
            """)

    @Argument(help: "The plan folder.")
    var planFolder: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @Option(help: "The documents to write, comma-separated (as render --only).")
    var only: String?

    @Option(help: "The plan's layout: a built-in name or a layout file (as render --layout).")
    var layout: String?

    @Option(help: "The minutes' layout: a built-in name or a layout file (as render --minutes-layout).")
    var minutesLayout: String?

    func run() throws {
        let folder = URL(fileURLWithPath: planFolder, isDirectory: true)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            RenderCommand.stderr("ikplan: error: \(folder.path): no such folder")
            throw ExitCode(66)
        }
        var arguments = ["render", planFolder, "-o", output]
        if let only { arguments += ["--only", only] }
        if let layout { arguments += ["--layout", layout] }
        if let minutesLayout { arguments += ["--minutes-layout", minutesLayout] }
        let extra = [layout, minutesLayout].compactMap { $0 }.filter { $0.contains("/") || $0.hasSuffix(".yaml") }
            .map { URL(fileURLWithPath: $0) }
        let outputFolder = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL.path
        let poll = ProcessInfo.processInfo.environment["IKPLAN_WATCH_POLL_MS"].flatMap(UInt32.init) ?? 500

        var seen = Self.snapshot(folder, extra: extra, skipping: outputFolder)
        Self.render(arguments)
        RenderCommand.stderr("watching \(folder.path) (Ctrl-C stops)")
        while true {
            usleep(poll * 1000)
            var now = Self.snapshot(folder, extra: extra, skipping: outputFolder)
            guard now != seen else { continue }
            // Debounce: wait until two polls in a row see the same state.
            repeat {
                seen = now
                usleep(poll * 1000)
                now = Self.snapshot(folder, extra: extra, skipping: outputFolder)
            } while now != seen
            RenderCommand.stderr("\n— \(Self.clock()) change seen, rendering —")
            Self.render(arguments)
        }
    }

    /// Modification time and size of every file under the plan folder (not the output folder, not hidden
    /// files such as editors' swap files), and of the layout files named.
    static func snapshot(_ folder: URL, extra: [URL], skipping output: String) -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        func note(_ path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return }
            result[path] = "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_size)"
        }
        if let walker = fm.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
            for case let url as URL in walker {
                if url.standardizedFileURL.path == output { walker.skipDescendants(); continue }
                note(url.path)
            }
        }
        for url in extra { note(url.path) }
        return result
    }

    /// One `ikplan render` run of this same binary; its diagnostics go straight to our standard error.
    static func render(_ arguments: [String]) {
        let p = Process()
        p.executableURL = ResourceLocatorExecutable.url
        p.arguments = arguments
        do { try p.run(); p.waitUntilExit() } catch {
            RenderCommand.stderr("ikplan: error: cannot start a render: \(error)")
            return
        }
        if p.terminationStatus != 0 { RenderCommand.stderr("(render exited \(p.terminationStatus); the previous PDFs are unchanged)") }
    }

    static func clock() -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f.string(from: Date())
    }
}

/// This binary's own path, for running it again.
enum ResourceLocatorExecutable {
    static var url: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "ikplan")
    }
}
