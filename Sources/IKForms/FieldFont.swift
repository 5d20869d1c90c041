import Foundation
import IKEngine
import IKPDF

/// The font text fields are filled in with: a bundled TrueType font embedded whole as a simple font in
/// WinAnsiEncoding, named in the form's /DR and /DA. Embedded whole (not subset) because the reader draws the
/// letters the controller types, which no subset can know; WinAnsi covers Swedish (å ä ö é ü). PDF/A-2 asks
/// an embedded program (6.2.11.4), /Widths that match it (6.2.11.5) and, for a non-symbolic TrueType font,
/// WinAnsiEncoding over a (3,1) cmap (6.2.11.6): all three are met here.
struct FieldFont {
    /// The name the form's resources give it (`/DR /Font /IKSans`), used in every /DA.
    static let resourceName = "IKSans"

    let program: [UInt8]
    let postScriptName: String
    let unitsPerEm: Int
    let bbox: [Int]
    let ascent: Int
    let descent: Int
    let capHeight: Int
    /// Widths in 1/1000 em of the codes 32…255.
    let widths: [Int]

    /// The bundled Liberation Sans Regular (Arial metrics, the look readers expect in a form).
    static func bundled() throws -> FieldFont {
        let url = ResourceLocator.find("Fonts").appendingPathComponent("LiberationSans/LiberationSans-Regular.ttf")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EngineError.layout("the form font \(url.path) is missing: the Fonts folder must travel with ikplan")
        }
        return try FieldFont(program: [UInt8](data))
    }

    init(program: [UInt8]) throws {
        self.program = program
        let font = try TrueTypeTables(program)
        guard let head = font.table("head"), let hhea = font.table("hhea"), let hmtx = font.table("hmtx"),
              let cmap = font.table("cmap") else { throw EngineError.layout("the form font lacks a head, hhea, hmtx or cmap table") }
        unitsPerEm = max(16, font.u16(head.lowerBound + 18))
        bbox = [36, 38, 40, 42].map { font.i16(head.lowerBound + $0) * 1000 / max(16, font.u16(head.lowerBound + 18)) }
        let em = Double(unitsPerEm)
        let scale = { (v: Int) in Int((Double(v) * 1000 / em).rounded()) }
        ascent = scale(font.i16(hhea.lowerBound + 4))
        descent = scale(font.i16(hhea.lowerBound + 6))
        if let os2 = font.table("OS/2"), os2.count >= 90 { capHeight = scale(font.i16(os2.lowerBound + 88)) } else { capHeight = ascent }
        let metrics = font.u16(hhea.lowerBound + 34)
        let glyphs = try font.unicodeGlyphs(cmap)
        let advance = { (glyph: Int) -> Int in
            let index = min(glyph, max(0, metrics - 1))
            return font.u16(hmtx.lowerBound + 4 * index)
        }
        widths = (32...255).map { code in
            let glyph = glyphs[WinAnsi.unicode(code)] ?? 0
            return scale(advance(glyph))
        }
        postScriptName = font.postScriptName() ?? "LiberationSans"
    }

    /// WinAnsi codes of `text`; a character WinAnsi lacks becomes "?".
    static func encode(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { c in
            let v = Int(c.value)
            if (0x20...0x7E).contains(v) || (0xA0...0xFF).contains(v) { return UInt8(v) }
            if let k = WinAnsi.high.firstIndex(of: v), v != 0 { return UInt8(128 + k) }
            return UInt8(ascii: "?")
        }
    }

    /// The width of `codes` at `size` points.
    func advance(_ codes: ArraySlice<UInt8>, size: Double) -> Double {
        codes.reduce(0.0) { $0 + Double(widths[max(0, Int($1) - 32)]) } * size / 1000
    }

    /// A text field's appearance stream showing `text` at 9 pt from the top left, wrapped at word breaks
    /// to the field's width when `multiline`; lines that do not fit the height are left out.
    func appearance(_ text: String, width: Double, height: Double, multiline: Bool, size: Double = 9) -> [UInt8] {
        let codes = Self.encode(text.replacingOccurrences(of: "\n", with: " "))
        let room = max(1, width - 4)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        while start < codes.count, multiline {
            var end = start
            var lastBreak: Int?
            while end < codes.count, advance(codes[start...end], size: size) <= room {
                if codes[end] == 0x20 { lastBreak = end }
                end += 1
            }
            if end == codes.count { lines.append(codes[start..<end]); break }
            let cut = lastBreak.map { $0 > start ? $0 : end } ?? max(end, start + 1)
            lines.append(codes[start..<cut])
            start = cut
            while start < codes.count, codes[start] == 0x20 { start += 1 }
        }
        if !multiline { lines = [codes[...]] }
        let leading = size * 1.15
        var out = Array("/Tx BMC\nq BT /\(Self.resourceName) \(size) Tf 0 g\n".utf8)
        var y = height - 2 - size * 0.9
        for (k, line) in lines.enumerated() where y >= 1 || k == 0 {
            out += Array(String(format: "1 0 0 1 2 %.2f Tm (", y).utf8)
            for c in line {
                if c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            }
            out += Array(") Tj\n".utf8)
            y -= leading
        }
        out += Array("ET Q\nEMC\n".utf8)
        return out
    }

    /// Adds the font program, its descriptor and the font dictionary; returns the font's reference.
    func add(to update: inout PDFUpdate) throws -> PDFReference {
        let file = update.add(.stream(try PDFStream.flate(program, dictionary: ["Length1": .integer(program.count)])))
        let descriptor = update.add(.dictionary([
            "Type": .name("FontDescriptor"), "FontName": .name(postScriptName),
            "Flags": .integer(32),        // non-symbolic: the WinAnsi codes map through the (3,1) cmap
            "FontBBox": .array(bbox.map { .integer($0) }), "ItalicAngle": .integer(0),
            "Ascent": .integer(ascent), "Descent": .integer(descent), "CapHeight": .integer(capHeight),
            "StemV": .integer(80), "FontFile2": .reference(file),
        ]))
        return update.add(.dictionary([
            "Type": .name("Font"), "Subtype": .name("TrueType"), "BaseFont": .name(postScriptName),
            "FirstChar": .integer(32), "LastChar": .integer(255), "Widths": .array(widths.map { .integer($0) }),
            "Encoding": .name("WinAnsiEncoding"), "FontDescriptor": .reference(descriptor),
        ]))
    }
}

