import Foundation

/// Reads a PDF back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) and qpdf, so tests assert on
/// the real output rather than on the engine's intentions.
///
/// Each tool runs once per inspector and question; the answers are cached, so make a new inspector
/// after rewriting the file. Errors of the tools arrive as `PDFToolError` (command, status, stderr).
public struct PDFInspector: Sendable {
    public let url: URL
    private let cache = ToolCache()

    public init(_ url: URL) { self.url = url }

    // MARK: - Document information

    /// `pdfinfo`'s fields: Title, Author, Subject, Keywords, Creator, Producer, Tagged, Pages,
    /// "Page size", "PDF version", … (values trimmed; text in UTF-8).
    public var info: [String: String] {
        get throws {
            var fields: [String: String] = [:]
            for line in try output("pdfinfo", ["-enc", "UTF-8", url.path]).split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return fields
        }
    }

    public var pageCount: Int {
        get throws {
            guard let pages = try info["Pages"], let n = Int(pages) else {
                throw PDFInspectorError("pdfinfo reported no page count for \(url.path)")
            }
            return n
        }
    }

    // MARK: - Text

    /// `pdftotext -layout`, one string per page (the tool ends every page with a form feed).
    /// A line broken at a soft hyphen ends in U+00AD: Pango draws the hyphen glyph for it.
    public var pageTexts: [String] {
        get throws {
            let all = try output("pdftotext", ["-layout", "-enc", "UTF-8", url.path, "-"])
            var pages = all.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            if let last = pages.last, last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
               pages.count > (try pageCount) {
                pages.removeLast()
            }
            return pages
        }
    }

    /// All pages' text through `normalized(_:)`: compare it with `PDFInspector.normalized(input)`.
    public var plainText: String {
        get throws { Self.normalized(try pageTexts.joined(separator: "\n")) }
    }

    /// Text reduced to what survives layout, so the same function applied to the input and to the
    /// PDF's text makes them comparable:
    /// - U+00AD together with the line break after it is removed (a hyphenated word is whole again),
    ///   U+200B is removed;
    /// - white space after `/`, `-`, `‐`, `–`, `—` and before `—` is removed (lines may break there, and
    ///   the input has no space there, or has one in both);
    /// - all other runs of white space become one space, and the ends are trimmed;
    /// - canonical composition (NFC), so "å" typed decomposed matches.
    public static func normalized(_ text: String) -> String {
        let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var pendingSpace = false
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "\u{AD}":
                i += 1
                while i < scalars.count, isSpace(scalars[i]) { i += 1 }
                continue
            case "\u{200B}":
                i += 1
                continue
            case _ where isSpace(s):
                pendingSpace = true
            default:
                if pendingSpace, !out.isEmpty, let last = out.last,
                   !["/", "-", "\u{2010}", "\u{2013}", "\u{2014}"].contains(last), s != "\u{2014}" {
                    out.append(" ")
                }
                pendingSpace = false
                out.append(s)
            }
            i += 1
        }
        return String(out)
    }

    // MARK: - Fonts

    /// One row of `pdffonts`.
    public struct Font: Sendable, Equatable {
        public let name: String
        public let type: String
        public let encoding: String
        public let embedded: Bool
        public let subset: Bool
        public let hasToUnicode: Bool
        /// The name without a subset tag ("ABCDEF+Carlito-Bold" → "Carlito-Bold").
        public var baseName: String {
            guard let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 else { return name }
            return String(name[name.index(after: plus)...])
        }
    }

    public var fonts: [Font] {
        get throws {
            let lines = try output("pdffonts", [url.path]).split(separator: "\n")
            // Columns are padded, but a long name overflows its column: read from the right, where
            // the fields (emb sub uni object generation) are single words, then name, type, encoding.
            return try lines.dropFirst(2).map { line in
                let words = line.split(separator: " ").map(String.init)
                guard words.count >= 8 else { throw PDFInspectorError("unexpected pdffonts line: \(line)") }
                let n = words.count
                return Font(name: words[0], type: words[1..<(n - 6)].joined(separator: " "), encoding: words[n - 6],
                            embedded: words[n - 5] == "yes", subset: words[n - 4] == "yes",
                            hasToUnicode: words[n - 3] == "yes")
            }
        }
    }

    // MARK: - Validity

    /// `qpdf --check`: ok only when qpdf found nothing (exit 0; warnings exit 3). `output` holds
    /// qpdf's stdout and stderr for the failure message.
    public func qpdfCheck() throws -> (ok: Bool, output: String) {
        let r = try PDFTool.execute("qpdf", ["--check", url.path])
        return (r.status == 0, r.text + r.stderr)
    }

    // MARK: - Plumbing

    /// Standard output of a tool that must succeed, cached per argument list.
    func output(_ tool: String, _ args: [String], accepting: Set<Int32> = []) throws -> String {
        try cache.value(for: ([tool] + args).joined(separator: "\u{1F}")) {
            try PDFTool.runData(tool, args, accepting: accepting).text
        }
    }
}

/// Something in a tool's output that the inspector could not understand, or a bad question.
public struct PDFInspectorError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Tool outputs already read. A class so the inspector stays a value that is cheap to copy.
final class ToolCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    func value(for key: String, compute: () throws -> String) throws -> String {
        lock.lock()
        let cached = values[key]
        lock.unlock()
        if let cached { return cached }
        let value = try compute()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
