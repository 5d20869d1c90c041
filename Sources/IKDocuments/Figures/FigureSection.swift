import Foundation
import IKEngine
import Yams

// MARK: - Reading the figure sections of a layout file (`matrix:`, `badges:`, `process_figure:`)

extension LayoutFile {
    /// Decodes a figure section; nil when the layout has no such section (the figure then uses its defaults).
    /// Colours in the section may name an entry of `colors:`. Errors carry the line of the offending key.
    func figureSection<T: Decodable>(_ key: String, as type: T.Type) throws -> T? {
        guard let node = sections[key] else { return nil }
        var info: [CodingUserInfoKey: Any] = [:]
        if let k = CodingUserInfoKey.layoutPalette { info[k] = colors }
        do {
            return try YAMLDecoder().decode(T.self, from: node, userInfo: info)
        } catch {
            let path = FigureSectionPath.codingPath(of: error)
            let line = FigureSectionPath.line(of: path, in: node) ?? node.mark.map { $0.line }
            throw LayoutFileError(url: url, line: line, message: "\(key): \(LayoutFileError.describe(error))",
                                  hint: "see Sources/IKDocuments/Figures/README.md for the \(key): section")
        }
    }
}

extension CodingUserInfoKey {
    /// The layout's `colors:` (a `[String: Color]`), so figure sections can name colours.
    static let layoutPalette = CodingUserInfoKey(rawValue: "ikplan.layoutPalette")
}

/// Finds the YAML line of a decoding error's coding path, for `file:line:` messages.
enum FigureSectionPath {
    static func codingPath(of error: Error) -> [CodingKey] {
        guard let e = error as? DecodingError else { return [] }
        switch e {
        case .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return c.codingPath
        @unknown default: return []
        }
    }

    static func line(of path: [CodingKey], in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for key in path {
            if let i = key.intValue, let seq = node.sequence, i < seq.count {
                node = seq[i]
            } else if let m = node.mapping, let pair = m.first(where: { $0.key.string == key.stringValue }) {
                line = pair.key.mark?.line ?? line   // the key's line reads better than its value's
                node = pair.value
                continue
            } else {
                break
            }
            line = node.mark?.line ?? line
        }
        return line
    }
}

// MARK: - Value types that sections decode

/// A colour in a figure section: `"#rrggbb"` or the name of an entry in the layout's `colors:`.
struct FigureColor: Decodable, Sendable {
    let color: Color
    init(_ color: Color) { self.color = color }
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        let palette = CodingUserInfoKey.layoutPalette.flatMap { decoder.userInfo[$0] as? [String: Color] } ?? [:]
        guard let color = palette[s] ?? Color(hex: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a colour: write \"#rrggbb\" or a name from colors:")
        }
        self.color = color
    }
}

/// A length in a figure section: points (`12`) or with a unit (`20mm`, `1.5cm`, `12pt`), like the rest of the file.
struct FigureLength: Decodable, Sendable {
    let points: Double
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try (try? c.decode(Double.self)).map { String($0) } ?? c.decode(String.self)
        guard let v = LayoutLength.parse(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a length: write points (12) or 20mm, 1.5cm, 12pt")
        }
        guard let checked = LayoutLength.checked(v) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: LayoutLength.rangeMessage(v))
        }
        points = checked
    }
}

/// Any key, to list what a mapping holds.
struct AnyFigureKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Rejects keys the section does not know (Decodable would silently ignore a typo like `bnds:`).
func rejectUnknownKeys(_ decoder: Decoder, allowed: [String]) throws {
    let container = try decoder.container(keyedBy: AnyFigureKey.self)
    for key in container.allKeys where !allowed.contains(key.stringValue) {
        let guess = allowed.min { editDistance($0, key.stringValue) < editDistance($1, key.stringValue) }
        let hint = guess.map { " (did you mean \($0)?)" } ?? ""
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [key],
            debugDescription: "unknown key \(key.stringValue)\(hint); known keys: \(allowed.joined(separator: ", "))"))
    }
}

/// The base text style of the figures: the layout's `body` style when it has one.
func figureBaseStyle(_ layout: LayoutFile?) -> TextStyle {
    (layout?.styles["body"] ?? TextStyle()).with { $0.hyphenate = false }
}
