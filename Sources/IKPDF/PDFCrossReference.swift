/// Where the cross-reference data says an object lives.
public enum PDFXrefEntry: Hashable, Sendable {
    /// A deleted or never used number.
    case free
    /// An object written at a byte offset, with its generation.
    case inFile(offset: Int, generation: Int)
    /// The `index`-th object of the object stream numbered `stream` (generation 0).
    case inObjectStream(stream: Int, index: Int)
}

/// One section of cross-reference data as found in the file, newest first in `PDFDocument.sections`.
public struct PDFXrefSection: Sendable {
    /// Byte offset of the section (the `xref` keyword or the xref stream's object).
    public var offset: Int
    /// True for an xref stream (PDF 1.5), false for a classic `xref` table.
    public var isStream: Bool
    /// The section's trailer (for an xref stream, its dictionary).
    public var trailer: PDFDictionary
}

/// Reads the chain of cross-reference sections from startxref along /Prev (and /XRefStm in hybrid files).
struct PDFCrossReferenceReader {
    let bytes: [UInt8]
    let limits: PDFLimits

    /// The merged table (newest entry wins) and the sections, newest first.
    func read(startxref: Int) throws -> (entries: [Int: PDFXrefEntry], sections: [PDFXrefSection]) {
        var entries: [Int: PDFXrefEntry] = [:]
        var sections: [PDFXrefSection] = []
        var visited: Set<Int> = []
        var next: Int? = startxref
        while let offset = next {
            guard visited.insert(offset).inserted else {
                throw PDFError.xref("the /Prev chain of cross-reference sections loops back to byte \(offset)")
            }
            guard visited.count <= limits.maxXrefSections else {
                throw PDFError.limit("more than \(limits.maxXrefSections) cross-reference sections")
            }
            guard offset >= 0, offset < bytes.count else {
                throw PDFError.xref("a cross-reference section is said to start at byte \(offset), beyond the file's \(bytes.count) bytes")
            }
            var parser = PDFParser(bytes: bytes, at: offset, limits: limits)
            let section: PDFXrefSection
            if parser.consumeKeyword("xref") {
                let trailer = try readTable(&parser, into: &entries)
                section = PDFXrefSection(offset: offset, isStream: false, trailer: trailer)
                // A hybrid file's table is completed by an xref stream for the objects in object streams.
                if let stm = trailer["XRefStm"]?.integerValue, !visited.contains(stm) {
                    visited.insert(stm)
                    _ = try readStream(at: stm, into: &entries)
                }
            } else {
                let trailer = try readStream(at: offset, into: &entries)
                section = PDFXrefSection(offset: offset, isStream: true, trailer: trailer)
            }
            sections.append(section)
            next = section.trailer["Prev"]?.integerValue
        }
        return (entries, sections)
    }

    /// A classic table after its `xref` keyword, then the trailer dictionary.
    private func readTable(_ p: inout PDFParser, into entries: inout [Int: PDFXrefEntry]) throws -> PDFDictionary {
        while true {
            if p.consumeKeyword("trailer") {
                p.skipWhitespaceAndComments()
                guard case .dictionary(let trailer) = try p.parseObject() else {
                    throw PDFError.syntax(offset: p.pos, "the trailer is not a dictionary")
                }
                return trailer
            }
            let at = p.pos
            guard let first = p.readUnsignedInteger(), let count = p.readUnsignedInteger() else {
                throw PDFError.syntax(offset: at, "a cross-reference table holds neither a subsection header nor \"trailer\"")
            }
            guard first <= limits.maxObjectNumber, count <= limits.maxObjectNumber - first,
                  count * 18 <= bytes.count - p.pos else {
                throw PDFError.xref("a cross-reference subsection at byte \(at) claims \(count) entries from \(first), more than the file can hold")
            }
            for i in 0..<count {
                let entryAt = p.pos
                guard let offset = p.readUnsignedInteger(), let generation = p.readUnsignedInteger() else {
                    throw PDFError.syntax(offset: entryAt, "a cross-reference entry is not \"offset generation n|f\"")
                }
                p.skipWhitespaceAndComments()
                let kind = p.peekToken()
                p.pos += kind.count
                let number = first + i
                // Writers sometimes start a table at 1 while meaning 0: a free first entry with generation
                // 65535 marks object 0 whatever its claimed number.
                if entries[number] != nil { continue }
                if kind.elementsEqual("n".utf8) {
                    entries[number] = offset == 0 && number == 0 ? .free : .inFile(offset: offset, generation: generation)
                } else if kind.elementsEqual("f".utf8) {
                    entries[number] = .free
                } else {
                    throw PDFError.syntax(offset: entryAt, "a cross-reference entry ends in neither n nor f")
                }
            }
        }
    }

