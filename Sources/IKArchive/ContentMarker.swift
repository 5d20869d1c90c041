import IKPDF

/// Rewrites one page's content stream so that every piece of content is either marked content of the
/// structure tree or an artifact, as PDF/UA-1 (7.1) asks:
/// - the marked content of page furniture (Cairo wrote it under `StructureTag.decorationName`) becomes an
///   `/Artifact` sequence of the pagination type;
/// - content outside any marked-content sequence (rules, fills and borders Cairo leaves unmarked, because it
///   marks only elements that hold no other element) is wrapped in `/Artifact BMC … EMC`.
/// Everything else is copied byte for byte, so the text and the drawing stay as Cairo wrote them.
struct ContentMarker {
    /// The page's decoration MCIDs and the artifact subtype each becomes ("Header", "Footer").
    var decorations: [Int: String]
    /// The structure type Cairo wrote for decorations.
    var decorationName: String

    /// What the rewrite did, for the report and the tests.
    struct Result {
        var bytes: [UInt8]
        /// Unmarked stretches wrapped as artifacts.
        var artifactRuns = 0
        /// Of those, the ones that show text: content that should have been tagged (a tagging gap).
        var unmarkedTextRuns = 0
        /// Decoration sequences turned into artifacts.
        var decorationsMarked = 0
    }

    func mark(_ content: [UInt8]) throws -> Result {
        var scanner = ContentScanner(bytes: content)
        var out: [UInt8] = []
        out.reserveCapacity(content.count + 256)
        var copied = 0
        var result = Result(bytes: [])
        var depth = 0
        var artifactOpen = false
        var artifactHasText = false
        var inText = false
        var artifactOpenedInText = false

        func copy(upTo offset: Int) {
            if offset > copied { out.append(contentsOf: content[copied..<offset]); copied = offset }
        }
        func insert(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
        func closeArtifact(at offset: Int) {
            copy(upTo: offset)
            insert("EMC\n")
            artifactOpen = false
            if artifactHasText { result.unmarkedTextRuns += 1 }
            artifactHasText = false
        }

        while let op = try scanner.next() {
            switch op.name {
            case "BDC", "BMC":
                if depth == 0 {
                    if artifactOpen {
                        guard !(inText && !artifactOpenedInText) else {
                            throw PDFError.syntax(offset: op.start, "marked content begins inside a text object that an unmarked stretch began before")
                        }
                        closeArtifact(at: op.start)
                    }
                    if op.name == "BDC", scanner.firstName(in: op) == decorationName,
                       let mcid = scanner.mcid(in: op), let subtype = decorations[mcid] {
                        copy(upTo: op.start)
                        insert("/Artifact <</Type /Pagination /Subtype /\(subtype)>> BDC")
                        copied = op.end
                        result.decorationsMarked += 1
                    }
                }
                depth += 1
            case "EMC":
                guard depth > 0 else { throw PDFError.syntax(offset: op.start, "EMC without a marked-content sequence to end") }
                depth -= 1
            case "ET":
                if artifactOpen, artifactOpenedInText { closeArtifact(at: op.end); insert("\n") }
                inText = false
            default:
                if op.name == "BT" { inText = true }
                guard depth == 0 else { continue }
                if !artifactOpen, Self.isContent(op.name) {
                    copy(upTo: op.start)
                    insert("/Artifact BMC\n")
                    artifactOpen = true
                    artifactOpenedInText = inText && op.name != "BT"
                    result.artifactRuns += 1
                }
                if artifactOpen, Self.showsText(op.name) { artifactHasText = true }
            }
        }
        guard depth == 0 else { throw PDFError.syntax(offset: content.count, "a marked-content sequence is not ended") }
        if artifactOpen {
            copy(upTo: content.count)
            insert("\nEMC\n")
            if artifactHasText { result.unmarkedTextRuns += 1 }
        } else {
            copy(upTo: content.count)
        }
        result.bytes = out
        return result
    }

    /// Operators that draw (or begin drawing); graphics-state and colour operators alone are not content.
    static func isContent(_ op: String) -> Bool {
        switch op {
        case "m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*",
             "BT", "Tj", "TJ", "'", "\"", "Do", "sh", "BI":
            return true
        default:
            return false
        }
    }

    static func showsText(_ op: String) -> Bool { op == "Tj" || op == "TJ" || op == "'" || op == "\"" }
}

/// One operation of a content stream: its operator and the byte range from its first operand to the end
/// of the operator.
struct ContentOperation {
    var name: String
    var start: Int
    var end: Int
}

/// Splits a content stream into operations without interpreting them: strings, names, numbers, arrays,
/// dictionaries and inline images are skipped as units, so a rewrite can copy everything else untouched.
struct ContentScanner {
    let bytes: [UInt8]
    private var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    private static func isWhite(_ b: UInt8) -> Bool { b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32 }
    private static func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x28 || b == 0x29 || b == 0x3C || b == 0x3E || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D || b == 0x2F || b == 0x25
    }

