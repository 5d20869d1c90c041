import CGraphics
import Foundation

/// A Cairo PDF surface that writes into memory. Owns the surface and the bytes Cairo hands it; the
/// bytes are complete only after `finish()`.
final class PDFStreamSurface {
    /// Collects what Cairo writes. A class so Cairo's C callback can reach it through a raw pointer.
    private final class Sink {
        var data = Data()
    }

    let surface: OpaquePointer
    private let sink: Sink

    init(width: Double, height: Double) throws {
        let sink = Sink()
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
            return CAIRO_STATUS_SUCCESS
        }
        // The surface never outlives `self`, which holds the sink: an unretained pointer is enough.
        guard let s = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), width, height) else {
            throw EngineError.cairo("cannot create a PDF surface")
        }
        surface = s
        self.sink = sink
    }

    deinit { cairo_surface_destroy(surface) }

    /// Finishes the file (fonts, outline, cross-reference table) and returns its bytes.
    func finish() -> Data {
        cairo_surface_finish(surface)
        return sink.data
    }
}
