import ArgumentParser
import Foundation
import IKArchive
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// `ikplan render <plan-folder> [-o DIR] [--layout FILE] [--png]`: writes every document of
/// `DocumentCatalogue.all` the plan yields. An invalid plan is refused with the validate diagnostics (exit 65).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the plan (plan.pdf), the stickprov checklists (checklists.pdf) and, when the plan has a meeting, the minutes (minutes.pdf) and the decision bundle (beslutsunderlag.pdf).",
        discussion: """
            Every PDF of the run is written to a temporary file, flushed to disk, and only when all are \
            complete renamed into place, so a failed run leaves the previous output untouched. A file in \
            the way that ikplan did not write (a folder, a link, another program's file) is never replaced. What was written (path, pages, milliseconds) goes to standard error.

            Exit status: 0 written, 65 the plan has errors, 66 no plan.yaml in the folder, 1 anything else.
            """)

    @Argument(help: "The plan folder: plan.yaml and the Markdown files it names.")
    var planFolder: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "out"

    @Option(help: "The plan's layout file (default: Layouts/plan-ange.yaml).")
    var layout: String?

    @Option(help: "The minutes' layout file (default: Layouts/minutes-ange.yaml; Layouts/minutes-protokoll.yaml for the formal protokoll).")
    var minutesLayout: String?

    @Flag(help: "Also write page images (PNG, 60 dpi) with pdftoppm.")
    var png = false

    @Flag(help: "Write Cairo's PDF as it is, without the PDF/A-2 archive metadata (XMP, sRGB output intent, /ID).")
    var noPdfa = false

    func run() throws {
        let start = DispatchTime.now()
        let folder = URL(fileURLWithPath: planFolder, isDirectory: true)
        let setup = Background { try DocumentContext() }
        let (loaded, diagnostics) = PlanLoader.load(folder: folder)
        if !diagnostics.isEmpty { Self.stderr(diagnostics.renderedText(), newline: false) }
        guard let plan = loaded else {
            Self.stderr("ikplan: \(folder.path): \(diagnostics.summary); nothing written")
            throw ExitCode(ExitStatus.of(folder: folder, diagnostics: diagnostics).rawValue)
        }
        do {
            let context = try setup.value()
            var layouts: [String: URL] = [:]
            layouts[Document.plan.id] = layout.map { URL(fileURLWithPath: $0) }
            layouts[Document.minutes.id] = minutesLayout.map { URL(fileURLWithPath: $0) }
            let run = DocumentRun(plan: plan, folder: folder, context: context, layouts: layouts)
            for w in run.context.warnings { Self.stderr("ikplan: warning: \(w)") }
            // PDF/UA-1 and PDF/A-2a by default: what archives ask for, and what a signature is added to.
            let steps = ArchiveSteps.standard(language: plan.info.language, archive: !noPdfa)
            let report = try run.write(to: URL(fileURLWithPath: output, isDirectory: true), output: PDFOutput(steps: steps))
            for w in report.warnings { Self.stderr("ikplan: warning: \(w)") }
            for out in report.outputs {
                Self.stderr("wrote \(out.url.path): \(Self.pages(out.pages)), \(out.milliseconds) ms")
                if png { try Self.pageImages(out.url) }
            }
        } catch let e as ExitCode {
            throw e
        } catch let e as LayoutFileError {
            Self.stderr("\(e)")                       // already "file:line: error: message" with its hint
            throw ExitCode(ExitStatus.failure.rawValue)
        } catch {
            Self.stderr("ikplan: error: \(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        Self.stderr("done in \(Self.ms(since: start)) ms")
    }

    /// `pdftoppm -r 60 -png out/plan.pdf out/plan` → out/plan-01.png, …
    static func pageImages(_ pdf: URL) throws {
        let prefix = pdf.deletingPathExtension().path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pdftoppm", "-r", "60", "-png", pdf.path, prefix]
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch {
            stderr("ikplan: warning: cannot run pdftoppm (\(error)); no page images written")
            return
        }
        p.waitUntilExit()
        if p.terminationStatus == 127 {
            stderr("ikplan: warning: pdftoppm is missing (Debian: apt-get install poppler-utils); no page images written")
        } else if p.terminationStatus != 0 {
            stderr("ikplan: warning: pdftoppm failed (status \(p.terminationStatus)); no page images written")
        } else {
            stderr("wrote \(prefix)-*.png")
        }
    }

    /// "1 page", "15 pages": what a person reads in the run's report.
    static func pages(_ n: Int) -> String { n == 1 ? "1 page" : "\(n) pages" }

    static func ms(since t: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1_000_000) }

    static func stderr(_ s: String, newline: Bool = true) {
        StandardStreams.error(newline ? s + "\n" : s)
    }
}
