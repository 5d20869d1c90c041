/// Byte classes of PDF's lexical rules (ISO 32000-1, 7.2).
enum PDFBytes {
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    static func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x28 || b == 0x29 || b == 0x3C || b == 0x3E || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D || b == 0x2F || b == 0x25
    }
    static func isRegular(_ b: UInt8) -> Bool { !isWhitespace(b) && !isDelimiter(b) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}

/// Reads objects from bytes at a position. Knows the syntax only; cross-references and streams' lengths
/// come from `PDFDocument`, which hands in a resolver for indirect /Length values.
struct PDFParser {
    let bytes: [UInt8]
    var pos: Int
    let limits: PDFLimits

    init(bytes: [UInt8], at pos: Int = 0, limits: PDFLimits = PDFLimits()) {
        self.bytes = bytes
        self.pos = pos
        self.limits = limits
    }

    var atEnd: Bool { pos >= bytes.count }

    func error(_ what: String) -> PDFError { .syntax(offset: pos, what) }

    mutating func skipWhitespaceAndComments() {
        while pos < bytes.count {
            let b = bytes[pos]
            if PDFBytes.isWhitespace(b) {
                pos += 1
            } else if b == 0x25 {   // % comment to end of line
                while pos < bytes.count, bytes[pos] != 0x0A, bytes[pos] != 0x0D { pos += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters from the current position (a keyword or a number), without consuming them.
    func peekToken() -> ArraySlice<UInt8> {
        var end = pos
        while end < bytes.count, PDFBytes.isRegular(bytes[end]) { end += 1 }
        return bytes[pos..<end]
    }

    /// Consumes `keyword` if it stands next (followed by a non-regular byte); true when it did.
    mutating func consumeKeyword(_ keyword: String) -> Bool {
        skipWhitespaceAndComments()
        let token = peekToken()
        guard token.elementsEqual(keyword.utf8) else { return false }
        pos += token.count
        return true
    }

    /// A non-negative integer token, if one stands next (consumed only then).
    mutating func readUnsignedInteger() -> Int? {
        skipWhitespaceAndComments()
        let token = peekToken()
        guard !token.isEmpty, token.count <= 18, token.allSatisfy(PDFBytes.isDigit) else { return nil }
        pos += token.count
        return token.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// One direct object (an `N G R` reference included).
    mutating func parseObject(depth: Int = 0) throws -> PDFObject {
        guard depth <= limits.maxDepth else { throw PDFError.limit("objects nested more than \(limits.maxDepth) deep at byte \(pos)") }
        skipWhitespaceAndComments()
        guard pos < bytes.count else { throw error("the file ends where an object was expected") }
        let b = bytes[pos]
        switch b {
        case 0x2F: return .name(try parseName())
        case 0x28: return .string(try parseLiteralString())
        case 0x3C:
            if pos + 1 < bytes.count, bytes[pos + 1] == 0x3C { return .dictionary(try parseDictionary(depth: depth)) }
            return .string(try parseHexString())
        case 0x5B:
            pos += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespaceAndComments()
                guard pos < bytes.count else { throw error("an array is not closed with ]") }
                if bytes[pos] == 0x5D { pos += 1; return .array(items) }
                items.append(try parseObject(depth: depth + 1))
            }
        default:
            break
        }
        let token = peekToken()
        guard !token.isEmpty else { throw error("unexpected character 0x\(String(b, radix: 16)) where an object was expected") }
        switch String(decoding: token, as: UTF8.self) {
        case "true": pos += 4; return .bool(true)
        case "false": pos += 5; return .bool(false)
        case "null": pos += 4; return .null
        default: break
        }
        guard let number = parseNumber(token) else {
            throw error("unexpected \"\(String(decoding: token.prefix(20), as: UTF8.self))\" where an object was expected")
        }
        pos += token.count
        // `N G R`: look ahead without committing.
        if case .integer(let n) = number, n >= 0 {
            let save = pos
            if let g = readUnsignedInteger(), consumeKeyword("R") {
                return .reference(PDFReference(n, g))
            }
            pos = save
        }
        return number
    }

    /// A number token: an integer when it has no point and fits, a real otherwise.
    func parseNumber(_ token: ArraySlice<UInt8>) -> PDFObject? {
        var i = token.startIndex
        var negative = false
        // Tolerate the doubled signs some writers emit ("--5"), as Acrobat does.
        while i < token.endIndex, token[i] == 0x2B || token[i] == 0x2D {
            if token[i] == 0x2D { negative.toggle() }
            i += 1
        }
        guard i < token.endIndex else { return nil }
        var intPart = 0.0, intValue = 0, digits = 0, fraction = 0.0, scale = 0.1, sawPoint = false, sawDigit = false
        while i < token.endIndex {
            let c = token[i]
            if PDFBytes.isDigit(c) {
                sawDigit = true
                if sawPoint {
                    fraction += Double(c - 0x30) * scale
                    scale /= 10
                } else {
                    intPart = intPart * 10 + Double(c - 0x30)
                    if digits < 18 { intValue = intValue * 10 + Int(c - 0x30) }
                    digits += 1
                }
            } else if c == 0x2E, !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        if !sawPoint && digits <= 18 { return .integer(negative ? -intValue : intValue) }
        let v = intPart + fraction
        return .real(negative ? -v : v)
    }

    mutating func parseName() throws -> String {
        pos += 1   // the slash
        var scalars = String.UnicodeScalarView()
        while pos < bytes.count, PDFBytes.isRegular(bytes[pos]) {
            var b = bytes[pos]
            if b == 0x23, pos + 2 < bytes.count, let h = PDFBytes.hexValue(bytes[pos + 1]), let l = PDFBytes.hexValue(bytes[pos + 2]) {
                b = h << 4 | l
                pos += 2
            }
            // Bytes map one to one onto U+0000…U+00FF, so a name survives a round trip whatever it holds.
            scalars.append(Unicode.Scalar(b))
            pos += 1
        }
        return String(scalars)
    }

    mutating func parseLiteralString() throws -> PDFString {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        var level = 1
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            switch b {
            case 0x28: level += 1; out.append(b)
            case 0x29:
                level -= 1
                if level == 0 { return PDFString(bytes: out, spelling: .literal) }
                out.append(b)
            case 0x5C:
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x0D: if pos < bytes.count, bytes[pos] == 0x0A { pos += 1 }   // line continuation
                case 0x0A: break
                case 0x30...0x37:
                    var v = Int(e - 0x30)
                    var n = 1
                    while n < 3, pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x37 {
                        v = v * 8 + Int(bytes[pos] - 0x30)
                        pos += 1
                        n += 1
                    }
                    out.append(UInt8(v & 0xFF))
                default: out.append(e)   // \( \) \\ and unknown escapes: the character itself
                }
            case 0x0D:
                // An end of line inside a string reads as a single LF.
                if pos < bytes.count, bytes[pos] == 0x0A { pos += 1 }
                out.append(0x0A)
            default:
                out.append(b)
            }
        }
        throw PDFError.syntax(offset: start, "a string that starts here is not closed with )")
    }

    mutating func parseHexString() throws -> PDFString {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        var high: UInt8?
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if b == 0x3E {
                if let h = high { out.append(h << 4) }
                return PDFString(bytes: out, spelling: .hex)
            }
            if PDFBytes.isWhitespace(b) { continue }
            guard let v = PDFBytes.hexValue(b) else {
                throw PDFError.syntax(offset: pos - 1, "a hex string holds a character that is not a hex digit")
            }
            if let h = high { out.append(h << 4 | v); high = nil } else { high = v }
        }
        throw PDFError.syntax(offset: start, "a hex string that starts here is not closed with >")
    }

    mutating func parseDictionary(depth: Int) throws -> PDFDictionary {
        pos += 2
        var dict = PDFDictionary()
        while true {
            skipWhitespaceAndComments()
            guard pos < bytes.count else { throw error("a dictionary is not closed with >>") }
            if bytes[pos] == 0x3E {
                guard pos + 1 < bytes.count, bytes[pos + 1] == 0x3E else { throw error("a dictionary ends with > instead of >>") }
                pos += 2
                return dict
            }
            guard bytes[pos] == 0x2F else { throw error("a dictionary key is not a name") }
            let key = try parseName()
            skipWhitespaceAndComments()
            // A key without a value right before >> happens in damaged files; read it as absent.
            if pos + 1 < bytes.count, bytes[pos] == 0x3E, bytes[pos + 1] == 0x3E { continue }
            let value = try parseObject(depth: depth + 1)
            if dict[key] == nil { dict[key] = value }
        }
    }

    /// `N G obj … endobj` at the current position. `streamLength` resolves an indirect /Length (nil when it
    /// cannot be resolved: the stream's end is then found by its `endstream`).
    mutating func parseIndirectObject(depth: Int = 0, streamLength: (PDFObject) throws -> Int?) throws -> (PDFReference, PDFObject) {
        let start = pos
        guard let n = readUnsignedInteger(), let g = readUnsignedInteger(), consumeKeyword("obj") else {
            throw PDFError.syntax(offset: start, "expected \"N G obj\"")
        }
        let ref = PDFReference(n, g)
        var object = try parseObject(depth: depth)
        if case .dictionary(let dict) = object, consumeKeyword("stream") {
            // A /Length that cannot be resolved (missing, a cycle) leaves the end to `endstream`.
            let length = dict["Length"].flatMap { (try? streamLength($0)) ?? nil }
            object = .stream(try parseStreamBody(dict, length: length))
        }
        _ = consumeKeyword("endobj")   // tolerated when missing
        return (ref, object)
    }

    /// The bytes after the `stream` keyword, trusting /Length only when `endstream` follows it.
    mutating func parseStreamBody(_ dict: PDFDictionary, length: Int?) throws -> PDFStream {
        // The keyword is followed by CRLF or LF; tolerate a lone CR or spaces before the newline.
        while pos < bytes.count, bytes[pos] == 0x20 { pos += 1 }
        if pos < bytes.count, bytes[pos] == 0x0D { pos += 1 }
        if pos < bytes.count, bytes[pos] == 0x0A { pos += 1 }
        let dataStart = pos
        if let length, length >= 0, length <= bytes.count - dataStart {
            var p = PDFParser(bytes: bytes, at: dataStart + length, limits: limits)
            if p.consumeKeyword("endstream") {
                pos = p.pos
                return PDFStream(dictionary: dict, data: Array(bytes[dataStart..<(dataStart + length)]))
            }
        }
        // /Length missing, wrong or beyond the file: the data ends at the next `endstream`.
        guard let end = find(Array("endstream".utf8), from: dataStart) else {
            throw PDFError.syntax(offset: dataStart, "a stream has no endstream")
        }
        var dataEnd = end
        if dataEnd > dataStart, bytes[dataEnd - 1] == 0x0A { dataEnd -= 1 }
        if dataEnd > dataStart, bytes[dataEnd - 1] == 0x0D { dataEnd -= 1 }
        pos = end + 9
        return PDFStream(dictionary: dict, data: Array(bytes[dataStart..<dataEnd]))
    }

    /// The first offset at or after `from` where `pattern` occurs.
    func find(_ pattern: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
