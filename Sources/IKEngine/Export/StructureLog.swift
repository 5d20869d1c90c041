/// What the tagged PDF's structure elements carry beyond what Cairo 1.16 writes: every element the writer
/// opened, in the order it opened them. Cairo writes its structure tree depth-first in that same order, so
/// a post-processor pairs the tree's element i with `elements[i]` (checking the names agree) and adds the
/// alternative texts, header scopes, spans, link descriptions and artifacts Cairo cannot.
public struct StructureLog: Hashable, Sendable {
    /// The elements in the order they were opened, the document root first.
    public var elements: [StructureTag]

    public init(elements: [StructureTag] = []) { self.elements = elements }

    /// The structure types, in order, as Cairo wrote them (for matching against the tree).
    public var cairoNames: [String] { elements.map(\.cairoName) }
}
