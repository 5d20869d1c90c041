import Foundation

/// Changes to a document, written either as an incremental update (the original bytes untouched, the new
/// and replaced objects, a new cross-reference section and a trailer with /Prev appended: what a
/// signature needs) or as a full rewrite (every object once, one classic cross-reference table, no object
/// streams). Both outputs are deterministic: the same document and changes give the same bytes.
public struct PDFUpdate: Sendable {
    /// The document being changed.
    public let document: PDFDocument
    /// New and replaced objects by number (with their generation).
    public private(set) var changes: [Int: (generation: Int, object: PDFObject)] = [:]
    /// The trailer to write. Starts as the document's (without /Prev, /XRefStm and /Size, which the writer
    /// sets); change /ID, /Info or /Root here.
    public var trailer: PDFDictionary
    /// The next object number `add` hands out.
    public private(set) var nextNumber: Int

    public init(_ document: PDFDocument) {
        self.document = document
        var t = document.trailer
        for key in ["Prev", "XRefStm", "Size"] { t[key] = nil }
        trailer = t
        nextNumber = max(1, document.size)
    }

    /// Adds a new object and returns its reference.
    @discardableResult
    public mutating func add(_ object: PDFObject) -> PDFReference {
        let ref = PDFReference(nextNumber, 0)
        nextNumber += 1
        changes[ref.number] = (0, object)
        return ref
    }

    /// Replaces the object `ref` (or creates it under that number).
    public mutating func set(_ ref: PDFReference, _ object: PDFObject) {
        changes[ref.number] = (ref.generation, object)
        nextNumber = max(nextNumber, ref.number + 1)
    }

    /// The object as it stands with these changes: the changed one, or the document's.
    public func object(_ ref: PDFReference) throws -> PDFObject {
        if let c = changes[ref.number] { return c.generation == ref.generation ? c.object : .null }
        return try document.object(ref)
    }

    /// `value` itself, or the object it refers to as it stands with these changes.
    public func resolve(_ value: PDFObject?) throws -> PDFObject {
        var current = value ?? .null
        var depth = 0
        while case .reference(let r) = current {
            depth += 1
            guard depth <= document.limits.maxDepth else { throw PDFError.limit("reference chain too long at \(r)") }
            current = try object(r)
        }
        return current
    }

    /// The original bytes followed by the changed objects, a cross-reference section and a trailer whose
    /// /Prev points at the original's. The section is an xref stream when the original's newest is one
    /// (readers need not accept a classic table after a stream), a classic table otherwise.
    public func writeIncremental() throws -> PDFWrittenFile {
        var s = PDFSerializer(appendingTo: document.bytes)
        if let last = s.out.last, last != 0x0A, last != 0x0D { s.out.append(0x0A) }
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        for number in changes.keys.sorted() {
            guard let c = changes[number] else { continue }
            offsets[number] = (s.out.count, c.generation)
            try s.writeIndirect(PDFReference(number, c.generation), c.object)
        }
        var t = trailer
        t["Prev"] = .integer(document.startxref)
        if document.sections.first?.isStream == true {
            try writeXrefStream(&s, offsets: offsets, trailer: t, firstFree: false)
        } else {
            let xrefAt = s.out.count
            s.write("xref\n")
            writeTableSubsections(&s, offsets: offsets)
            t["Size"] = .integer(max(document.size, nextNumber))
            try writeTrailer(&s, t, xrefAt: xrefAt)
        }
        return PDFWrittenFile(bytes: s.out, placeholders: s.placeholders)
    }

