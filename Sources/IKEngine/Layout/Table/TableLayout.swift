/// Laying a table out page by page. Per-page state lives in `TablePage`; what continues on the next page
/// is a `TableContinuation` (the next row, and the unfinished parts of a row split between pages).
extension Table {
    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        TableContinuation(table: self, next: 0, carried: nil, started: false).layout(in: region, context)
    }
}

/// The rest of a table: body rows from `next`, and, when a row was split, its cells' remaining content.
struct TableContinuation: Block {
    let table: Table
    let next: Int
    let carried: [Flow?]?
    /// Whether part of the table is already on an earlier page (then it may not move as a whole).
    let started: Bool

    var spaceAfter: Double { table.spaceAfter }

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let widths = table.resolvedWidths(region.width)
        var page = TablePage(width: region.width)
        page.frame.add(.tagStart("Table"))

        // Header rows first, on every page.
        for row in table.header {
            let cells = cellsOf(row, widths: widths)
            let h = measure(cells, context)
            page.add(draw(cells, row: row, height: h, header: true, context: context, pieces: nil), height: h)
        }
        let headerHeight = page.y
        if let rule = table.style.headerRule, !table.header.isEmpty { page.rule(rule, at: page.y) }
        let bodyFull = region.fullHeight - headerHeight

        var index = next
        var carry = carried
        while index < table.rows.count {
            let row = table.rows[index]
            let cells = cellsOf(row, widths: widths, carried: carry)
            let remaining = region.height - page.y
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
            let atTop = page.bodyRows == 0 && region.isEmpty
            if !atTop && min(group, rowHeight) <= bodyFull + 0.01 {
                break
            }
            // …otherwise it is taller than a page: split it between lines, at least one line per cell.
            let split = splitRow(cells, available: remaining, isEmpty: atTop || page.bodyRows == 0, context)
            guard split.progress else { break }
            page.add(draw(cells, row: row, height: split.height, header: false, context: context, pieces: split.frames), height: split.height)
            page.bodyRows += 1
            if let rule = table.style.rowRule, row.ruleBelow { page.rule(rule, at: page.y) }
            if split.rests.allSatisfy({ $0 == nil }) { index += 1; carry = nil; continue }
            return finish(page, rest: TableContinuation(table: table, next: index, carried: split.rests, started: true))
        }
        if index >= table.rows.count { return .complete(page.finished(border: table.style.border, headerHeight: headerHeight)) }
        // A header alone at a page foot is never left behind: the table moves as a whole instead.
        if page.bodyRows == 0 {
            if !region.isEmpty { return .moved }
        }
        return finish(page, rest: TableContinuation(table: table, next: index, carried: carry, started: true))
    }

    private func finish(_ page: TablePage, rest: TableContinuation) -> Placement {
        .partial(page.finished(border: table.style.border, headerHeight: 0), rest: rest)
    }

    /// Height of row `index` and the rows kept with it.
    private func groupHeight(from index: Int, first: Double, widths: [Double], _ context: LayoutContext) -> Double {
        var h = first
        var i = index
        while i < table.rows.count - 1, table.rows[i].keepWithNext {
            i += 1
            h += measure(cellsOf(table.rows[i], widths: widths), context)
        }
        return h
    }
}
