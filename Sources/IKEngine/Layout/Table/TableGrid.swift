/// Which columns of each body row are covered by a cell spanning down from a row above.
/// Resolved once per table, before layout, so every page reads it in constant time.
struct TableGrid {
    let covered: [Set<Int>]

    init(_ rows: [TableRow], columns: Int) {
        var covered = Array(repeating: Set<Int>(), count: rows.count)
        for (r, row) in rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while covered[r].contains(column) { column += 1 }
                if cell.rowSpan > 1 {
                    for below in (r + 1)..<min(rows.count, r + cell.rowSpan) {
                        for c in column..<min(columns, column + cell.columnSpan) { covered[below].insert(c) }
                    }
                }
                column += cell.columnSpan
            }
        }
        self.covered = covered
    }
}
