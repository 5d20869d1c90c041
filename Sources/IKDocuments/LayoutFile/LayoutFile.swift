import Foundation
import IKEngine
import IKInput

/// A declarative layout file (`Layouts/*.yaml`): page geometry, running heads, named text styles, table
/// styles and colours, plus the sections the documents read (`plan:`, `prose:`, `matrix:`, `minutes:`…).
/// A municipality restyles by editing or copying one of these; nothing is recompiled. Every section is
/// read when the file is read, so a file that loads has no unknown key and no wrong value anywhere.
public struct LayoutFile: Sendable {
    /// The layout's own name (`name:`), else the file's name.
    public var name: String
    public var page: PageStyle
    /// The named text styles of `styles:`, with `inherit` resolved.
    public var styles: [String: TextStyle]
    /// The named table styles of `tables:`.
    public var tables: [String: TableStyle]
    /// The named colours of `colors:`, which every colour value may name.
    public var colors: [String: Color]
    /// The documents' sections as read, by key; a section the file leaves out is not here.
    var sections: [String: any LayoutSection]
    /// Where the file was read from, for messages.
    public let url: URL
    /// Every `{placeholder}` the header and footer use, with its line, for the document to check.
    var placeholderUses: [PlaceholderUse] = []

    /// A `{name}` in a header or footer slot.
    struct PlaceholderUse: Sendable {
        var name: String
        var line: Int
        /// `page.header.right`
        var field: String
    }

    /// Refuses every placeholder the document does not fill (it would print as written on every page),
    /// naming the document's own: `known` besides `{page}` and `{pages}`.
    func refuseUnknownPlaceholders(_ known: [String], document: String) throws {
        let names = ["page", "pages"] + known
        let unknown = placeholderUses.filter { !names.contains($0.name) }
        guard !unknown.isEmpty else { return }
        throw LayoutFileError(unknown.map {
            Diagnostic(file: url.path, line: $0.line, column: 0, severity: .error, field: $0.field,
                       message: Messages.text(.layoutNotAField, "{\($0.name)}", document),
                       hint: Messages.text(.layoutFieldsAllowed, document, names.map { "{\($0)}" }.joined(separator: ", ")))
        })
    }

    /// A named text style; a missing one is an error naming the file and the style.
    public func style(_ name: String) throws -> TextStyle {
        guard let s = styles[name] else { throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutSectionMissing, "styles.\(name)"), hint: Messages.text(.layoutAddStyle, name)) }
        return s
    }

    /// A named style, or `fallback` when the file does not define it.
    public func style(_ name: String, or fallback: TextStyle) -> TextStyle { styles[name] ?? fallback }

    /// Every style of `names` the file lacks, reported at once.
    public func requireStyles(_ names: [String]) throws {
        let missing = names.filter { styles[$0] == nil }
        guard !missing.isEmpty else { return }
        throw LayoutFileError(missing.map {
            Diagnostic(file: url.path, line: 0, column: 0, severity: .error, field: "styles.\($0)", message: Messages.text(.layoutIsMissing),
                       hint: Messages.text(.layoutAddStyleCopy, $0))
        })
    }

    public func table(_ name: String) throws -> TableStyle {
        guard let t = tables[name] else { throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutSectionMissing, "tables.\(name)"), hint: Messages.text(.layoutAddTable, name)) }
        return t
    }

    public func color(_ name: String) throws -> Color {
        guard let c = colors[name] else { throw LayoutFileError(url: url, line: nil, message: Messages.text(.layoutSectionMissing, "colors.\(name)"), hint: Messages.text(.layoutAddColor, "{ \(name): \"#rrggbb\" }")) }
        return c
    }

    /// A document's section as the file gives it, or its defaults when the file leaves it out.
    func section<S: LayoutSection>(_ type: S.Type) -> S {
        (sections[S.key] as? S) ?? S()
    }

    /// Whether the file writes the section at all.
    func has<S: LayoutSection>(_ type: S.Type) -> Bool { sections[S.key] != nil }

    /// Where the bundled layouts live.
    public static func bundled(_ name: String) -> URL {
        ResourceLocator.find("Layouts").appendingPathComponent(name.hasSuffix(".yaml") ? name : name + ".yaml")
    }
}

/// The problems of a layout file, every one with `file:line: error: field: message` and a hint, in the
/// shape of the plan's diagnostics (`ikplan validate` prints them together).
public struct LayoutFileError: Error, CustomStringConvertible, Sendable {
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

    /// One problem, for checks made after the file was read (a missing style, an unreadable logo).
    public init(url: URL, line: Int?, message: String, hint: String?) {
        self.init([Diagnostic(file: url.path, line: line ?? 0, column: 0, severity: .error, field: "", message: message, hint: hint ?? "")])
    }

    public var description: String {
        var text = diagnostics.renderedText()
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
