import CGraphics
import CRsvg
import Foundation

/// A raster (PNG) or vector (SVG) image loaded once and drawn wherever frames place it.
public final class ImageSource: @unchecked Sendable {
    enum Kind { case png(OpaquePointer), svg(UnsafeMutablePointer<RsvgHandle>) }
    let kind: Kind
    /// Intrinsic size in points; only its aspect ratio matters when a height is given.
    public let size: Size

    /// The image in the file at `url` (tests, and files the user names on the command line). Files a plan
    /// or a layout names are read by the input stage and given as bytes.
    public convenience init(contentsOf url: URL) throws {
        guard FileManager.default.isReadableFile(atPath: url.path),
              let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
              type == .typeRegular, let data = FileManager.default.contents(atPath: url.path) else {
            throw EngineError.image("\(url.path) does not exist or cannot be read")
        }
        try self.init(bytes: Array(data), name: url.path)
    }

    /// The image in `bytes`, PNG or SVG by the extension of `name` (which messages use). An SVG is given
    /// to librsvg without a base file and with its default limits: it then refuses to load any file or
    /// address the SVG refers to (only `data:` URLs are read), so nothing outside the bytes reaches a PDF.
    public init(bytes: [UInt8], name: String) throws {
        switch (name as NSString).pathExtension.lowercased() {
        case "png":
            let reader = PNGReader(bytes)
            let closure = Unmanaged.passRetained(reader)
            defer { closure.release() }
            guard let s = cairo_image_surface_create_from_png_stream({ closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
                return Unmanaged<PNGReader>.fromOpaque(closure).takeUnretainedValue().read(into: data, count: Int(length))
            }, closure.toOpaque()) else { throw EngineError.image("\(name): cannot read PNG") }
            guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
                let msg = String(cString: cairo_status_to_string(cairo_surface_status(s)))
                cairo_surface_destroy(s)
                throw EngineError.image("\(name): not a readable PNG (\(msg))")
            }
            kind = .png(s)
            size = Size(Double(cairo_image_surface_get_width(s)) * 0.75, Double(cairo_image_surface_get_height(s)) * 0.75)
        case "svg":
            var error: UnsafeMutablePointer<GError>?
            let handle = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { rsvg_handle_new_from_data($0, gsize(buffer.count), &error) }
            }
            guard let h = handle else {
                let msg = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
                if let error { g_error_free(error) }
                throw EngineError.image("\(name): not a readable SVG (\(msg))")
            }
            var w = 0.0, hgt = 0.0
            if rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hgt) == 0 || w <= 0 || hgt <= 0 {
                var out = RsvgRectangle(), ink = RsvgRectangle()
                rsvg_handle_get_geometry_for_element(h, nil, &ink, &out, nil)
                w = out.width > 0 ? out.width : 100
                hgt = out.height > 0 ? out.height : 100
            }
            kind = .svg(h)
            size = Size(w * 0.75, hgt * 0.75)
        default:
            throw EngineError.image("\(name): only PNG and SVG images are supported")
        }
    }

    deinit {
        switch kind {
        case .png(let s): cairo_surface_destroy(s)
        case .svg(let h): g_object_unref(UnsafeMutableRawPointer(h))
        }
    }

    /// Draws the image scaled into `rect`.
    func draw(_ cr: OpaquePointer, in rect: Rect) {
        cairo_save(cr)
        switch kind {
        case .png(let s):
            let iw = Double(cairo_image_surface_get_width(s)), ih = Double(cairo_image_surface_get_height(s))
            cairo_translate(cr, rect.minX, rect.minY)
            cairo_scale(cr, rect.width / max(iw, 1), rect.height / max(ih, 1))
            cairo_set_source_surface(cr, s, 0, 0)
            cairo_paint(cr)
        case .svg(let h):
            var viewport = RsvgRectangle(x: rect.minX, y: rect.minY, width: rect.width, height: rect.height)
            rsvg_handle_render_document(h, cr, &viewport, nil)
        }
        cairo_restore(cr)
    }
}

/// Hands a PNG's bytes to cairo's stream reader piece by piece.
private final class PNGReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into data: UnsafeMutablePointer<UInt8>, count: Int) -> cairo_status_t {
        guard count <= bytes.count - offset else { return CAIRO_STATUS_READ_ERROR }
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { data.update(from: base + offset, count: count) }
        }
        offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
