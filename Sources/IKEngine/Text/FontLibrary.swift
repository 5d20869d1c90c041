import CGraphics
import Foundation

/// The fonts of one run: a private fontconfig configuration that sees only the bundled `Fonts/` folder,
/// a Pango font map over it and one Pango context set up for vector output at 72 dpi.
/// Created once and shared by every text that is shaped, so the font set-up is paid once.
///
/// Thread safety: Pango's context and font map are not thread-safe, so every use of them (shaping,
/// measuring, drawing a layout made from them) goes through `withPango`, which serialises it. Threads
/// that should shape in parallel each take a library (and a shaper) of their own.
public final class FontLibrary: @unchecked Sendable {
    /// Guards the Pango objects below and everything made from them.
    private let lock = NSLock()
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// The font folder the configuration sees, and nothing else.
    public let directory: URL

    /// - Parameter directory: a folder of font files (searched recursively).
    public init(directory: URL) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw EngineError.fonts("font folder \(directory.path) does not exist\n  hint: \(ResourceLocator.hint(for: "Fonts"))")
        }
        self.directory = directory
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-fontconfig-cache").path
        let xml = """
        <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig><dir>\(Self.escape(directory.path))</dir><cachedir>\(Self.escape(cache))</cachedir></fontconfig>
        """
        guard let config = FcConfigCreate() else { throw EngineError.fonts("fontconfig could not create a configuration") }
        let ok = xml.withCString { ptr in
            ptr.withMemoryRebound(to: FcChar8.self, capacity: xml.utf8.count + 1) { FcConfigParseAndLoadFromMemory(config, $0, 1) }
        }
        guard ok != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw EngineError.fonts("fontconfig could not read the font folder \(directory.path)")
        }
        self.config = config
        // A cairo font map on Linux is a PangoFcFontMap, so it takes the private configuration.
        guard let cairoMap = pango_cairo_font_map_new() else {
            FcConfigDestroy(config)
            throw EngineError.fonts("Pango could not create a cairo font map")
        }
        pango_fc_font_map_set_config(OpaquePointer(cairoMap), config)
        self.fontMap = cairoMap
        pango_cairo_font_map_set_resolution(OpaquePointer(cairoMap), 72)
        guard let ctx = pango_font_map_create_context(cairoMap) else {
            g_object_unref(cairoMap); FcConfigDestroy(config)
            throw EngineError.fonts("Pango could not create a context")
        }
        self.context = ctx
        // Vector output: no hinting of metrics, no rounding of glyph positions (platform-facts.md).
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(ctx, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(ctx, 72)
        pango_context_set_round_glyph_positions(ctx, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// Runs `body` with this library's Pango objects to itself. Not re-entrant: `body` must not call it again.
    public func withPango<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Family names the private configuration knows, for checking a layout file's fonts.
    public var families: Set<String> { withPango { unlockedFamilies } }

    private var unlockedFamilies: Set<String> {
        var result = Set<String>()
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var n: Int32 = 0
        pango_font_map_list_families(fontMap, &list, &n)
        guard let list else { return result }
        for i in 0..<Int(n) {
            if let f = list[i], let name = pango_font_family_get_name(f) { result.insert(String(cString: name)) }
        }
        g_free(list)
        return result
    }

    /// The bundled `Fonts/` folder, found by `ResourceLocator` (IKPLAN_FONTS, IKPLAN_SHARE, the install, the checkout).
    public static func defaultDirectory() -> URL { ResourceLocator.find("Fonts") }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
