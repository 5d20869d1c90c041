/// What a structure element of the tagged PDF is, with what accessibility needs to know of it beyond its
/// name: a figure's alternative text, a header cell's scope, a cell's spans, a link's target and description,
/// which content is page furniture. Frames carry these values from the blocks that know them to the PDF
/// writer; Cairo 1.16 receives only `cairoName` (it drops attributes), so the writer also records every
/// element it opens, in order, for the archive post-processing to attach the rest (`StructureLog`).
public enum StructureTag: Hashable, Sendable {
    /// The root of the structure tree.
    case document
    /// A section of the document (a meeting's anslag, a boxed group).
    case section
    case paragraph
    /// A heading, level 1 to 6 (clamped when written).
    case heading(level: Int)
    case blockQuote
    /// A figure's or table's caption.
    case caption
    /// A list (`L`) holding list items.
    case list
    /// One item (`LI`) of a list: a label and a body.
    case listItem
    /// A list item's bullet or number (`Lbl`).
    case label
    /// A list item's content (`LBody`).
    case listBody
    case table
    case tableRow
    /// A header cell (`TH`): what it heads, and how many columns and rows it covers.
    case headerCell(scope: HeaderScope, columnSpan: Int, rowSpan: Int)
    /// A data cell (`TD`) and how many columns and rows it covers.
    case dataCell(columnSpan: Int, rowSpan: Int)
    /// A drawing, with the words that stand for it for someone who cannot see it.
    case figure(alt: String)
    /// A table of contents (`TOC`) and one of its entries (`TOCI`).
    case contents
    case contentsEntry
    /// A link: the annotation over `area` (from the element's position) leading to `target` (`#name` for a
    /// destination in the document, anything else is a URI), and the words that say where it goes.
    indirect case link(target: String, area: Size, description: String)
    /// Page furniture (running heads, footers, page numbers, justering boxes): not part of the reading
    /// order. Written under a structure type reserved for it that Cairo accepts, for the post-processing
    /// to turn into an artifact of `kind`.
    case decoration(DecorationKind)

    /// How a header cell relates to the data cells.
    public enum HeaderScope: String, Hashable, Sendable {
        /// Heads the cells below it.
        case column = "Column"
        /// Heads the cells beside it.
        case row = "Row"
        case both = "Both"
    }

    /// The kind of artifact page furniture becomes (PDF 32000-1, 14.8.2.2): `/Pagination` with a subtype.
    public enum DecorationKind: String, Hashable, Sendable {
        /// A running head.
        case header = "Header"
        /// A footer, its page number and the boxes that stand in it.
        case footer = "Footer"
    }

    /// The structure type Cairo 1.16 writes for this element. Decorations use `Private`, a standard type
    /// no document content uses ("Artifact" is refused by Cairo and would ruin the file).
    public var cairoName: String {
        switch self {
        case .document: return "Document"
        case .section: return "Sect"
        case .paragraph: return "P"
        case .heading(let level): return "H\(max(1, min(6, level)))"
        case .blockQuote: return "BlockQuote"
        case .caption: return "Caption"
        case .list: return "L"
        case .listItem: return "LI"
        case .label: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .figure: return "Figure"
        case .contents: return "TOC"
        case .contentsEntry: return "TOCI"
        case .link: return "Link"
        case .decoration: return Self.decorationName
        }
    }

    /// The structure type that marks page furniture in Cairo's output.
    public static let decorationName = "Private"

    /// A header cell over the column(s) below it.
    public static func columnHeader(columnSpan: Int = 1, rowSpan: Int = 1) -> StructureTag {
        .headerCell(scope: .column, columnSpan: columnSpan, rowSpan: rowSpan)
    }

    /// A data cell covering one cell unless told otherwise.
    public static func cell(columnSpan: Int = 1, rowSpan: Int = 1) -> StructureTag {
        .dataCell(columnSpan: columnSpan, rowSpan: rowSpan)
    }
}
