/// Cells resolved to positions, measuring and splitting rows, and drawing them.
struct PlacedCell {
    var content: Flow
    var x: Double
    var width: Double
    var padding: Insets
    var fill: Color?
    var rowSpan = 1
    /// Columns the cell covers on the page (its span, cut at the table's last column).
    var columnSpan = 1
    /// A body cell that heads its row or column.
    var headerScope: StructureTag.HeaderScope?
    /// Set when the cell spans rows placed together: the height of all of them.
    var spanHeight: Double?

    /// The cell's structure element: a header row's cells head their columns; spans as drawn on the page
    /// (a row span not honoured on this page is not declared).
    func tag(inHeader header: Bool) -> StructureTag {
        let rows = spanHeight == nil ? 1 : rowSpan
        if header { return .headerCell(scope: .column, columnSpan: columnSpan, rowSpan: rows) }
        if let headerScope { return .headerCell(scope: headerScope, columnSpan: columnSpan, rowSpan: rows) }
        return .dataCell(columnSpan: columnSpan, rowSpan: rows)
    }
}

extension TableContinuation {
    /// The row's cells at their x positions, skipping columns `covered` by cells spanning down from above.
    func cellsOf(_ row: TableRow, widths: [Double], covered: Set<Int>, carried: [Flow?]? = nil) -> [PlacedCell] {
        var out: [PlacedCell] = []
        var column = 0
        for (i, cell) in row.cells.enumerated() {
            while covered.contains(column) { column += 1 }
            guard column < widths.count else { break }
            let span = min(cell.columnSpan, widths.count - column)
            let x = widths[0..<column].reduce(0, +)
            let w = widths[column..<(column + span)].reduce(0, +)
            let content: Flow
            if let carried { content = i < carried.count ? (carried[i] ?? Flow([])) : Flow([]) } else { content = Flow(cell.content) }
            out.append(PlacedCell(content: content, x: x, width: w, padding: cell.padding ?? table.style.padding,
                                  fill: cell.fill, rowSpan: cell.rowSpan, columnSpan: span, headerScope: cell.headerScope))
            column += span
        }
        return out
    }

    /// The row's natural height: its tallest cell.
    func measure(_ cells: [PlacedCell], _ context: LayoutContext) -> Double {
        var h = 0.0
        for c in cells {
            let r = Region(width: max(1, c.width - c.padding.horizontal), height: .greatestFiniteMagnitude,
                           fullHeight: .greatestFiniteMagnitude, isEmpty: true)
            if case .complete(let f) = c.content.layout(in: r, context) { h = max(h, f.size.height + c.padding.vertical) }
        }
        return h
    }

    struct RowSplit { var frames: [Frame?]; var rests: [Flow?]; var height: Double; var progress: Bool }

    /// Lays each cell into `available` height; what does not fit continues on the next page.
    func splitRow(_ cells: [PlacedCell], available: Double, isEmpty: Bool, _ context: LayoutContext) -> RowSplit {
        var frames: [Frame?] = [], rests: [Flow?] = []
        var height = 0.0
        var progress = false
        for c in cells {
            let r = Region(width: max(1, c.width - c.padding.horizontal), height: available - c.padding.vertical,
                           fullHeight: available - c.padding.vertical, isEmpty: isEmpty)
            switch c.content.layout(in: r, context) {
            case .complete(let f):
                frames.append(f); rests.append(nil); height = max(height, f.size.height + c.padding.vertical)
                if !f.isEmpty { progress = true }
            case .partial(let f, let rest):
                frames.append(f); rests.append(Flow([rest])); height = max(height, f.size.height + c.padding.vertical)
                if !f.isEmpty { progress = true }
            case .moved:
                frames.append(Frame(size: .zero)); rests.append(c.content)
            }
        }
        return RowSplit(frames: frames, rests: rests, height: height, progress: progress)
    }

    /// Draws a row `height` tall; `pieces` are the cells' already laid-out parts when the row was split.
    func draw(_ cells: [PlacedCell], row: TableRow, height: Double, header: Bool, context: LayoutContext, pieces: [Frame?]?) -> Frame {
        var f = Frame(size: Size(table.resolvedWidthsSum(cells), height))
        f.add(.tagStart(.tableRow))
        if let fill = row.fill ?? (header ? table.style.headerFill : nil) {
            f.add(.rect(f.size, fill: fill, stroke: nil, radius: 0))
        }
        for (i, c) in cells.enumerated() {
            let cellHeight = c.spanHeight ?? height
            if let fill = c.fill { f.add(.rect(Size(c.width, cellHeight), fill: fill, stroke: nil, radius: 0), at: Point(c.x, 0)) }
            let content: Frame
            if let pieces { content = (i < pieces.count ? pieces[i] : nil) ?? Frame(size: .zero) } else {
                let r = Region(width: max(1, c.width - c.padding.horizontal), height: .greatestFiniteMagnitude,
                               fullHeight: .greatestFiniteMagnitude, isEmpty: true)
                if case .complete(let cf) = c.content.layout(in: r, context) { content = cf } else { content = Frame(size: .zero) }
            }
            let tag = c.tag(inHeader: header)
            f.add(.tagStart(tag))
            f.merge(content, at: Point(c.x + c.padding.left, c.padding.top))
            f.add(.tagEnd(tag))
            if let rule = table.style.columnRule, i < cells.count - 1 {
                f.add(.line(to: Point(0, cellHeight), stroke: rule), at: Point(c.x + c.width, 0))
            }
        }
        f.add(.tagEnd(.tableRow))
        return f
    }
}

/// What one page of a table has gathered so far.
struct TablePage {
    var frame: Frame
    var y = 0.0
    var bodyRows = 0
    let width: Double

    init(width: Double) { self.width = width; frame = Frame(size: Size(width, 0)) }

    mutating func add(_ row: Frame, height: Double) {
        frame.merge(row, at: Point(0, y))
        y += height
    }

    mutating func rule(_ stroke: Stroke, at y: Double) {
        frame.add(.line(to: Point(width, 0), stroke: stroke), at: Point(0, y))
    }

    func finished(border: Stroke?) -> Frame {
        var f = frame
        f.add(.tagEnd(.table))
        f.size.height = y
        if let border { f.add(.rect(Size(width, y), fill: nil, stroke: border, radius: 0)) }
        return f
    }
}

extension Table {
    /// The width the placed cells reach (the table's width unless the row is short of cells).
    func resolvedWidthsSum(_ cells: [PlacedCell]) -> Double { cells.map { $0.x + $0.width }.max() ?? 0 }
}