    /// Every object written once, in number order: the document's (objects from object streams become
    /// plain objects; xref and object streams themselves are dropped) with the changes applied, then one
    /// classic cross-reference table. /Prev and /XRefStm are gone from the trailer.
    public func writeFull() throws -> PDFWrittenFile {
        var s = PDFSerializer()
        let version = document.headerVersion.isEmpty ? "1.7" : document.headerVersion
        // The comment with four bytes above 127 tells transfer programs the file is binary (PDF/A asks for it).
        s.write("%PDF-\(version)\n%")
        s.out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])
        s.write("\n")
        var numbers = Set(document.objectNumbers)
        numbers.formUnion(changes.keys)
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        for number in numbers.sorted() where number > 0 {
            let generation: Int
            let object: PDFObject
            if let c = changes[number] {
                (generation, object) = (c.generation, c.object)
            } else {
                if case .inFile(_, let g)? = document.xref[number] { generation = g } else { generation = 0 }
                object = try document.object(PDFReference(number, generation))
                if case .stream(let st) = object, let type = st.dictionary["Type"]?.nameValue, type == "XRef" || type == "ObjStm" {
                    continue
                }
            }
            offsets[number] = (s.out.count, generation)
            try s.writeIndirect(PDFReference(number, generation), object)
        }
        var t = trailer
        t["Prev"] = nil
        try Self.writeClassicTable(&s, offsets: offsets, size: nextNumber, trailer: t)
        return PDFWrittenFile(bytes: s.out, placeholders: s.placeholders)
    }

    /// One classic cross-reference table for objects 0 to the size (at least `size`), free entries linked,
    /// then the trailer with /Size set: the end of a file written from scratch.
    static func writeClassicTable(_ s: inout PDFSerializer, offsets: [Int: (offset: Int, generation: Int)],
                                  size minimum: Int, trailer: PDFDictionary) throws {
        let size = max(minimum, (offsets.keys.max() ?? 0) + 1)
        let xrefAt = s.out.count
        s.write("xref\n0 \(size)\n")
        // Free entries link into a list from object 0, each naming the next free number.
        let free = (0..<size).filter { offsets[$0] == nil }
        var nextFree: [Int: Int] = [:]
        for (i, n) in free.enumerated() { nextFree[n] = i + 1 < free.count ? free[i + 1] : 0 }
        for n in 0..<size {
            if let o = offsets[n] {
                s.write(Self.entry(o.offset, o.generation, "n"))
            } else {
                s.write(Self.entry(nextFree[n] ?? 0, n == 0 ? 65535 : 1, "f"))
            }
        }
        var t = trailer
        t["Size"] = .integer(size)
        s.write("trailer\n")
        try s.writeDictionary(t)
        s.write("\nstartxref\n\(xrefAt)\n%%EOF\n")
    }

    static func entry(_ offset: Int, _ generation: Int, _ kind: String) -> String {
        func pad(_ v: Int, _ w: Int) -> String { let d = String(v); return String(repeating: "0", count: max(0, w - d.count)) + d }
        return "\(pad(offset, 10)) \(pad(generation, 5)) \(kind) \n"   // exactly 20 bytes with the EOL
    }

    private func writeTableSubsections(_ s: inout PDFSerializer, offsets: [Int: (offset: Int, generation: Int)]) {
        let numbers = offsets.keys.sorted()
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            s.write("\(numbers[i]) \(j - i + 1)\n")
            for k in i...j {
                if let o = offsets[numbers[k]] { s.write(Self.entry(o.offset, o.generation, "n")) }
            }
            i = j + 1
        }
    }

    private func writeTrailer(_ s: inout PDFSerializer, _ t: PDFDictionary, xrefAt: Int) throws {
        s.write("trailer\n")
        try s.writeDictionary(t)
        s.write("\nstartxref\n\(xrefAt)\n%%EOF\n")
    }

    private func writeXrefStream(_ s: inout PDFSerializer, offsets: [Int: (offset: Int, generation: Int)],
                                 trailer: PDFDictionary, firstFree: Bool) throws {
        var offsets = offsets
        let number = max(nextNumber, (offsets.keys.max() ?? 0) + 1)
        let xrefAt = s.out.count
        offsets[number] = (xrefAt, 0)
        let numbers = offsets.keys.sorted()
        var index: [PDFObject] = []
        var rows: [UInt8] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            index.append(.integer(numbers[i]))
            index.append(.integer(j - i + 1))
            for k in i...j {
                guard let o = offsets[numbers[k]] else { continue }
                rows.append(1)
                for shift in stride(from: 24, through: 0, by: -8) { rows.append(UInt8((o.offset >> shift) & 0xFF)) }
                rows.append(UInt8((o.generation >> 8) & 0xFF))
                rows.append(UInt8(o.generation & 0xFF))
            }
            i = j + 1
        }
        guard xrefAt < 1 << 32 else { throw PDFError.invalidArgument("files beyond 4 GiB are not supported") }
        var d = trailer
        d["Type"] = .name("XRef")
        d["Size"] = .integer(max(document.size, number + 1))
        d["Index"] = .array(index)
        d["W"] = .array([.integer(1), .integer(4), .integer(2)])
        let stream = try PDFStream.flate(rows, dictionary: d)
        try s.writeIndirect(PDFReference(number, 0), .stream(stream))
        s.write("startxref\n\(xrefAt)\n%%EOF\n")
    }
}

