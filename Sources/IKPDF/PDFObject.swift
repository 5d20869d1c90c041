/// A reference to an indirect object: `12 0 R`.
public struct PDFReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The object number (1 and up; 0 is the head of the free list).
    public var number: Int
    /// The generation number (0 for every object a writer creates).
    public var generation: Int

    public init(_ number: Int, _ generation: Int = 0) {
        self.number = number
        self.generation = generation
    }

    public static func < (a: PDFReference, b: PDFReference) -> Bool {
        (a.number, a.generation) < (b.number, b.generation)
    }

    public var description: String { "\(number) \(generation) R" }
}

/// A PDF string: raw bytes (not text) and whether it is written `(literal)` or `<hex>`.
public struct PDFString: Hashable, Sendable {
    /// How the string is spelled in the file; kept so a rewrite does not change it.
    public enum Spelling: Sendable { case literal, hex }
    /// The string's bytes after escapes are resolved.
    public var bytes: [UInt8]
    /// The spelling used when it is written.
    public var spelling: Spelling

    public init(bytes: [UInt8], spelling: Spelling = .literal) {
        self.bytes = bytes
        self.spelling = spelling
    }

    /// A text string: ASCII stays single-byte (PDFDocEncoding agrees with ASCII there); anything else is
    /// written UTF-16BE with a byte-order mark, as the PDF text string rules require.
    public init(text: String) {
        if text.unicodeScalars.allSatisfy({ $0.value < 0x7F }) {
            self.init(bytes: Array(text.utf8))
        } else {
            var bytes: [UInt8] = [0xFE, 0xFF]
            for unit in text.utf16 { bytes.append(UInt8(unit >> 8)); bytes.append(UInt8(unit & 0xFF)) }
            self.init(bytes: bytes)
        }
    }

    /// The string read as a PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or
    /// PDFDocEncoding (read as Latin-1, which agrees on every letter Swedish uses).
    public var text: String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count { units.append(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return String(decoding: bytes[3...], as: UTF8.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

/// A space in the written file that is filled in after writing: what a signature needs (its `/ByteRange`
/// and `/Contents` are only known once every other byte is in place). See `PDFWrittenFile.fill`.
public struct PDFPlaceholder: Hashable, Sendable {
    /// What the placeholder holds once filled.
    public enum Kind: Hashable, Sendable {
        /// A hex string of exactly `byteCount` bytes, written as `<00…00>` (a signature's /Contents).
        case hexString(byteCount: Int)
        /// An array of four integers, each padded to 10 digits (a signature's /ByteRange).
        case byteRange
    }
    /// Tells placeholders of one write apart.
    public var id: String
    /// The placeholder's kind, which fixes its width in the file.
    public var kind: Kind

    public init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }
}

/// Any PDF object. Streams are only valid as the value of an indirect object.
public enum PDFObject: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case string(PDFString)
    case name(String)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case stream(PDFStream)
    case reference(PDFReference)
    /// Written as a fixed-width blank to be filled after writing.
    case placeholder(PDFPlaceholder)

    /// A text string object (see `PDFString.init(text:)`).
    public static func text(_ s: String) -> PDFObject { .string(PDFString(text: s)) }

    public var integerValue: Int? { if case .integer(let v) = self { return v }; return nil }
    /// Integers and reals as a number.
    public var numberValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }
    public var nameValue: String? { if case .name(let v) = self { return v }; return nil }
    public var boolValue: Bool? { if case .bool(let v) = self { return v }; return nil }
    public var stringValue: PDFString? { if case .string(let v) = self { return v }; return nil }
    public var arrayValue: [PDFObject]? { if case .array(let v) = self { return v }; return nil }
    public var referenceValue: PDFReference? { if case .reference(let v) = self { return v }; return nil }
    public var streamValue: PDFStream? { if case .stream(let v) = self { return v }; return nil }
    /// The dictionary of a dictionary, or of a stream.
    public var dictionaryValue: PDFDictionary? {
        switch self {
        case .dictionary(let d): return d
        case .stream(let s): return s.dictionary
        default: return nil
        }
    }
}

/// A dictionary that keeps its keys in the order they were read or set, so writing is deterministic and
/// a rewritten object reads like its original. Keys are names without the slash.
public struct PDFDictionary: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The entries in order; a key appears at most once.
    public private(set) var entries: [(key: String, value: PDFObject)] = []

    public init() {}
    public init(_ pairs: [(String, PDFObject)]) {
        for (k, v) in pairs { self[k] = v }
    }
    public init(dictionaryLiteral elements: (String, PDFObject)...) {
        self.init(elements)
    }

    /// The value for a key; setting nil (or `.null`, which PDF treats as absent) removes it.
    public subscript(key: String) -> PDFObject? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            let index = entries.firstIndex(where: { $0.key == key })
            switch (newValue, index) {
            case (nil, let i?), (.null?, let i?): entries.remove(at: i)
            case (nil, nil), (.null?, nil): break
            case (let v?, let i?): entries[i].value = v
            case (let v?, nil): entries.append((key, v))
            }
        }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[(key: String, value: PDFObject)]> { entries.makeIterator() }

    public static func == (a: PDFDictionary, b: PDFDictionary) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
    public func hash(into h: inout Hasher) {
        for e in entries { h.combine(e.key); h.combine(e.value) }
    }
}

/// A stream: its dictionary and its bytes as stored in the file (still encoded by its /Filter).
/// `/Length` is set from `data` when written; the dictionary's own /Length is ignored then.
public struct PDFStream: Hashable, Sendable {
    /// The stream dictionary (/Filter, /DecodeParms, /Type, …).
    public var dictionary: PDFDictionary
    /// The encoded bytes between `stream` and `endstream`.
    public var data: [UInt8]

    public init(dictionary: PDFDictionary, data: [UInt8]) {
        self.dictionary = dictionary
        self.data = data
    }

    /// A stream that holds `decoded` compressed with Flate (deterministic: same input, same bytes).
    public static func flate(_ decoded: [UInt8], dictionary: PDFDictionary = [:]) throws -> PDFStream {
        var d = dictionary
        d["Filter"] = .name("FlateDecode")
        d["DecodeParms"] = nil
        return PDFStream(dictionary: d, data: try Flate.compress(decoded))
    }
}
