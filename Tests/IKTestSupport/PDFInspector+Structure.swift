import Foundation

/// Page labels, outline and links, read from `qpdf --json` (JSON version 2): poppler's tools do not
/// print them.
extension PDFInspector {
    /// The label of every page ("i", "ii", "1", …) computed from the /PageLabels number tree;
    /// empty when the PDF has no page labels.
    public var pageLabels: [String] {
        get throws {
            let json = try qpdfJSON(keys: ["pagelabels"])
            guard let ranges = json["pagelabels"] as? [[String: Any]], !ranges.isEmpty else { return [] }
            let count = try pageCount
            let sorted = ranges.compactMap { r -> (index: Int, label: [String: Any])? in
                guard let i = r["index"] as? Int, let l = r["label"] as? [String: Any] else { return nil }
                return (i, l)
            }.sorted { $0.index < $1.index }
            return (0..<count).map { page in
                guard let range = sorted.last(where: { $0.index <= page }) else { return "" }
                let prefix = (range.label["/P"] as? String).map(Self.pdfString) ?? ""
                let start = range.label["/St"] as? Int ?? 1
                guard let style = range.label["/S"] as? String else { return prefix }
                return prefix + Self.pageNumber(start + page - range.index, style: style)
            }
        }
    }

    /// Outline (bookmark) titles in document order with their depth, 1 for top level.
    public var outline: [(title: String, level: Int)] {
        get throws {
            let json = try qpdfJSON(keys: ["outlines"])
            var result: [(title: String, level: Int)] = []
            func walk(_ items: [[String: Any]], _ level: Int) {
                for item in items {
                    result.append((item["title"] as? String ?? "", level))
                    walk(item["kids"] as? [[String: Any]] ?? [], level + 1)
                }
            }
            walk(json["outlines"] as? [[String: Any]] ?? [], 1)
            return result
        }
    }

    /// A link annotation: its rectangle (top-left origin, like words) and where it goes.
    public struct Link: Sendable, Equatable {
        public let rect: PDFRect
        /// The URI of a /URI action.
        public let uri: String?
        /// A named destination, or "page N" for an explicit destination.
        public let destination: String?
    }

    /// The link annotations of one page (numbered from 1).
    public func links(page: Int) throws -> [Link] {
        let json = try qpdfJSON(keys: ["pages", "qpdf"])
        guard let pages = json["pages"] as? [[String: Any]], page >= 1, page <= pages.count,
              let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any] else {
            throw PDFInspectorError("qpdf --json: no page \(page) in \(url.path)")
        }
        func resolve(_ v: Any?) -> Any? {
            if let ref = v as? String, ref.hasSuffix(" R"), let obj = objects["obj:" + ref] as? [String: Any] {
                return obj["value"]
            }
            return v
        }
        let pageObjects = pages.map { $0["object"] as? String ?? "" }
        guard let pageDict = resolve(pageObjects[page - 1]) as? [String: Any] else { return [] }
        let height = Self.mediaBoxHeight(resolve(pageDict["/MediaBox"]))
        let annots = resolve(pageDict["/Annots"]) as? [Any] ?? []
        return annots.compactMap { ref -> Link? in
            guard let a = resolve(ref) as? [String: Any], a["/Subtype"] as? String == "/Link",
                  let r = (resolve(a["/Rect"]) as? [Any])?.compactMap(Self.number), r.count == 4 else { return nil }
            let rect = PDFRect(minX: min(r[0], r[2]), minY: height - max(r[1], r[3]),
                               maxX: max(r[0], r[2]), maxY: height - min(r[1], r[3]))
            let action = resolve(a["/A"]) as? [String: Any]
            let uri = (resolve(action?["/URI"]) as? String).map(Self.pdfString)
            var dest: Any? = resolve(a["/Dest"]) ?? resolve(action?["/D"])
            if let d = dest as? [Any], let target = d.first as? String, let i = pageObjects.firstIndex(of: target) {
                dest = "page \(i + 1)"
            } else if let d = dest as? String {
                dest = Self.pdfString(d)
            }
            return Link(rect: rect, uri: uri, destination: dest as? String)
        }
    }

    // MARK: - Helpers

    func qpdfJSON(keys: [String]) throws -> [String: Any] {
        // Exit status 3: qpdf succeeded with warnings (a damaged file it could repair); still readable.
        let text = try output("qpdf", ["--json=2"] + keys.map { "--json-key=\($0)" } + [url.path], accepting: [3])
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw PDFInspectorError("qpdf --json did not give a JSON object for \(url.path)")
        }
        return object
    }

    /// qpdf's JSON v2 strings: "u:text", "b:hex bytes" (UTF-16BE with BOM, else PDFDocEncoding,
    /// read as Latin-1), "/Name".
    static func pdfString(_ s: String) -> String {
        if s.hasPrefix("u:") { return String(s.dropFirst(2)) }
        if s.hasPrefix("/") { return String(s.dropFirst()) }
        guard s.hasPrefix("b:") else { return s }
        let hex = Array(s.dropFirst(2))
        var bytes: [UInt8] = []
        var i = 0
        while i + 1 < hex.count {
            guard let b = UInt8(String(hex[i...i + 1]), radix: 16) else { break }
            bytes.append(b)
            i += 2
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    static func number(_ v: Any) -> Double? {
        if let d = v as? Double { return d }
        if let i = v as? Int { return Double(i) }
        return nil
    }

    private static func mediaBoxHeight(_ v: Any?) -> Double {
        guard let box = (v as? [Any])?.compactMap(number), box.count == 4 else { return 841.89 }
        return abs(box[3] - box[1])
    }

    /// A page number in a /PageLabels style: /D decimal, /R /r roman, /A /a letters (A…Z, AA…ZZ, …).
    static func pageNumber(_ n: Int, style: String) -> String {
        switch style {
        case "/D": return String(n)
        case "/R": return roman(n)
        case "/r": return roman(n).lowercased()
        case "/A", "/a":
            guard n >= 1 else { return String(n) }
            let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
            let s = String(repeating: letter, count: (n - 1) / 26 + 1)
            return style == "/A" ? s : s.lowercased()
        default: return String(n)
        }
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var s = ""
        for (value, numeral) in table {
            while rest >= value { s += numeral; rest -= value }
        }
        return s
    }
}
