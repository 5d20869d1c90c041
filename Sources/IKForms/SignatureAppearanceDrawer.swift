import Foundation
import IKEngine

/// Draws a signature's visible appearance (who signed, in what role, when) as a one-page PDF the size of
/// the signature field, in the bundled fonts and shaped by Pango like every other text of ikplan. The
/// signer copies that page into the field's appearance stream (a Form XObject with the fonts embedded), so
/// the signed file stays PDF/A without new dependencies in the signing code.
public struct SignatureAppearanceDrawer: Sendable {
    /// The fonts to draw with (the bundled `Fonts/` folder).
    public let fonts: FontLibrary
    /// The family of the text.
    public var family = "Carlito"

    public init(fonts: FontLibrary) { self.fonts = fonts }

    /// A PDF of one `width` × `height` page with `lines` (the first in bold), each on one line, as large as
    /// fits (at most 11 pt, at least 4 pt), from the top left with a small inset.
    public func draw(lines: [String], width: Double, height: Double) throws -> [UInt8] {
        guard width >= 8, height >= 8, width.isFinite, height.isFinite else {
            throw EngineError.layout("the signature field is too small for a visible signature (\(Int(width)) × \(Int(height)) pt)")
        }
        let inset = min(3.0, height / 10)
        let room = Size(width - 2 * inset, height - 2 * inset)
        let context = LayoutContext(shaper: TextShaper(fonts: fonts))
        var size = min(11.0, room.height / (Double(max(1, lines.count)) * 1.2))
        var blocks: [Paragraph] = []
        // Shrink until every line stays on one line and all of them fit the field's height.
        while true {
            blocks = lines.enumerated().map { index, text in
                Paragraph(text, style: TextStyle(family: family, size: size, bold: index == 0, lineHeight: 1.2,
                                                 hyphenate: false), tag: nil)
            }
            let shaped = blocks.map { $0.shaped(width: room.width, context) }
            let total = shaped.reduce(0.0) { $0 + ($1.lines.last.map { $0.top + $0.height } ?? 0) }
            if (shaped.allSatisfy { $0.lines.count <= 1 } && total <= room.height + 0.01) || size <= 4 { break }
            size = max(4, size * 0.92)
        }
        let style = PageStyle(size: Size(width, height), margins: Insets(all: inset))
        let paginator = Paginator(style: style, context: context)
        let pages = try paginator.paginate(blocks)
        let metadata = PDFMetadata(title: lines.first ?? "Signature", date: "2026-01-01T00:00:00Z")
        return [UInt8](try PDFWriter(metadata: metadata).render(Array(pages.prefix(1))).bytes)
    }
}