    /// The next operation, nil at the end. Throws on an unterminated string or inline image.
    mutating func next() throws -> ContentOperation? {
        var start: Int?
        while true {
            skipWhite()
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if start == nil { start = i }
            switch b {
            case 0x28: try skipLiteralString()
            case 0x3C:
                if i + 1 < bytes.count, bytes[i + 1] == 0x3C { i += 2 } else { try skipHexString() }
            case 0x3E: i += 1   // '>>' (two of them) or a stray '>'
            case 0x5B, 0x5D, 0x7B, 0x7D: i += 1
            case 0x2F:
                i += 1
                while i < bytes.count, !Self.isWhite(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
            default:
                let wordStart = i
                while i < bytes.count, !Self.isWhite(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
                if i == wordStart { i += 1; continue }   // a lone delimiter we do not know: step over it
                let word = String(decoding: bytes[wordStart..<i], as: UTF8.self)
                if let first = word.utf8.first, first == 0x2B || first == 0x2D || first == 0x2E || (first >= 0x30 && first <= 0x39) { continue }
                if word == "true" || word == "false" || word == "null" { continue }
                if word == "BI" { try skipInlineImage() }
                return ContentOperation(name: word, start: start ?? wordStart, end: i)
            }
        }
    }

    private mutating func skipWhite() {
        while i < bytes.count {
            if Self.isWhite(bytes[i]) { i += 1; continue }
            if bytes[i] == 0x25 {   // a comment runs to the end of the line
                while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
                continue
            }
            break
        }
    }

    private mutating func skipLiteralString() throws {
        let from = i
        var nesting = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x5C { i += 2; continue }
            if b == 0x28 { nesting += 1 } else if b == 0x29 {
                nesting -= 1
                if nesting == 0 { i += 1; return }
            }
            i += 1
        }
        throw PDFError.syntax(offset: from, "a string in the content stream is not closed")
    }

    private mutating func skipHexString() throws {
        let from = i
        while i < bytes.count, bytes[i] != 0x3E { i += 1 }
        guard i < bytes.count else { throw PDFError.syntax(offset: from, "a hex string in the content stream is not closed") }
        i += 1
    }

    /// From after `BI` to after its `EI`: the image data between `ID` and `EI` is binary.
    private mutating func skipInlineImage() throws {
        let from = i
        while i + 1 < bytes.count {
            if bytes[i] == 0x49, bytes[i + 1] == 0x44, i > 0, Self.isWhite(bytes[i - 1]),
               i + 2 >= bytes.count || Self.isWhite(bytes[i + 2]) {
                i += 3
                while i + 1 < bytes.count {
                    if Self.isWhite(bytes[i - 1]), bytes[i] == 0x45, bytes[i + 1] == 0x49,
                       i + 2 >= bytes.count || Self.isWhite(bytes[i + 2]) {
                        i += 2
                        return
                    }
                    i += 1
                }
                break
            }
            i += 1
        }
        throw PDFError.syntax(offset: from, "an inline image in the content stream has no end")
    }

    /// The first name among an operation's operands (a BDC's tag).
    func firstName(in op: ContentOperation) -> String? {
        var k = op.start
        while k < op.end, bytes[k] != 0x2F { k += 1 }
        guard k < op.end else { return nil }
        var e = k + 1
        while e < op.end, !Self.isWhite(bytes[e]), !Self.isDelimiter(bytes[e]) { e += 1 }
        return String(decoding: bytes[(k + 1)..<e], as: UTF8.self)
    }

    /// The integer after `/MCID` in an operation's property list.
    func mcid(in op: ContentOperation) -> Int? {
        let key = Array("/MCID".utf8)
        var k = op.start
        while k + key.count <= op.end {
            if Array(bytes[k..<(k + key.count)]) == key {
                var e = k + key.count
                while e < op.end, Self.isWhite(bytes[e]) { e += 1 }
                var value = 0, digits = 0
                while e < op.end, bytes[e] >= 0x30, bytes[e] <= 0x39 { value = value * 10 + Int(bytes[e] - 0x30); e += 1; digits += 1 }
                return digits > 0 ? value : nil
            }
            k += 1
        }
        return nil
    }
}
