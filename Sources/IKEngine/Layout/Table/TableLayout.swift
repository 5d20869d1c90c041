/// Laying a table out page by page. Per-page state lives in `TablePage`; what continues on the next page
/// is a `TableContinuation` (the next row, and the unfinished parts of a row split between pages).
extension Table {
    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        TableContinuation(table: self, grid: TableGrid(rows, columns: columns.count), next: 0, carried: nil)
            .layout(in: region, context)
    }
}

/// The rest of a table: body rows from `next`, and, when a row was split, its cells' remaining content.
struct TableContinuation: Block {
    let table: Table
    let grid: TableGrid
    let next: Int
    let carried: [Flow?]?

    var spaceAfter: Double { table.spaceAfter }

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let widths = table.resolvedWidths(region.width)
        var page = TablePage(width: region.width)
        // On a page the table continues on: its caption first, outside the table's structure element.
        if isContinued {
            for block in table.continuationCaption {
                let r = Region(width: region.width, height: .greatestFiniteMagnitude, fullHeight: .greatestFiniteMagnitude, isEmpty: true)
                guard case .complete(let f) = block.layout(in: r, context) else { continue }
                page.add(f, height: f.size.height + block.spaceAfter)
            }
        }
        page.frame.add(.tagStart(.table))

        // Header rows first, on every page.
        for row in table.header {
            let cells = cellsOf(row, widths: widths, covered: [])
            let h = measure(cells, context)
            page.add(draw(cells, row: row, height: h, header: true, context: context, pieces: nil), height: h)
        }
        if let rule = table.style.headerRule, !table.header.isEmpty { page.rule(rule, at: page.y) }
        let bodyFull = region.fullHeight - page.y

        var index = next
        var carry = carried
        while index < table.rows.count {
            let remaining = region.height - page.y
            let atTop = page.bodyRows == 0 && region.isEmpty
            // Rows joined by a cell spanning down are placed together when they fit on this page.
            if carry == nil, let span = spanBlock(at: index, widths: widths, context) {
                if span.heights.reduce(0, +) <= remaining + 0.01 {
                    for (k, h) in span.heights.enumerated() {
                        let row = bodyRow(index + k)
                        let cells = k == 0 ? span.first : cellsOf(row, widths: widths, covered: grid.covered[index + k])
                        page.add(draw(cells, row: row, height: h, header: false, context: context, pieces: nil), height: h)
                        page.bodyRows += 1
                        if let rule = table.style.rowRule, row.ruleBelow { page.rule(rule, at: page.y) }
                    }
                    index += span.heights.count
                    continue
                }
                if !atTop && span.heights.reduce(0, +) <= bodyFull + 0.01 { break }
                // Taller than a page: the spanning cells stay in their own row and the rows split as usual.
            }
            let row = bodyRow(index)
            let cells = cellsOf(row, widths: widths, covered: grid.covered[index], carried: carry)
            let rowHeight = measure(cells, context)
            // Rows that must stay together (a risk and its consequence) are placed as one group.
            let group = groupHeight(from: index, first: rowHeight, widths: widths, context)
            if group <= remaining + 0.01 || (rowHeight <= remaining + 0.01 && group > bodyFull) {
                page.add(draw(cells, row: row, height: rowHeight, header: false, context: context, pieces: nil), height: rowHeight)
                page.bodyRows += 1
                if let rule = table.style.rowRule, row.ruleBelow { page.rule(rule, at: page.y) }
                index += 1
                carry = nil
                continue
            }
            // It does not fit here. Move it to the next page when it fits there whole…
            if !atTop && min(group, rowHeight) <= bodyFull + 0.01 { break }
            // …otherwise it is taller than a page: split it between lines, at least one line per cell.
            let split = splitRow(cells, available: remaining, isEmpty: atTop || page.bodyRows == 0, context)
            guard split.progress else { break }
            page.add(draw(cells, row: row, height: split.height, header: false, context: context, pieces: split.frames), height: split.height)
            page.bodyRows += 1
            if let rule = table.style.rowRule, row.ruleBelow { page.rule(rule, at: page.y) }
            if split.rests.allSatisfy({ $0 == nil }) { index += 1; carry = nil; continue }
            return .partial(page.finished(border: table.style.border),
                            rest: TableContinuation(table: table, grid: grid, next: index, carried: split.rests))
        }
        if index >= table.rows.count { return .complete(page.finished(border: table.style.border)) }
        // A header alone at a page foot is never left behind: the table moves as a whole instead.
        if page.bodyRows == 0 && !region.isEmpty { return .moved }
        return .partial(page.finished(border: table.style.border),
                        rest: TableContinuation(table: table, grid: grid, next: index, carried: carry))
    }

    /// This part continues a table begun on an earlier page.
    var isContinued: Bool { next > 0 || carried != nil }

    /// Row `index` as this page shows it: the first row of a continued page with its `continuedCells`.
    func bodyRow(_ index: Int) -> TableRow {
        var row = table.rows[index]
        if index == next, next > 0, carried == nil, let cells = row.continuedCells { row.cells = cells }
        return row
    }

    /// Height of row `index` and the rows kept with it.
    private func groupHeight(from index: Int, first: Double, widths: [Double], _ context: LayoutContext) -> Double {
        var h = first
        var i = index
        while i < table.rows.count - 1, table.rows[i].keepWithNext {
            i += 1
            h += measure(cellsOf(table.rows[i], widths: widths, covered: grid.covered[i]), context)
        }
        return h
    }

    /// When row `index` has cells spanning down: its cells (spanning ones marked with their full height)
    /// and the heights of the rows they cover, the last one grown if a spanning cell needs more room.
    private func spanBlock(at index: Int, widths: [Double], _ context: LayoutContext) -> (first: [PlacedCell], heights: [Double])? {
        let row = bodyRow(index)
        guard row.cells.contains(where: { $0.rowSpan > 1 }) else { return nil }
        var cells = cellsOf(row, widths: widths, covered: grid.covered[index])
        let count = min(table.rows.count - index, cells.map(\.rowSpan).max() ?? 1)
        guard count > 1 else { return nil }
        var heights = [measure(cells.filter { $0.rowSpan == 1 }, context)]
        for k in 1..<count {
            heights.append(measure(cellsOf(table.rows[index + k], widths: widths, covered: grid.covered[index + k]), context))
        }
        for i in cells.indices where cells[i].rowSpan > 1 {
            let rows = min(count, cells[i].rowSpan)
            let need = measure([cells[i]], context) - heights[0..<rows].reduce(0, +)
            if need > 0 { heights[rows - 1] += need }
            cells[i].spanHeight = heights[0..<rows].reduce(0, +)
        }
        return (cells, heights)
    }
}