/// Bytes a write produced, with the places of its placeholders, to be filled before the file is used:
/// for a signature, `byteRange(excluding:)` gives the /ByteRange, `fill(_:byteRange:)` writes it,
/// `signedBytes(_:)` gives the bytes to digest, and `fill(_:hex:)` puts the signature into /Contents.
public struct PDFWrittenFile: Sendable {
    /// The file.
    public private(set) var bytes: [UInt8]
    /// Each placeholder's token (`<00…>` or `[0000000000 …]`) as a range of `bytes`.
    public let placeholders: [String: Range<Int>]

    public init(bytes: [UInt8], placeholders: [String: Range<Int>]) {
        self.bytes = bytes
        self.placeholders = placeholders
    }

    /// The file as `Data`.
    public var data: Data { Data(bytes) }

    private func range(_ id: String) throws -> Range<Int> {
        guard let r = placeholders[id] else { throw PDFError.invalidArgument("no placeholder \"\(id)\" was written") }
        return r
    }

    /// The /ByteRange that covers the whole file except the placeholder `id` (its angle brackets included):
    /// `[0, start, end, count - end]`.
    public func byteRange(excluding id: String) throws -> [Int] {
        let r = try range(id)
        return [0, r.lowerBound, r.upperBound, bytes.count - r.upperBound]
    }

    /// The bytes a /ByteRange covers, concatenated (what a signature digests).
    public func signedBytes(_ byteRange: [Int]) throws -> [UInt8] {
        guard byteRange.count % 2 == 0 else { throw PDFError.invalidArgument("a byte range has an odd count") }
        var out: [UInt8] = []
        for k in stride(from: 0, to: byteRange.count, by: 2) {
            let start = byteRange[k], length = byteRange[k + 1]
            guard start >= 0, length >= 0, start <= bytes.count - length else {
                throw PDFError.invalidArgument("byte range \(start)+\(length) lies outside the \(bytes.count)-byte file")
            }
            out.append(contentsOf: bytes[start..<(start + length)])
        }
        return out
    }

    /// Writes four integers into the /ByteRange placeholder `id`, padded with spaces to its width.
    public mutating func fill(_ id: String, byteRange: [Int]) throws {
        let r = try range(id)
        var text = "[" + byteRange.map(String.init).joined(separator: " ")
        let width = r.count - 1
        guard byteRange.count == 4, text.utf8.count <= width else {
            throw PDFError.invalidArgument("the byte range does not fit placeholder \"\(id)\"")
        }
        text += String(repeating: " ", count: width - text.utf8.count) + "]"
        bytes.replaceSubrange(r, with: Array(text.utf8))
    }

    /// Writes `hex` into the hex-string placeholder `id`, zero-padded to its size.
    /// - Throws: when `hex` is longer than the placeholder holds.
    public mutating func fill(_ id: String, hex: [UInt8]) throws {
        let r = try range(id)
        let capacity = (r.count - 2) / 2
        guard hex.count <= capacity else {
            throw PDFError.invalidArgument("\(hex.count) bytes do not fit placeholder \"\(id)\" of \(capacity) bytes")
        }
        var text: [UInt8] = [0x3C]
        for b in hex {
            text.append(PDFSerializer.hexDigits[Int(b >> 4)])
            text.append(PDFSerializer.hexDigits[Int(b & 0xF)])
        }
        text.append(contentsOf: repeatElement(0x30, count: 2 * (capacity - hex.count)))
        text.append(0x3E)
        bytes.replaceSubrange(r, with: text)
    }
}
