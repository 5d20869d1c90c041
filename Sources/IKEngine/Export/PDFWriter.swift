import CGraphics
import Foundation

/// Draws laid-out pages into a PDF through Cairo, in memory. Only draws: every position was decided by
/// layout. What happens to the bytes next (post-processing steps, the checked all-or-nothing write) is
/// `PDFOutput`'s business.
public struct PDFWriter: Sendable {
    /// The document information every file gets.
    public var metadata: PDFMetadata
    public init(metadata: PDFMetadata) { self.metadata = metadata }

    /// The pages as a PDF file in memory.
    public func render(_ pages: [LaidOutPage]) throws -> RenderedPDF {
        guard !pages.isEmpty else { throw EngineError.layout("there are no pages to write") }
        let first = pages.first?.style.size ?? .a4
        let stream = try PDFStreamSurface(width: first.width, height: first.height)
        let surface = stream.surface
        try check(surface, "creating the PDF")
        setMetadata(surface)
        guard let cr = cairo_create(surface) else { throw EngineError.cairo("cannot create a drawing context") }
        defer { cairo_destroy(cr) }
        var outline = OutlineBuilder()
        var log = StructureLog()
        var fields = FieldLog()
        // One Document element holds the structure tree; cairo then marks the file as tagged (/MarkInfo).
        log.elements.append(.document)
        cairo_tag_begin(cr, StructureTag.document.cairoName, "")
        var currentSize = first
        for (index, page) in pages.enumerated() {
            // Only when it changes: cairo 1.16 breaks the structure tree if the size is set inside a tag.
            if page.style.size != currentSize {
                cairo_pdf_surface_set_size(surface, page.style.size.width, page.style.size.height)
                currentSize = page.style.size
            }
            if let label = page.label { cairo_pdf_surface_set_page_label(surface, label) }
            let body = page.style.body
            fields.page = (index, page.style.size.height)
            // Running heads and footers come tagged as decorations (page furniture): the archive step makes
            // their content artifacts, outside the document's reading order.
            if let h = page.header, let d = page.style.header {
                draw(h, at: Point(body.minX, d.offset), cr, surface, &outline, &log, &fields, tags: true)
            }
            if let f = page.footer, let d = page.style.footer {
                draw(f, at: Point(body.minX, page.style.size.height - d.offset - f.size.height), cr, surface, &outline, &log, &fields, tags: true)
            }
            draw(page.body, at: body.origin, cr, surface, &outline, &log, &fields, tags: true)
            if index == pages.count - 1 { cairo_tag_end(cr, StructureTag.document.cairoName) }
            cairo_show_page(cr)
            try check(cr, surface, "page \(page.number)")
        }
        let bytes = stream.finish()
        try check(surface, "finishing the PDF")
        return RenderedPDF(bytes: bytes, metadata: metadata, pageCount: pages.count, structure: log, formFields: fields.placed)
    }

    /// Renders the pages and writes them to `url` through `PDFOutput` without post-processing steps:
    /// checked, atomic, the previous file untouched on failure. For tests and single-file tools.
    public func write(_ pages: [LaidOutPage], to url: URL) throws {
        try PDFOutput().write([PDFOutput.File(url: url, pdf: render(pages))])
    }

