import Foundation

/// A rectangle in PDF points with the origin at the top left of the page and y growing downwards,
/// as pdftotext reports it and as the engine (Cairo) lays out.
public struct PDFRect: Sendable, Equatable, CustomStringConvertible {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.init(minX: x, minY: y, maxX: x + width, maxY: y + height)
    }
    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    /// Whether `other` lies wholly inside this rectangle, allowing `slack` points on every side.
    public func contains(_ other: PDFRect, slack: Double = 0) -> Bool {
        other.minX >= minX - slack && other.minY >= minY - slack
            && other.maxX <= maxX + slack && other.maxY <= maxY + slack
    }
    public var description: String {
        String(format: "(%.2f, %.2f)–(%.2f, %.2f)", minX, minY, maxX, maxY)
    }
}

/// One word as pdftotext sees it, with its bounding box (font ascent to descent, not ink).
public struct PDFWord: Sendable, Equatable {
    public let text: String
    public let box: PDFRect
}

extension PDFInspector {
    public typealias Word = PDFWord

    /// The words of one page (numbered from 1), from `pdftotext -bbox`.
    public func words(page: Int) throws -> [Word] {
        try bboxPage(page).words
    }

    /// The page's width and height in points (its crop box, as pdftotext uses it).
    public func pageSize(page: Int) throws -> (width: Double, height: Double) {
        let p = try bboxPage(page)
        return (p.width, p.height)
    }

    /// Words not wholly inside `area` (give or take `slack` points): for invariants such as
    /// "nothing is drawn outside the text area". Empty when all is well.
    public func textOutsideArea(page: Int, area: PDFRect, slack: Double = 0.01) throws -> [Word] {
        try words(page: page).filter { !area.contains($0.box, slack: slack) }
    }

    private func bboxPage(_ page: Int) throws -> BBoxPage {
        let count = try pageCount
        guard (1...max(1, count)).contains(page), count > 0 else {
            throw PDFInspectorError("page \(page) asked of \(url.lastPathComponent), which has \(count) pages")
        }
        let xhtml = try output("pdftotext", ["-bbox", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", url.path, "-"])
        let pages = try BBoxParser.pages(xhtml)
        guard let first = pages.first else {
            throw PDFInspectorError("pdftotext -bbox wrote no <page> for page \(page) of \(url.path)")
        }
        return first
    }
}

struct BBoxPage {
    var width: Double, height: Double
    var words: [PDFWord] = []
}

/// Reads the XHTML of `pdftotext -bbox`: `<page width= height=>` holding
/// `<word xMin= yMin= xMax= yMax=>text</word>`. Its own small scanner, because the format is fixed and
/// an XML parser would trip over the XHTML DOCTYPE.
enum BBoxParser {
    static func pages(_ xhtml: String) throws -> [BBoxPage] {
        var pages: [BBoxPage] = []
        var rest = Substring(xhtml)
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("page ") {
                let a = attributes(tag)
                guard let w = a["width"].flatMap(Double.init), let h = a["height"].flatMap(Double.init) else {
                    throw PDFInspectorError("pdftotext -bbox: page without size: <\(tag)>")
                }
                pages.append(BBoxPage(width: w, height: h))
            } else if tag.hasPrefix("word ") {
                let a = attributes(tag)
                guard let x0 = a["xMin"].flatMap(Double.init), let y0 = a["yMin"].flatMap(Double.init),
                      let x1 = a["xMax"].flatMap(Double.init), let y1 = a["yMax"].flatMap(Double.init),
                      let end = rest.range(of: "</word>"), !pages.isEmpty else {
                    throw PDFInspectorError("pdftotext -bbox: unreadable word: <\(tag)>")
                }
                let text = unescape(String(rest[..<end.lowerBound]))
                rest = rest[end.upperBound...]
                pages[pages.count - 1].words.append(
                    PDFWord(text: text, box: PDFRect(minX: x0, minY: y0, maxX: x1, maxY: y1)))
            }
        }
        return pages
    }

    /// `name="value"` pairs of one tag.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag
        while let eq = rest.range(of: "=\"") {
            let name = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let afterQuote = rest[eq.upperBound...]
            guard let endQuote = afterQuote.firstIndex(of: "\"") else { break }
            result[name] = unescape(String(afterQuote[..<endQuote]))
            rest = afterQuote[afterQuote.index(after: endQuote)...]
        }
        return result
    }

    /// XML character references: the five named ones and numeric ones.
    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            if let semi = after.firstIndex(of: ";"), after.distance(from: amp, to: semi) <= 10 {
                let entity = after[after.index(after: amp)..<semi]
                if let decoded = decode(entity) {
                    out.append(decoded)
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out.append("&")
            rest = after.dropFirst()
        }
        out += rest
        return out
    }

    private static func decode(_ entity: Substring) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let code: UInt32?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                code = UInt32(entity.dropFirst(2), radix: 16)
            } else if entity.hasPrefix("#") {
                code = UInt32(entity.dropFirst())
            } else {
                code = nil
            }
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
