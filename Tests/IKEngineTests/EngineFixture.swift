import Foundation
import IKEngine

/// One font library and shaper for all engine tests (font set-up is paid once).
enum EngineFixture {
    static let fonts: FontLibrary = {
        do { return try FontLibrary(directory: FontLibrary.defaultDirectory()) } catch { preconditionFailure("fonts: \(error)") }
    }()
    static func context() -> LayoutContext { LayoutContext(shaper: TextShaper(fonts: fonts)) }

    static let body = TextStyle(family: "Carlito", size: 11)
    static let heading = TextStyle(family: "Carlito", size: 16, bold: true)

    static let pageStyle = PageStyle(
        margins: Insets(top: 70, right: 60, bottom: 70, left: 60),
        header: PageDecoration(left: .text(["Ånge kommun"]), right: .text(["Sida {page} av {pages}"]), style: body, offset: 35),
        footer: PageDecoration(left: .text(["{title}"]), style: body, offset: 35),
        firstPageHeader: false)

    static func tempURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-test-\(getpid())-\(name)")
    }

    static func write(_ pages: [LaidOutPage], _ name: String) throws -> URL {
        let url = tempURL(name)
        try PDFWriter(metadata: PDFMetadata(title: "Test", date: "2026-01-01T00:00:00Z")).write(pages, to: url)
        return url
    }
}
