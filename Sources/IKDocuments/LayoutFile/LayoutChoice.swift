import Foundation
import IKEngine

/// What `--layout` and `--minutes-layout` name: a layout file (a path, or a name ending in `.yaml`), or a
/// built-in layout by its short name (`grayscale` → `Layouts/plan-grayscale.yaml` for the plan).
public enum LayoutChoice {
    /// The built-in layouts of a document ("plan" → ["ange", "grayscale"]), from the installed Layouts folder.
    public static func builtIn(for document: String) -> [String] {
        let folder = ResourceLocator.find("Layouts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(document + "-") && $0.hasSuffix(".yaml") }
            .map { String($0.dropFirst(document.count + 1).dropLast(5)) }.sorted()
    }

    /// The file `argument` means for `document`; throws, naming the built-in layouts, for an unknown name.
    public static func resolve(_ argument: String, document: String) throws -> URL {
        if argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") {
            return URL(fileURLWithPath: argument)
        }
        let known = builtIn(for: document)
        // The file's own name (followup-grayscale) means the same as the short one (grayscale).
        let short = argument.hasPrefix(document + "-") ? String(argument.dropFirst(document.count + 1)) : argument
        guard known.contains(short) else { throw Unknown(argument: argument, document: document, known: known) }
        return LayoutFile.bundled("\(document)-\(short)")
    }

    /// A short name that is no built-in layout of the document.
    public struct Unknown: Error, CustomStringConvertible {
        public var argument: String, document: String, known: [String]
        public var description: String {
            let list = known.isEmpty ? "none found in \(ResourceLocator.find("Layouts").path) (\(ResourceLocator.hint(for: "Layouts")))"
                                     : known.joined(separator: ", ")
            return "no built-in \(document) layout named \"\(argument)\"; built-in: \(list); a layout file is given by its path (my-\(document).yaml)"
        }
    }
}
