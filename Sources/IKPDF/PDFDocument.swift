import Foundation

/// A parsed PDF file: its bytes, the merged cross-reference table and the trailer. Objects are read on
/// demand from the bytes (object streams are decoded once, when the file is opened), so opening is cheap
/// and a damaged object that nothing asks for does not stop the rest. A value: safe to share.
public struct PDFDocument: Sendable {
    /// The file as it was read; an incremental update appends to exactly these bytes.
    public let bytes: [UInt8]
    /// The version in the header (`1.5` for `%PDF-1.5`).
    public let headerVersion: String
    /// Where each object number lives (newest section wins).
    public let xref: [Int: PDFXrefEntry]
    /// The cross-reference sections, newest first.
    public let sections: [PDFXrefSection]
    /// The newest trailer (/Root, /Info, /ID, /Size, …).
    public let trailer: PDFDictionary
    /// The byte offset that the last `startxref` gives: the /Prev of an update.
    public let startxref: Int
    /// The limits this document was opened with.
    public let limits: PDFLimits
    /// Decoded object streams: per stream number, its decoded bytes and each object's offset in them.
    let objectStreams: [Int: PDFObjectStream]

    /// Opens a PDF from bytes.
    /// - Throws: `PDFError` for a file that is not a PDF, whose cross-reference data cannot be read, or that
    ///   is encrypted.
    public init(bytes: [UInt8], limits: PDFLimits = PDFLimits()) throws {
        self.bytes = bytes
        self.limits = limits
        guard let header = PDFParser(bytes: Array(bytes.prefix(1024))).find(Array("%PDF-".utf8), from: 0) else {
            throw PDFError.notPDF
        }
        var v = header + 5
        var version = ""
        while v < bytes.count, v < header + 12, bytes[v] == 0x2E || PDFBytes.isDigit(bytes[v]) {
            version.append(Character(Unicode.Scalar(bytes[v])))
            v += 1
        }
        headerVersion = version
        startxref = try Self.findStartxref(bytes)
        let reader = PDFCrossReferenceReader(bytes: bytes, limits: limits)
        let (entries, sections) = try reader.read(startxref: startxref)
        xref = entries
        self.sections = sections
        guard let newest = sections.first else { throw PDFError.xref("no cross-reference section") }
        trailer = newest.trailer
        if trailer["Encrypt"] != nil { throw PDFError.encrypted }
        guard trailer["Root"]?.referenceValue != nil else { throw PDFError.xref("the trailer has no /Root") }

        var streams: [Int: PDFObjectStream] = [:]
        let streamNumbers = Set(entries.values.compactMap { e -> Int? in
            if case .inObjectStream(let s, _) = e { return s }
            return nil
        })
        let partial = PDFDocument(bytes: bytes, version: version, xref: entries, sections: sections, trailer: trailer,
                                  startxref: startxref, limits: limits, objectStreams: [:])
        for number in streamNumbers.sorted() {
            // A broken object stream makes only its own objects unreadable (reported when asked for).
            if let s = try? partial.loadObjectStream(number) { streams[number] = s }
        }
        objectStreams = streams
    }

    /// Opens a PDF from `Data`.
    public init(data: Data, limits: PDFLimits = PDFLimits()) throws {
        try self.init(bytes: [UInt8](data), limits: limits)
    }

    private init(bytes: [UInt8], version: String, xref: [Int: PDFXrefEntry], sections: [PDFXrefSection],
                 trailer: PDFDictionary, startxref: Int, limits: PDFLimits, objectStreams: [Int: PDFObjectStream]) {
        self.bytes = bytes
        self.headerVersion = version
        self.xref = xref
        self.sections = sections
        self.trailer = trailer
        self.startxref = startxref
        self.limits = limits
        self.objectStreams = objectStreams
    }

    /// The offset after the last `startxref` keyword, searched in the file's last 4 KiB (trailing junk is
    /// common after %%EOF).
    static func findStartxref(_ bytes: [UInt8]) throws -> Int {
        let pattern = Array("startxref".utf8)
        let from = max(0, bytes.count - 4096)
        var found: Int?
        var i = from
        let p = PDFParser(bytes: bytes)
        while let at = p.find(pattern, from: i) { found = at; i = at + 1 }
        guard let at = found else { throw PDFError.xref("no startxref near the end of the file") }
        var parser = PDFParser(bytes: bytes, at: at + pattern.count)
        guard let offset = parser.readUnsignedInteger() else {
            throw PDFError.xref("startxref at byte \(at) is not followed by an offset")
        }
        return offset
    }

    /// The highest object number in use plus one (the trailer's /Size, or more when the table says so).
    public var size: Int {
        max(trailer["Size"]?.integerValue ?? 0, (xref.keys.max() ?? 0) + 1)
    }

    /// The object numbers the cross-reference data lists as in use, in order.
    public var objectNumbers: [Int] {
        xref.compactMap { k, v in v == .free ? nil : k }.sorted()
    }

    /// The indirect object `ref`; `.null` for a free or unknown number (as PDF defines it).
    /// - Throws: `PDFError` when the object is listed but cannot be read.
    public func object(_ ref: PDFReference) throws -> PDFObject {
        try object(ref, depth: 0)
    }

