/// A table: resolved columns, header rows repeated on every page it continues on, body rows that move
/// whole to the next page when they fit there and split between lines when they are taller than a page.
public struct Table: Block {
    /// How wide a column is.
    public enum ColumnWidth: Hashable, Sendable {
        /// A width in points.
        case fixed(Double)
        /// A share of what the fixed columns leave.
        case relative(Double)
    }

    /// The columns, left to right.
    public var columns: [ColumnWidth]
    /// Header rows, repeated at the top of every page the table continues on.
    public var header: [TableRow]
    /// The body rows.
    public var rows: [TableRow]
    /// Padding, rules and header fill.
    public var style: TableStyle
    /// Space above the table.
    public var spaceBefore: Double
    /// Space below.
    public var spaceAfter: Double
    /// Set above the header rows on every page the table continues on, so a reader who turns the page knows
    /// whose table it is (a section heading marked "(forts.)"). Laid out whole, never split.
    public var continuationCaption: [any Block]

    public init(columns: [ColumnWidth], header: [TableRow] = [], rows: [TableRow], style: TableStyle = TableStyle(),
                spaceBefore: Double = 0, spaceAfter: Double = 0, continuationCaption: [any Block] = []) {
        self.columns = columns; self.header = header; self.rows = rows; self.style = style
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.continuationCaption = continuationCaption
    }

    /// Column widths in points for a table `width` wide.
    public func resolvedWidths(_ width: Double) -> [Double] {
        let fixed = columns.reduce(0.0) { if case .fixed(let w) = $1 { return $0 + w } else { return $0 } }
        let shares = columns.reduce(0.0) { if case .relative(let s) = $1 { return $0 + s } else { return $0 } }
        let free = max(0, width - fixed)
        return columns.map {
            switch $0 {
            case .fixed(let w): return w
            case .relative(let s): return shares > 0 ? free * s / shares : 0
            }
        }
    }
}

/// One row of a table: its cells, left to right.
public struct TableRow {
    /// The row's cells; columns covered by a cell above with a row span are left out.
    public var cells: [TableCell]
    /// Keep this row on the same page as the next (a risk and its consequence description).
    public var keepWithNext: Bool
    /// A background for the whole row; nil for none.
    public var fill: Color?
    /// Draw the table's row rule under this row; false joins it visually to the next (a risk and its
    /// consequence description read as one entry).
    public var ruleBelow: Bool
    /// The cells shown instead of `cells` when this row is the first body row of a page the table continues
    /// on: a cell left empty under a spanning or grouping cell above names its group again ("(forts.)").
    /// Same column and row spans as `cells`; nil shows `cells`.
    public var continuedCells: [TableCell]?

    public init(_ cells: [TableCell], keepWithNext: Bool = false, fill: Color? = nil, ruleBelow: Bool = true,
                continuedCells: [TableCell]? = nil) {
        self.cells = cells; self.keepWithNext = keepWithNext; self.fill = fill; self.ruleBelow = ruleBelow
        self.continuedCells = continuedCells
    }
}

/// One cell: its blocks, and how many columns and rows it covers.
public struct TableCell {
    /// The cell's blocks, laid out inside the padding.
    public var content: [any Block]
    /// Columns this cell covers, itself included.
    public var columnSpan: Int
    /// Rows this cell covers, itself included. Honoured when all of them stand on one page (they normally
    /// do: spans go with keep-with-next rows); otherwise the cell stays in its own row, so nothing is clipped.
    /// Later rows leave the covered columns out of their cell lists.
    public var rowSpan: Int
    /// A background for the cell; nil for the row's.
    public var fill: Color?
    /// Overrides the table's cell padding.
    public var padding: Insets?
    /// Makes a body cell a header cell of this scope (a row's label in a two-column table); cells of the
    /// table's header rows are column headers anyway.
    public var headerScope: StructureTag.HeaderScope?

    public init(_ content: [any Block], columnSpan: Int = 1, rowSpan: Int = 1, fill: Color? = nil, padding: Insets? = nil,
                headerScope: StructureTag.HeaderScope? = nil) {
        self.content = content; self.columnSpan = max(1, columnSpan); self.rowSpan = max(1, rowSpan)
        self.fill = fill; self.padding = padding; self.headerScope = headerScope
    }
}

/// How a table looks: cell padding, rules and the header's fill.
public struct TableStyle: Sendable {
    /// Space inside every cell unless the cell says otherwise.
    public var padding: Insets
    /// Lines between body rows; the one under the header; vertical lines between columns; the outer border.
    public var rowRule: Stroke?
    /// The rule under the header rows; nil for none.
    public var headerRule: Stroke?
    /// Vertical rules between columns; nil for none.
    public var columnRule: Stroke?
    /// A rule round the whole table; nil for none.
    public var border: Stroke?
    /// The header rows' background; nil for none.
    public var headerFill: Color?

    public init(padding: Insets = Insets(vertical: 3, horizontal: 4), rowRule: Stroke? = Stroke(), headerRule: Stroke? = Stroke(width: 1),
                columnRule: Stroke? = nil, border: Stroke? = nil, headerFill: Color? = nil) {
        self.padding = padding; self.rowRule = rowRule; self.headerRule = headerRule; self.columnRule = columnRule
        self.border = border; self.headerFill = headerFill
    }
}
