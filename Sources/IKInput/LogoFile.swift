import Foundation

/// Checks a logo's bytes as render will use them, so validate refuses what render could not draw: a PNG
/// must be a complete PNG (signature, IHDR, chunks with their checksums, IEND) within the pixel limit; an
/// SVG must be an SVG document that refers to no other file or address, since ikplan never loads them
/// (librsvg is given the bytes without a base file, which makes it refuse every reference but `data:`).
public enum LogoFile {
    public enum Kind: Sendable { case png, svg }

    /// One problem: what is wrong, and where in an SVG (line, 0 when unknown).
    struct Problem: Equatable {
        var message: String
        var hint: String
    }

    static func check(_ bytes: [UInt8], kind: Kind) -> Problem? {
        switch kind {
        case .png: return checkPNG(bytes)
        case .svg: return checkSVG(bytes)
        }
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func checkPNG(_ b: [UInt8]) -> Problem? {
        let remake = "open it in an image program and save it again as PNG"
        guard b.count >= 8, Array(b[0..<8]) == pngSignature else {
            return Problem(message: "is not a PNG image (its first bytes are not a PNG signature)", hint: remake)
        }
        var at = 8
        var sawHeader = false, sawData = false
        while at + 12 <= b.count {
            let length = Int(be32(b, at))
            let type = Array(b[(at + 4)..<(at + 8)])
            guard length <= b.count - at - 12 else { break }
            let body = at + 8
            let stored = be32(b, body + length)
            guard CRC32.of(b[(at + 4)..<(body + length)]) == stored else {
                return Problem(message: "is a damaged PNG image (a checksum does not match)", hint: remake)
            }
            switch String(decoding: type, as: UTF8.self) {
            case "IHDR":
                guard length == 13 else { return Problem(message: "is a damaged PNG image (bad header)", hint: remake) }
                let w = Int(be32(b, body)), h = Int(be32(b, body + 4))
                guard w > 0, h > 0 else { return Problem(message: "is a PNG image without pixels", hint: remake) }
                if w > InputLimits.logoPixels || h > InputLimits.logoPixels {
                    return Problem(message: "is \(w) × \(h) pixels; a logo may be at most \(InputLimits.logoPixels) pixels wide and high",
                                   hint: "scale it down (a logo prints a few centimetres wide: 1000 pixels is plenty)")
                }
                sawHeader = true
            case "IDAT": sawData = true
            case "IEND":
                guard sawHeader, sawData else { return Problem(message: "is a PNG image without pixel data", hint: remake) }
                return nil
            default: break
            }
            at = body + length + 4
        }
        return Problem(message: "is a truncated PNG image (it ends before its last chunk)", hint: remake)
    }

    static func checkSVG(_ b: [UInt8]) -> Problem? {
        let text = String(decoding: b, as: UTF8.self)
        guard text.range(of: "<svg") != nil else {
            return Problem(message: "is not an SVG image (it has no <svg> element)", hint: "save the logo as SVG (or PNG) from the drawing program")
        }
        if let reference = externalReference(in: text) {
            return Problem(message: "refers to \(reference.target) (line \(reference.line)); ikplan never loads files or addresses a logo refers to, so that part would be missing",
                           hint: "embed the picture in the SVG (Inkscape: Extensions → Images → Embed) or save the logo as PNG")
        }
        return nil
    }

    /// The first reference to another file or address: an `href`/`src` that is not `#fragment` or `data:`,
    /// a CSS `url(…)` or `@import`, an external XML entity or an XInclude.
    static func externalReference(in text: String) -> (target: String, line: Int)? {
        let lower = text
        var found: (String.Index, String)?
        func consider(_ index: String.Index, _ target: String) {
            if found == nil || index < found!.0 { found = (index, target) }
        }
        for attribute in ["href", "src"] {
            var search = lower.startIndex
            while let r = lower.range(of: attribute, options: .caseInsensitive, range: search..<lower.endIndex) {
                search = r.upperBound
                var i = r.upperBound
                while i < lower.endIndex, lower[i] == " " || lower[i] == "\t" || lower[i] == "\n" { i = lower.index(after: i) }
                guard i < lower.endIndex, lower[i] == "=" else { continue }
                i = lower.index(after: i)
                while i < lower.endIndex, lower[i] == " " || lower[i] == "\t" || lower[i] == "\n" { i = lower.index(after: i) }
                guard i < lower.endIndex, lower[i] == "\"" || lower[i] == "'" else { continue }
                let quote = lower[i]
                let start = lower.index(after: i)
                guard let end = lower[start...].firstIndex(of: quote) else { continue }
                let value = lower[start..<end].trimmingCharacters(in: .whitespaces).lowercased()
                if value.hasPrefix("#") || value.hasPrefix("data:") || value.isEmpty { continue }
                consider(r.lowerBound, "\"\(text[start..<end])\"")
            }
        }
        for marker in ["url(", "@import", "<!entity", "xi:include", "<xinclude"] {
            var search = lower.startIndex
            while let r = lower.range(of: marker, options: .caseInsensitive, range: search..<lower.endIndex) {
                search = r.upperBound
                if marker == "url(" {
                    let rest = lower[r.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }.prefix(5).lowercased()
                    if rest.hasPrefix("#") || rest.hasPrefix("data:") { continue }
                }
                if marker == "<!entity" {
                    let declaration = lower[r.upperBound...].prefix { $0 != ">" }.lowercased()
                    if declaration.range(of: "system") == nil, declaration.range(of: "public") == nil { continue }
                }
                let snippet = text[r.lowerBound...].prefix { $0 != "\n" && $0 != ">" && $0 != ")" }.prefix(60)
                consider(r.lowerBound, "\(snippet)")
                break
            }
        }
        guard let (index, target) = found else { return nil }
        let line = 1 + text[..<index].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        return (target, line)
    }

    private static func be32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) << 24 | UInt32(b[at + 1]) << 16 | UInt32(b[at + 2]) << 8 | UInt32(b[at + 3])
    }
}

/// CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension LogoFile {
    /// What is wrong with the image `bytes` called `name` (PNG or SVG by its extension), as a sentence that
    /// follows the file's name; nil when render can draw it. For images other stages read (layout files).
    public static func problem(in bytes: [UInt8], name: String) -> (message: String, hint: String)? {
        let lower = name.lowercased()
        let kind: Kind
        if lower.hasSuffix(".png") { kind = .png } else if lower.hasSuffix(".svg") { kind = .svg } else {
            return ("is not a PNG or SVG file", "give a .png or .svg file")
        }
        return check(bytes, kind: kind).map { ($0.message, $0.hint) }
    }
}