    func object(_ ref: PDFReference, depth: Int) throws -> PDFObject {
        guard depth <= limits.maxDepth else {
            throw PDFError.limit("more than \(limits.maxDepth) references followed in a row (a cycle?) at \(ref)")
        }
        switch xref[ref.number] {
        case nil, .free?:
            return .null
        case .inFile(let offset, let generation)?:
            guard generation == ref.generation else { return .null }
            guard offset >= 0, offset < bytes.count else {
                throw PDFError.missingObject(ref, "listed at byte \(offset), beyond the file")
            }
            var parser = PDFParser(bytes: bytes, at: offset, limits: limits)
            let (found, value) = try parser.parseIndirectObject(depth: 0) { length in
                try self.resolve(length, depth: depth + 1).integerValue
            }
            guard found.number == ref.number else {
                throw PDFError.missingObject(ref, "byte \(offset) holds object \(found) instead")
            }
            return value
        case .inObjectStream(let number, let index)?:
            guard ref.generation == 0 else { return .null }
            guard let stream = objectStreams[number] else {
                throw PDFError.missingObject(ref, "it lives in object stream \(number), which cannot be read")
            }
            return try stream.object(at: index, ref: ref, limits: limits)
        }
    }

    /// The object itself when `value` is a reference (followed through chains), `value` otherwise.
    public func resolve(_ value: PDFObject?) throws -> PDFObject {
        try resolve(value ?? .null, depth: 0)
    }

    func resolve(_ value: PDFObject, depth: Int) throws -> PDFObject {
        var current = value
        var d = depth
        while case .reference(let r) = current {
            current = try object(r, depth: d)
            d += 1
        }
        return current
    }

    /// A dictionary (or a stream's dictionary) behind `value`, resolving a reference; nil otherwise.
    public func dictionary(_ value: PDFObject?) throws -> PDFDictionary? {
        try resolve(value).dictionaryValue
    }

    /// The document catalog (/Root).
    public func catalog() throws -> PDFDictionary {
        guard let d = try dictionary(trailer["Root"]) else {
            throw PDFError.xref("the trailer's /Root is not a dictionary")
        }
        return d
    }

    /// The reference of the catalog.
    public var catalogReference: PDFReference? { trailer["Root"]?.referenceValue }

    /// The decoded data of a stream object.
    public func decodedData(_ stream: PDFStream) throws -> [UInt8] {
        try PDFFilters.decode(stream, limits: limits)
    }

    func loadObjectStream(_ number: Int) throws -> PDFObjectStream {
        let ref = PDFReference(number, 0)
        guard case .inFile? = xref[number] else {
            throw PDFError.missingObject(ref, "an object stream must itself be a plain object in the file")
        }
        guard case .stream(let stream) = try object(ref) else {
            throw PDFError.missingObject(ref, "is used as an object stream but is not a stream")
        }
        return try PDFObjectStream(stream, ref: ref, limits: limits)
    }
}

/// A decoded object stream (/Type /ObjStm): the objects' numbers and their offsets in the data.
struct PDFObjectStream: Sendable {
    let data: [UInt8]
    let entries: [(number: Int, offset: Int)]

    init(_ stream: PDFStream, ref: PDFReference, limits: PDFLimits) throws {
        let d = stream.dictionary
        guard let n = d["N"]?.integerValue, let first = d["First"]?.integerValue, n >= 0, first >= 0 else {
            throw PDFError.missingObject(ref, "the object stream has no valid /N and /First")
        }
        data = try PDFFilters.decode(stream, limits: limits)
        guard first <= data.count, n <= data.count / 2 + 1 else {
            throw PDFError.missingObject(ref, "the object stream's /N or /First does not fit its \(data.count) bytes")
        }
        var p = PDFParser(bytes: data, at: 0, limits: limits)
        var list: [(Int, Int)] = []
        list.reserveCapacity(n)
        for _ in 0..<n {
            guard let number = p.readUnsignedInteger(), let offset = p.readUnsignedInteger() else {
                throw PDFError.missingObject(ref, "the object stream's header is not pairs of numbers")
            }
            list.append((number, first + offset))
        }
        entries = list
    }

    func object(at index: Int, ref: PDFReference, limits: PDFLimits) throws -> PDFObject {
        guard index >= 0, index < entries.count, entries[index].number == ref.number else {
            // The index in the xref is a hint; find the number if the writer got it wrong.
            guard let e = entries.first(where: { $0.number == ref.number }) else {
                throw PDFError.missingObject(ref, "is not in the object stream the cross-reference data names")
            }
            return try parse(at: e.offset, ref: ref, limits: limits)
        }
        return try parse(at: entries[index].offset, ref: ref, limits: limits)
    }

    private func parse(at offset: Int, ref: PDFReference, limits: PDFLimits) throws -> PDFObject {
        guard offset < data.count else { throw PDFError.missingObject(ref, "its offset lies beyond its object stream") }
        var p = PDFParser(bytes: data, at: offset, limits: limits)
        return try p.parseObject()
    }
}
