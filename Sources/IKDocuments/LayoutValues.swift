import Foundation
import IKEngine

/// Values that document sections of a layout file decode with `Decodable` (`layout.section(_:as:)`).
/// They read the same grammar as the shared sections: lengths with units, colours by hex or by name.

/// A length: a number in points, or a string with a unit (`12`, `4mm`, `1.5cm`, `10pt`).
public struct LayoutLength: Decodable, Hashable, Sendable {
    public var points: Double

    public init(points: Double) { self.points = points }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let v: Double
        if let d = try? c.decode(Double.self) { v = d } else {
            let s = try c.decode(String.self)
            guard let parsed = LayoutLength.parse(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(s)\" is not a length; write points (12) or a unit: 20mm, 1.5cm, 12pt")
            }
            v = parsed
        }
        guard let checked = LayoutLength.checked(v) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: LayoutLength.rangeMessage(v))
        }
        points = checked
    }

    /// The largest length a layout may give: a PDF page is at most 14,400 pt (200 inches) on a side.
    static let maximum = 14_400.0

    /// `v` when it is a usable length: finite, not negative, at most `maximum`.
    static func checked(_ v: Double) -> Double? { v.isFinite && v >= 0 && v <= maximum ? v : nil }

    static func rangeMessage(_ v: Double) -> String {
        "\(v) is not a usable length: lengths lie between 0 and \(Int(maximum)) pt"
    }

    static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in [("mm", 72.0 / 25.4), ("cm", 720.0 / 25.4), ("pt", 1.0)] where s.hasSuffix(unit) {
            return Double(s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)).map { $0 * factor }
        }
        return Double(s)
    }
}

/// A colour as written in a section: `#rrggbb` or a name from the file's `colors:`; resolved by `LayoutFile.resolve`.
public struct LayoutColor: Decodable, Hashable, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }
    public init(from decoder: Decoder) throws { text = try decoder.singleValueContainer().decode(String.self) }
}

/// A rule as written in a section: `{color, width, dash}`.
public struct LayoutStroke: Decodable, Hashable, Sendable {
    public var color: LayoutColor?
    public var width: LayoutLength?
    public var dash: [LayoutLength]?
}

/// Padding as written in a section: one length, or `{top, right, bottom, left}` / `{vertical, horizontal}`.
public struct LayoutInsets: Decodable, Hashable, Sendable {
    public var insets: Insets

    public init(_ insets: Insets) { self.insets = insets }

    private enum Keys: String, CodingKey { case top, right, bottom, left, vertical, horizontal }

    public init(from decoder: Decoder) throws {
        if let all = try? decoder.singleValueContainer().decode(LayoutLength.self) {
            insets = Insets(all: all.points); return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        func side(_ k: Keys) throws -> Double? { try c.decodeIfPresent(LayoutLength.self, forKey: k)?.points }
        let v = try side(.vertical), h = try side(.horizontal)
        insets = Insets(top: try v ?? side(.top) ?? 0, right: try h ?? side(.right) ?? 0,
                        bottom: try v ?? side(.bottom) ?? 0, left: try h ?? side(.left) ?? 0)
    }
}

extension LayoutFile {
    /// A section's colour: a name from `colors:` or a hex value; an error names the file.
    public func resolve(_ color: LayoutColor) throws -> Color {
        if let c = colors[color.text] ?? Color(hex: color.text) { return c }
        throw LayoutFileError(url: url, line: nil, message: "\"\(color.text)\" is not a colour",
                              hint: "write #rrggbb or a name from colors: (\(colors.keys.sorted().joined(separator: ", ")))")
    }

    public func resolve(_ stroke: LayoutStroke?) throws -> Stroke? {
        guard let stroke else { return nil }
        return Stroke(color: try stroke.color.map(resolve) ?? .black, width: stroke.width?.points ?? 0.5,
                      dash: stroke.dash?.map(\.points) ?? [])
    }

    /// A section that may be left out: its defaults then apply.
    public func optionalSection<T: Decodable>(_ key: String, as type: T.Type) throws -> T? {
        sections[key] == nil ? nil : try section(key, as: type)
    }

    /// A named style, or `fallback` when the file does not define it.
    public func style(_ name: String, or fallback: TextStyle) -> TextStyle { styles[name] ?? fallback }
}