/// The few tables of a TrueType file the form font needs, read with bounds checks.
private struct TrueTypeTables {
    let bytes: [UInt8]
    let tables: [String: Range<Int>]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        guard bytes.count >= 12 else { throw EngineError.layout("the form font is not a TrueType file") }
        let count = (Int(bytes[4]) << 8) | Int(bytes[5])
        var tables: [String: Range<Int>] = [:]
        for k in 0..<count {
            let at = 12 + 16 * k
            guard at + 16 <= bytes.count else { break }
            let tag = String(decoding: bytes[at..<at + 4], as: UTF8.self)
            let offset = Self.u32(bytes, at + 8), length = Self.u32(bytes, at + 12)
            guard offset >= 0, length >= 0, offset + length <= bytes.count else { continue }
            tables[tag] = offset..<(offset + length)
        }
        self.tables = tables
    }

    func table(_ tag: String) -> Range<Int>? { tables[tag] }

    static func u32(_ b: [UInt8], _ at: Int) -> Int {
        guard at >= 0, at + 4 <= b.count else { return 0 }
        return (Int(b[at]) << 24) | (Int(b[at + 1]) << 16) | (Int(b[at + 2]) << 8) | Int(b[at + 3])
    }

    func u16(_ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return (Int(bytes[at]) << 8) | Int(bytes[at + 1])
    }

    func i16(_ at: Int) -> Int { let v = u16(at); return v >= 0x8000 ? v - 0x10000 : v }

    /// Unicode → glyph from the (3,1) format 4 subtable.
    func unicodeGlyphs(_ cmap: Range<Int>) throws -> [Int: Int] {
        let base = cmap.lowerBound
        var sub: Int?
        for k in 0..<u16(base + 2) {
            let rec = base + 4 + 8 * k
            if u16(rec) == 3, u16(rec + 2) == 1 { sub = base + Self.u32(bytes, rec + 4) }
        }
        guard let s = sub, u16(s) == 4 else { throw EngineError.layout("the form font has no (3,1) format 4 cmap") }
        let segments = u16(s + 6) / 2
        let ends = s + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments
        var out: [Int: Int] = [:]
        for seg in 0..<segments {
            let end = u16(ends + 2 * seg), start = u16(starts + 2 * seg)
            let delta = u16(deltas + 2 * seg), rangeAt = ranges + 2 * seg, range = u16(rangeAt)
            // Only the characters WinAnsi can hold matter: below U+2200.
            let last = min(end, 0x2200)
            guard start <= last else { continue }
            for c in start...last {
                var glyph: Int
                if range == 0 {
                    glyph = (c + delta) & 0xFFFF
                } else {
                    glyph = u16(rangeAt + range + 2 * (c - start))
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { out[c] = glyph }
            }
        }
        return out
    }

    /// The PostScript name (name id 6, Windows or Mac record).
    func postScriptName() -> String? {
        guard let name = table("name") else { return nil }
        let base = name.lowerBound
        let strings = base + u16(base + 4)
        for k in 0..<u16(base + 2) {
            let rec = base + 6 + 12 * k
            guard u16(rec + 6) == 6 else { continue }
            let length = u16(rec + 8), offset = strings + u16(rec + 10)
            guard offset + length <= bytes.count else { continue }
            let raw = Array(bytes[offset..<offset + length])
            let text = u16(rec) == 3
                ? String(decoding: stride(from: 0, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }, as: UTF16.self)
                : String(decoding: raw, as: UTF8.self)
            let clean = text.filter { $0.isASCII && !$0.isWhitespace && !"()<>[]{}/%".contains($0) }
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}

/// WinAnsiEncoding (PDF 32000-1 Annex D): Latin-1 except 128–159.
enum WinAnsi {
    static let high: [Int] = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                              0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178]

    static func unicode(_ code: Int) -> Int { (128...159).contains(code) ? high[code - 128] : code }
}