    /// An xref stream object at `offset`: its entries, and its dictionary as the trailer.
    private func readStream(at offset: Int, into entries: inout [Int: PDFXrefEntry]) throws -> PDFDictionary {
        guard offset >= 0, offset < bytes.count else {
            throw PDFError.xref("an xref stream is said to start at byte \(offset), beyond the file")
        }
        var p = PDFParser(bytes: bytes, at: offset, limits: limits)
        // An xref stream's /Length must be direct (the table to resolve a reference is what we are reading).
        let (_, object) = try p.parseIndirectObject(streamLength: { $0.integerValue })
        guard case .stream(let stream) = object, stream.dictionary["Type"]?.nameValue == "XRef" else {
            throw PDFError.xref("startxref or /Prev points to byte \(offset), where there is neither \"xref\" nor an xref stream")
        }
        let dict = stream.dictionary
        guard let w = dict["W"]?.arrayValue?.compactMap(\.integerValue), w.count == 3, w.allSatisfy({ $0 >= 0 && $0 <= 8 }) else {
            throw PDFError.xref("the xref stream at byte \(offset) has no valid /W [a b c]")
        }
        guard let size = dict["Size"]?.integerValue, size >= 0, size <= limits.maxObjectNumber + 1 else {
            throw PDFError.xref("the xref stream at byte \(offset) has no valid /Size")
        }
        var ranges: [(Int, Int)] = []
        if let index = dict["Index"]?.arrayValue?.compactMap(\.integerValue) {
            guard index.count % 2 == 0 else { throw PDFError.xref("the xref stream at byte \(offset) has an odd /Index") }
            for k in stride(from: 0, to: index.count, by: 2) { ranges.append((index[k], index[k + 1])) }
        } else {
            ranges = [(0, size)]
        }
        let data = try PDFFilters.decode(stream, limits: limits)
        let rowWidth = w[0] + w[1] + w[2]
        guard rowWidth > 0 else { throw PDFError.xref("the xref stream at byte \(offset) has /W [0 0 0]") }
        var row = 0
        for (first, count) in ranges {
            guard first >= 0, count >= 0, first <= limits.maxObjectNumber, count <= limits.maxObjectNumber - first else {
                throw PDFError.xref("the xref stream at byte \(offset) has an /Index range out of bounds")
            }
            for i in 0..<count {
                let at = row * rowWidth
                guard at + rowWidth <= data.count else {
                    throw PDFError.xref("the xref stream at byte \(offset) holds fewer entries than its /Index claims")
                }
                row += 1
                func field(_ start: Int, _ width: Int) -> Int {
                    var v = 0
                    for k in 0..<width { v = v << 8 | Int(data[at + start + k]) }
                    return v
                }
                let type = w[0] == 0 ? 1 : field(0, w[0])
                let f2 = field(w[0], w[1])
                let f3 = field(w[0] + w[1], w[2])
                let number = first + i
                guard entries[number] == nil else { continue }
                switch type {
                case 0: entries[number] = .free
                case 1: entries[number] = .inFile(offset: f2, generation: f3)
                case 2: entries[number] = .inObjectStream(stream: f2, index: f3)
                default: break   // reserved types read as null objects
                }
            }
        }
        var trailer = dict
        for key in ["Type", "W", "Index", "Filter", "DecodeParms", "Length"] { trailer[key] = nil }
        return trailer
    }
}
