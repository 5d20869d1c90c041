import Foundation
import IKDocuments
@testable import IKEngine
import IKTestSupport

/// Shared by the figure tests: one font library and shaper, a plain A4 page, frames written to PDFs, and
/// layout files written from YAML snippets.
enum FigureFixture {
    static let fonts: FontLibrary = {
        do { return try FontLibrary(directory: FontLibrary.defaultDirectory()) } catch { preconditionFailure("fonts: \(error)") }
    }()
    static let shaper = TextShaper(fonts: fonts)
    static var context: LayoutContext { LayoutContext(shaper: shaper) }

    static let body = TextStyle(family: "Carlito", size: 11, lineHeight: 1.2)
    /// Page margins: a frame's (0, 0) lands at (left, top) on the page.
    static let margins = Insets(top: 60, right: 60, bottom: 60, left: 60)
    static let page = PageStyle(margins: margins)
    static var bodyWidth: Double { page.body.width }

    static func tempURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-figure-\(getpid())-\(name)")
    }

    /// Writes frames as pages (one frame a page, at the body's top left) and returns the inspector.
    static func write(_ frames: [Frame], _ name: String) throws -> PDFInspector {
        let url = tempURL(name + ".pdf")
        let pages = frames.enumerated().map { LaidOutPage(number: $0.offset + 1, body: $0.element, style: page) }
        try PDFWriter(metadata: PDFMetadata(title: "Figures", date: "2026-01-01T00:00:00Z")).write(pages, to: url)
        return PDFInspector(url)
    }

    /// Lays blocks out into pages with the engine and writes them.
    static func write(blocks: [any Block], _ name: String) throws -> PDFInspector {
        let pages = try Paginator(style: page, context: context).paginate(blocks)
        let url = tempURL(name + ".pdf")
        try PDFWriter(metadata: PDFMetadata(title: "Figures", date: "2026-01-01T00:00:00Z")).write(pages, to: url)
        return PDFInspector(url)
    }

    /// A rectangle of a frame as pdftotext reports it on the page.
    static func onPage(_ r: Rect) -> PDFRect {
        PDFRect(x: r.minX + margins.left, y: r.minY + margins.top, width: r.width, height: r.height)
    }

    /// A layout file holding a valid page and the given extra YAML.
    static func layout(_ yaml: String, _ name: String = "layout") throws -> LayoutFile {
        let url = tempURL(name + ".yaml")
        let text = """
            colors:
              accent: "#1f4e79"
              header_fill: "#dfe7f0"
            styles:
              body: {family: Carlito, size: 11, line_height: 1.2}
            page: {margins: 20mm}
            \(yaml)
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try LayoutFile(contentsOf: url)
    }

    /// Saves the top `height` points of a page's body as PNG when IKPLAN_FIGURE_PNG names a folder
    /// (for looking at the figures).
    static func png(_ pdf: PDFInspector, page: Int = 1, height: Double = 420) {
        guard let dir = ProcessInfo.processInfo.environment["IKPLAN_FIGURE_PNG"] else { return }
        let dpi = 110.0, scale = dpi / 72
        let root = URL(fileURLWithPath: dir).appendingPathComponent(pdf.url.deletingPathExtension().lastPathComponent + "-\(page)").path
        let crop = [margins.left - 10, margins.top - 10, bodyWidth + 20, height + 20].map { String(Int($0 * scale)) }
        _ = try? PDFTool.run("pdftoppm", ["-png", "-singlefile", "-r", "\(Int(dpi))", "-f", "\(page)", "-l", "\(page)",
                                          "-x", crop[0], "-y", crop[1], "-W", crop[2], "-H", crop[3], pdf.url.path, root])
    }

    /// A word's text without the commas that separate risk numbers.
    static func bare(_ w: PDFWord) -> String { w.text.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
}

/// The YAML snippets of Sources/IKDocuments/Figures/README.md, so the documented sections are tested.
/// A missing README or block is an error, never an empty layout that every figure test would pass with.
enum FigureReadme {
    struct Missing: Error, CustomStringConvertible { var description: String }

    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/IKDocuments/Figures/README.md")
    }

    static func text() throws -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw Missing(description: "cannot read \(url.path): \(error)")
        }
    }

    /// The fenced block opened by "```yaml <name>"; throws when the README has no such block or it is empty.
    static func snippet(_ name: String) throws -> String {
        let parts = try text().components(separatedBy: "```yaml \(name)\n")
        guard parts.count > 1, let block = parts[1].components(separatedBy: "```").first,
              !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Missing(description: "\(url.path) has no block opened by ```yaml \(name)")
        }
        return block
    }

    static var colour: String { get throws { try snippet("plan-ange") } }
    static var grayscale: String { get throws { try snippet("grayscale") } }
}
