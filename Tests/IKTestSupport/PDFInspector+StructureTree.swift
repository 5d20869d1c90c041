import Foundation

extension PDFInspector {
    /// One element of the structure tree as `pdfinfo -struct-text` prints it: its type, its depth below
    /// the root, and the text of its own marked content (empty when it holds only other elements).
    public struct StructureElement: Hashable, Sendable {
        public var type: String
        public var depth: Int
        public var text: String
    }

    /// The structure tree depth-first, in the order the file holds it. Object references (`OBJR`, a link's
    /// annotation) are not elements and are left out.
    public var structureElements: [StructureElement] {
        get throws {
            var out: [StructureElement] = []
            for line in try output("pdfinfo", ["-struct-text", url.path]).split(separator: "\n") {
                let indent = line.prefix { $0 == " " }.count
                let body = line.dropFirst(indent)
                if body.hasPrefix("\"") {
                    // The element's text, quoted, on the line after it.
                    guard !out.isEmpty else { continue }
                    out[out.count - 1].text += String(body.dropFirst().dropLast())
                    continue
                }
                guard let type = body.split(separator: " ").first, type != "Object" else { continue }
                out.append(StructureElement(type: String(type), depth: indent / 2, text: ""))
            }
            return out
        }
    }
}
