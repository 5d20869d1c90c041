import Foundation
import IKEngine
import Yams

/// A declarative layout file (`Layouts/*.yaml`): page geometry, running heads, named text styles, table
/// styles and colours, plus the sections a document kind reads (`matrix`, `badges`, `minutes`…).
/// A municipality restyles by editing or copying one of these; nothing is recompiled.
public struct LayoutFile: @unchecked Sendable {
    public var name: String
    public var page: PageStyle
    public var styles: [String: TextStyle]
    public var tables: [String: TableStyle]
    public var colors: [String: Color]
    /// Document-specific sections, decoded by the document that reads them.
    public var sections: [String: Node]
    public let url: URL

    /// A named text style; a missing one is an error naming the file and the style.
    public func style(_ name: String) throws -> TextStyle {
        guard let s = styles[name] else { throw LayoutFileError(url: url, line: nil, message: "styles.\(name) is missing", hint: "add a style named \(name) under styles:") }
        return s
    }

    public func table(_ name: String) throws -> TableStyle {
        guard let t = tables[name] else { throw LayoutFileError(url: url, line: nil, message: "tables.\(name) is missing", hint: "add a table style named \(name) under tables:") }
        return t
    }

    public func color(_ name: String) throws -> Color {
        guard let c = colors[name] else { throw LayoutFileError(url: url, line: nil, message: "colors.\(name) is missing", hint: "add colors: { \(name): \"#rrggbb\" }") }
        return c
    }

    /// Decodes a document-specific section with `Decodable`, reporting problems with the file and line.
    public func section<T: Decodable>(_ key: String, as type: T.Type) throws -> T {
        guard let node = sections[key] else {
            throw LayoutFileError(url: url, line: nil, message: "the section \(key): is missing", hint: "copy it from Layouts/plan-ange.yaml")
        }
        do { return try YAMLDecoder().decode(T.self, from: node) } catch {
            throw LayoutFileError(url: url, line: node.mark.map { $0.line }, message: "\(key): \(LayoutFileError.describe(error))", hint: nil)
        }
    }

    /// Where the bundled layouts live.
    public static func bundled(_ name: String) -> URL {
        ResourceLocator.find("Layouts").appendingPathComponent(name.hasSuffix(".yaml") ? name : name + ".yaml")
    }
}

/// A problem in a layout file: `file:line: error: message` and a hint, like the plan's diagnostics.
public struct LayoutFileError: Error, CustomStringConvertible, Sendable {
    public var url: URL
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(url: URL, line: Int?, message: String, hint: String?) {
        self.url = url; self.line = line; self.message = message; self.hint = hint
    }

    public var description: String {
        let position = line.map { "\(url.path):\($0)" } ?? url.path
        return "\(position): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }

    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        func path(_ p: [CodingKey]) -> String { p.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() }
        switch e {
        case .keyNotFound(let k, let c): return "\(path(c.codingPath + [k])) is missing"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "\(path(c.codingPath)): \(c.debugDescription)"
        case .dataCorrupted(let c): return "\(path(c.codingPath)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