    private func setMetadata(_ surface: OpaquePointer) {
        let m = metadata
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, m.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, m.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, m.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, m.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, m.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, m.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, m.date)
    }

    private func draw(_ frame: Frame, at origin: Point, _ cr: OpaquePointer, _ surface: OpaquePointer,
                      _ outline: inout OutlineBuilder, _ log: inout StructureLog, _ fields: inout FieldLog, tags: Bool) {
        for (p, item) in frame.items {
            let at = p.offset(by: origin)
            switch item {
            case .text(let text, let lines):
                guard let firstLine = lines.first, firstLine < text.lines.count else { continue }
                let top = text.lines[firstLine].top
                // Glyph runs draw through the Pango fonts of their library: under its lock, like shaping.
                text.fonts.withPango {
                    for i in lines where i < text.lines.count {
                        let l = text.lines[i]
                        let y = at.y + l.baseline - top
                        for run in text.runs[i] {
                            setSource(run.color, cr)
                            cairo_move_to(cr, at.x + l.x + run.x, y)
                            run.draw(cr)
                            if let u = run.underline {
                                cairo_rectangle(cr, at.x + l.x + run.x, y + u.offset, run.width, u.thickness)
                                cairo_fill(cr)
                            }
                        }
                    }
                }
            case .group(let inner):
                draw(inner, at: at, cr, surface, &outline, &log, &fields, tags: tags)
            case .turnedUp(let inner):
                cairo_save(cr)
                cairo_translate(cr, at.x, at.y)
                cairo_rotate(cr, -.pi / 2)
                draw(inner, at: .zero, cr, surface, &outline, &log, &fields, tags: tags)
                cairo_restore(cr)
            case .rect(let size, let fill, let stroke, let radius):
                path(rect: Rect(at.x, at.y, size.width, size.height), radius: radius, cr)
                if let fill { setSource(fill, cr); if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) } }
                if let stroke { apply(stroke, cr); cairo_stroke(cr) }
                cairo_new_path(cr)
            case .line(let to, let stroke):
                cairo_move_to(cr, at.x, at.y)
                cairo_line_to(cr, at.x + to.x, at.y + to.y)
                apply(stroke, cr)
                cairo_stroke(cr)
            case .polygon(let points, let fill, let stroke):
                guard let firstPoint = points.first else { continue }
                cairo_move_to(cr, at.x + firstPoint.x, at.y + firstPoint.y)
                for q in points.dropFirst() { cairo_line_to(cr, at.x + q.x, at.y + q.y) }
                cairo_close_path(cr)
                if let fill { setSource(fill, cr); if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) } }
                if let stroke { apply(stroke, cr); cairo_stroke(cr) }
                cairo_new_path(cr)
            case .image(let image, let size):
                image.draw(cr, in: Rect(at.x, at.y, size.width, size.height))
            case .link(let size, let target):
                // Cairo makes every link a Link structure element too, tagged or not: record it.
                log.elements.append(.link(target: target, area: size, description: Self.linkDescription(target)))
                cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes(target: target, area: size, at: at))
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            case .formField(let field, let size):
                // Drawn by nothing here: the form step makes the widget; PDF space has its origin at the foot.
                fields.placed.append(PlacedFormField(field: field, pageIndex: fields.page.index,
                                                     rect: Rect(at.x, fields.page.height - at.y - size.height, size.width, size.height)))
            case .destination(let name):
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escape(name))' x=\(fmt(at.x)) y=\(fmt(at.y))")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            case .outline(let title, let level, let destination):
                outline.add(title: title, level: level, destination: destination, surface: surface)
            case .tagStart(let tag):
                if case .link(let target, let area, _) = tag {
                    log.elements.append(tag)
                    cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes(target: target, area: area, at: at))
                } else if tags {
                    log.elements.append(tag)
                    cairo_tag_begin(cr, tag.cairoName, "")
                }
            case .tagEnd(let tag):
                if case .link = tag { cairo_tag_end(cr, CAIRO_TAG_LINK) } else if tags { cairo_tag_end(cr, tag.cairoName) }
            case .pageReference:
                break       // resolved by Paginator.finalise; an unknown destination prints nothing
            }
        }
    }

    /// Cairo's link attributes: a destination name (`#name`) or a URI, over `area` at `at`.
    private func linkAttributes(target: String, area: Size, at: Point) -> String {
        let rect = "rect=[\(fmt(at.x)) \(fmt(at.y)) \(fmt(area.width)) \(fmt(area.height))]"
        return target.hasPrefix("#") ? "dest='\(escape(String(target.dropFirst())))' \(rect)" : "uri='\(escape(target))' \(rect)"
    }

    /// What a bare link area says: the address it opens; nothing for a destination in the document (the
    /// post-processing then describes it in the document's language).
    static func linkDescription(_ target: String) -> String { target.hasPrefix("#") ? "" : target }

    private func path(rect r: Rect, radius: Double, _ cr: OpaquePointer) {
        let rad = min(radius, r.width / 2, r.height / 2)
        guard rad > 0 else { cairo_rectangle(cr, r.minX, r.minY, r.width, r.height); return }
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - rad, r.minY + rad, rad, -.pi / 2, 0)
        cairo_arc(cr, r.maxX - rad, r.maxY - rad, rad, 0, .pi / 2)
        cairo_arc(cr, r.minX + rad, r.maxY - rad, rad, .pi / 2, .pi)
        cairo_arc(cr, r.minX + rad, r.minY + rad, rad, .pi, 3 * .pi / 2)
        cairo_close_path(cr)
    }

    private func setSource(_ c: Color, _ cr: OpaquePointer) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    private func apply(_ s: Stroke, _ cr: OpaquePointer) {
        setSource(s.color, cr)
        cairo_set_line_width(cr, s.width)
        s.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
    }

    private func check(_ cr: OpaquePointer, _ surface: OpaquePointer, _ what: String) throws {
        let s = cairo_status(cr)
        guard s == CAIRO_STATUS_SUCCESS else { throw EngineError.cairo("\(what): \(String(cString: cairo_status_to_string(s)))") }
        try check(surface, what)
    }

    private func check(_ surface: OpaquePointer, _ what: String) throws {
        let s = cairo_surface_status(surface)
        guard s == CAIRO_STATUS_SUCCESS else { throw EngineError.cairo("\(what): \(String(cString: cairo_status_to_string(s)))") }
    }

    private func fmt(_ v: Double) -> String { String(format: "%.2f", v) }
    private func escape(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") }
}

/// Builds the PDF outline (bookmarks) from entries met in reading order, nesting by level.
struct OutlineBuilder {
    private var stack: [(level: Int, id: Int32)] = []

    mutating func add(title: String, level: Int, destination: String, surface: OpaquePointer) {
        while let last = stack.last, last.level >= level { stack.removeLast() }
        let parent = stack.last?.id ?? 0     // CAIRO_PDF_OUTLINE_ROOT
        let dest = "dest='\(destination.replacingOccurrences(of: "'", with: "\\'"))'"
        let flags = level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        let id = cairo_pdf_surface_add_outline(surface, parent, title, dest, flags)
        stack.append((level, id))
    }
}

/// The form fields the writer has passed, and the page it is drawing (for their PDF coordinates).
struct FieldLog {
    var placed: [PlacedFormField] = []
    var page: (index: Int, height: Double) = (0, 0)
}
