import ArgumentParser
import Foundation
import IKArchive
import IKDocuments
import IKEngine
import IKInput
import IKModel

/// `ikplan render <plan-folder> [-o DIR] [--layout FILE] [--png]`: writes the plan (and the documents
/// listed in `RenderOutput.all`) as PDF. An invalid plan is refused with the validate diagnostics (exit 65).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the plan (plan.pdf) and, when the plan has a meeting, the minutes (minutes.pdf) and the decision bundle (beslutsunderlag.pdf).",
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
            let planFile = folder.appendingPathComponent("plan.yaml").path
            throw ExitCode(FileManager.default.fileExists(atPath: planFile) ? 65 : 66)
        }
        let outDir = URL(fileURLWithPath: output, isDirectory: true)
        do {
            let context = try setup.value()
            for w in context.warnings { Self.stderr("ikplan: warning: \(w)") }
            let inputs = RenderInputs(plan: plan, folder: folder, context: context,
                                      layout: layout.map { URL(fileURLWithPath: $0) },
                                      minutesLayout: minutesLayout.map { URL(fileURLWithPath: $0) })
            // Every document is laid out before any is written: a bad --minutes-layout must not leave a new
            // plan.pdf beside the old minutes.
            var documents: [(URL, RenderedDocument, Int)] = []
            for out in RenderOutput.all {
                let t0 = DispatchTime.now()
                guard let document = try out.make(inputs) else { continue }   // nothing to write for this plan
                documents.append((outDir.appendingPathComponent(out.fileName), document, Self.ms(since: t0)))
            }
            let missing = context.layout.shaper.missingGlyphs
            if !missing.isEmpty {
                Self.stderr("ikplan: warning: \(missing.count) text(s) hold characters the bundled fonts cannot draw; they print as boxes:")
                for text in missing.prefix(5) { Self.stderr("  «\(text)»") }
                Self.stderr("  hint: write them with letters the fonts have, or add a font with those glyphs to Fonts/")
            }
            // Drawn in memory, then written all at once: a failure replaces no file.
            var files: [PDFOutput.File] = []
            var drawMs: [Int] = []
            for (url, document, _) in documents {
                let t0 = DispatchTime.now()
                files.append(PDFOutput.File(url: url, pdf: try document.pdf()))
                drawMs.append(Self.ms(since: t0))
            }
            // PDF/A-2 by default: what archives ask for, and what a signature is added to.
            // PDF/UA-1 first (artifacts, alternative texts, header scopes), then PDF/A-2a claiming both.
            let language = plan.info.language
            let steps: [any PDFPostProcessor] = noPdfa ? [] : [
                PDFUAStep(language: language),
                PDFAStep(converter: PDFAConverter(conformance: .accessible, universalAccessibility: true, language: language)),
            ]
            try PDFOutput(steps: steps).write(files)
            for (index, (url, document, layoutMs)) in documents.enumerated() {
                Self.stderr("wrote \(url.path): \(document.pages.count) pages, \(layoutMs + drawMs[index]) ms")
                if png { try Self.pageImages(url) }
            }
        } catch let e as ExitCode {
            throw e
        } catch let e as LayoutFileError {
            Self.stderr("\(e)")                       // already "file:line: error: message" with its hint
            throw ExitCode.failure
        } catch {
            Self.stderr("ikplan: error: \(error)")
            throw ExitCode.failure
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

    static func ms(since t: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1_000_000) }

    static func stderr(_ s: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? s + "\n" : s).utf8))
    }
}

/// What every output is made from. Each document is laid out at most once per run and shared by the
/// outputs that need it (the decision bundle reuses the plan's and the minutes' pages).
final class RenderInputs {
    let plan: Plan
    let folder: URL
    let context: DocumentContext
    /// `--layout`: the plan's layout file, when given.
    let layout: URL?
    /// `--minutes-layout`: the minutes' layout file, when given.
    let minutesLayout: URL?
    private var planCache: RenderedDocument?
    private var minutesCache: RenderedDocument??

    init(plan: Plan, folder: URL, context: DocumentContext, layout: URL?, minutesLayout: URL?) {
        self.plan = plan; self.folder = folder; self.context = context; self.layout = layout; self.minutesLayout = minutesLayout
    }

    func planDocument() throws -> RenderedDocument {
        if let planCache { return planCache }
        let layout = try context.layoutFile(layout ?? LayoutFile.bundled("plan-ange"))
        let document = try PlanDocument(plan: plan, layout: layout, context: context, folder: folder).render()
        planCache = document
        return document
    }

    /// nil when the plan names no meeting.
    func minutes() throws -> RenderedDocument? {
        if let minutesCache { return minutesCache }
        let layout = try context.layoutFile(minutesLayout ?? LayoutFile.bundled("minutes-ange"))
        let document = try MinutesDocument(plan: plan, layout: layout)?.render(context)
        minutesCache = .some(document)
        return document
    }
}

/// One PDF that `render` writes. Adding a document (minutes, decision basis) is one more entry in `all`.
struct RenderOutput: Sendable {
    let fileName: String
    /// nil: this plan has nothing for this output (no meeting, no minutes).
    let make: @Sendable (RenderInputs) throws -> RenderedDocument?

    static let all: [RenderOutput] = [
        RenderOutput(fileName: "plan.pdf") { try $0.planDocument() },
        RenderOutput(fileName: MinutesDocument.fileName) { try $0.minutes() },
        // Reuses the pages laid out for plan.pdf and minutes.pdf.
        RenderOutput(fileName: DecisionBundle.fileName) { i in
            guard let minutes = try i.minutes() else { return nil }
            return DecisionBundle(minutes: minutes, plan: try i.planDocument()).rendered
        },
    ]
}
