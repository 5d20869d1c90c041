/// Running text parsed from CommonMark: the chapter texts, the foreword, summaries.
/// Kept as a small tree of blocks and inlines so documents can map it onto the engine.
public indirect enum ProseBlock: Hashable, Sendable {
    case paragraph([ProseInline])
    case heading(level: Int, [ProseInline])
    case bulletList([[ProseBlock]])
    case orderedList(start: Int, [[ProseBlock]])
    case blockQuote([ProseBlock])
    /// A figure placed with image syntax, `![caption](ikplan:name)`; `name` says which drawing.
    case figure(name: String, caption: [ProseInline])
    case thematicBreak
}

/// A run of text inside a prose block, with its emphasis and links.
public indirect enum ProseInline: Hashable, Sendable {
    case text(String)
    case emphasis([ProseInline])
    case strong([ProseInline])
    case code(String)
    case link(destination: String, [ProseInline])
    case softBreak
    case lineBreak
}

/// A run of prose with the line it starts at in its source file (for diagnostics).
public struct Prose: Hashable, Sendable {
    /// The blocks in reading order.
    public var blocks: [ProseBlock]
    public init(_ blocks: [ProseBlock] = []) { self.blocks = blocks }
    public var isEmpty: Bool { blocks.isEmpty }
}

extension ProseInline {
    /// The text with markup dropped, soft breaks as spaces.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .link(_, let c): return c.map(\.plainText).joined()
        case .softBreak, .lineBreak: return " "
        }
    }
}

extension ProseBlock {
    public var plainText: String {
        switch self {
        case .paragraph(let i), .heading(_, let i), .figure(_, let i): return i.map(\.plainText).joined()
        case .bulletList(let items), .orderedList(_, let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .blockQuote(let b): return b.map(\.plainText).joined(separator: "\n")
        case .thematicBreak: return ""
        }
    }
}
