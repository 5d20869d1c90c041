import Foundation
import IKDocuments
import IKEngine
import IKInput
import IKModel
import IKTestSupport

/// One document context for all plan tests (font set-up is paid once) and the example plan, rendered once.
enum PlanDocumentFixture {
    static let context: DocumentContext = {
        do { return try DocumentContext() } catch { preconditionFailure("fonts: \(error)") }
    }()

    static var exampleFolder: URL { ResourceLocator.find("examples").appendingPathComponent("ange-2026") }

    static func examplePlan() throws -> Plan {
        let (plan, diagnostics) = PlanLoader.load(folder: exampleFolder)
        guard let plan else { throw PDFInspectorError("the example plan does not load:\n\(diagnostics.renderedText())") }
        return plan
    }

    static func layout(_ name: String) throws -> LayoutFile { try context.layoutFile(LayoutFile.bundled(name)) }

    static func tempURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-plan-test-\(getpid())-\(name)")
    }

    /// Renders `plan` with a bundled layout into a temporary PDF.
    static func render(_ plan: Plan, layout: String = "plan-ange", name: String) throws -> (URL, RenderedDocument) {
        let document = try PlanDocument(plan: plan, layout: try Self.layout(layout), context: context, folder: exampleFolder).render()
        let url = tempURL(name)
        try document.write(to: url)
        return (url, document)
    }

    /// The example rendered once with the Ånge layout, shared by the tests that only read it.
    static let example: Result<URL, Error> = Result { try render(try examplePlan(), name: "example.pdf").0 }

    /// Text in content-stream order (`pdftotext -raw`): each paragraph's lines stay together even in tables,
    /// normalised like the input (soft-hyphen breaks joined, white space collapsed).
    static func rawText(_ url: URL) throws -> String {
        PDFInspector.normalized(try PDFTool.run("pdftotext", ["-raw", "-enc", "UTF-8", url.path, "-"]))
    }

    /// Lines of a paragraph split over pages that end a page hyphenated, as "page: line".
    static func hyphensAtPageEnds(_ pages: [LaidOutPage]) -> [String] {
        var out: [String] = []
        func walk(_ frame: Frame, page: Int) {
            for (_, item) in frame.items {
                switch item {
                case .text(let t, let lines):
                    // The text goes on past this page (the next page shows its later lines).
                    if lines.upperBound < t.lines.count, let last = lines.last, t.hyphenated[last] {
                        out.append("\(page): \(t.lineText(last))")
                    }
                case .group(let f), .turnedUp(let f): walk(f, page: page)
                default: break
                }
            }
        }
        for page in pages { walk(page.body, page: page.number) }
        return out
    }
}
