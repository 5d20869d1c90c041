/// Writes objects as PDF syntax. Deterministic: the same objects give the same bytes (dictionary keys in
/// their stored order, reals with at most six decimals and no exponent).
struct PDFSerializer {
    var out: [UInt8]
    /// Where each placeholder's token landed in `out`.
    var placeholders: [String: Range<Int>] = [:]

    init(appendingTo out: [UInt8] = []) { self.out = out }

    mutating func write(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func writeIndirect(_ ref: PDFReference, _ object: PDFObject) throws {
        write("\(ref.number) \(ref.generation) obj\n")
        try write(object)
        write("\nendobj\n")
    }

    mutating func write(_ object: PDFObject) throws {
        switch object {
        case .null: write("null")
        case .bool(let b): write(b ? "true" : "false")
        case .integer(let i): write(String(i))
        case .real(let r): write(Self.format(r))
        case .name(let n): writeName(n)
        case .string(let s): writeString(s)
        case .reference(let r): write("\(r.number) \(r.generation) R")
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x20) }
                try write(item)
            }
            out.append(0x5D)
        case .dictionary(let d): try writeDictionary(d)
        case .stream(let s):
            var d = s.dictionary
            d["Length"] = .integer(s.data.count)
            try writeDictionary(d)
            write("\nstream\n")
            out.append(contentsOf: s.data)
            write("\nendstream")
        case .placeholder(let p):
            guard placeholders[p.id] == nil else { throw PDFError.invalidArgument("placeholder \"\(p.id)\" is used twice") }
            let start = out.count
            switch p.kind {
            case .hexString(let n):
                guard n > 0, n <= 1 << 20 else { throw PDFError.invalidArgument("placeholder \"\(p.id)\" must hold 1 byte to 1 MiB") }
                out.append(0x3C)
                out.append(contentsOf: repeatElement(0x30, count: 2 * n))
                out.append(0x3E)
            case .byteRange:
                write("[" + Array(repeating: String(repeating: "0", count: 10), count: 4).joined(separator: " ") + "]")
            }
            placeholders[p.id] = start..<out.count
        }
    }

    mutating func writeDictionary(_ d: PDFDictionary) throws {
        write("<<")
        for (key, value) in d {
            writeName(key)
            out.append(0x20)
            try write(value)
        }
        write(">>")
    }

    mutating func writeName(_ name: String) {
        out.append(0x2F)
        for scalar in name.unicodeScalars {
            let bytes: [UInt8] = scalar.value <= 0xFF ? [UInt8(scalar.value)] : Array(String(scalar).utf8)
            for b in bytes {
                if b > 0x20, b < 0x7F, b != 0x23, !PDFBytes.isDelimiter(b) {
                    out.append(b)
                } else {
                    out.append(0x23)
                    out.append(Self.hexDigits[Int(b >> 4)])
                    out.append(Self.hexDigits[Int(b & 0xF)])
                }
            }
        }
    }

    static let hexDigits = Array("0123456789ABCDEF".utf8)

    mutating func writeString(_ s: PDFString) {
        switch s.spelling {
        case .hex:
            out.append(0x3C)
            for b in s.bytes {
                out.append(Self.hexDigits[Int(b >> 4)])
                out.append(Self.hexDigits[Int(b & 0xF)])
            }
            out.append(0x3E)
        case .literal:
            out.append(0x28)
            for b in s.bytes {
                switch b {
                case 0x28, 0x29, 0x5C: out.append(0x5C); out.append(b)
                case 0x0A: write("\\n")
                case 0x0D: write("\\r")
                case 0x20..<0x7F: out.append(b)
                default:
                    // Octal escapes keep the file's text ASCII and its bytes exact.
                    out.append(0x5C)
                    out.append(0x30 + (b >> 6))
                    out.append(0x30 + ((b >> 3) & 7))
                    out.append(0x30 + (b & 7))
                }
            }
            out.append(0x29)
        }
    }

    /// A real with up to six decimals, trailing zeros dropped; never an exponent (PDF has none).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (abs(value) * 1_000_000).rounded()
        guard scaled < 9e17 else { return String(Int(value.rounded())) }
        let total = Int(scaled)
        let whole = total / 1_000_000
        var fraction = total % 1_000_000
        let sign = value < 0 && total != 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        var digits = 6
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let f = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
    }
}
