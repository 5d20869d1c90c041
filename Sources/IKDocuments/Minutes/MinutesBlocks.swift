import IKEngine

/// Content that never splits (a signature block, the anslag): it moves whole to the next page, and
/// splits only on an empty page where moving would not help.
struct KeepTogether: Block {
    var content: Flow
    var spaceBefore: Double
    var spaceAfter: Double

    init(_ content: [any Block], spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.content = Flow(content); self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let placement = content.layout(in: region, context)
        if case .complete = placement { return placement }
        return region.isEmpty ? placement : .moved
    }
}

/// An empty line to write on by hand (a date, a signature), optionally with text already on it.
struct WriteInLine: Block {
    var text: String?
    var style: TextStyle
    /// Room above the line for handwriting.
    var height: Double
    var stroke: Stroke
    /// The line's length; nil: the whole width.
    var width: Double? = nil

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let w = min(region.width, width ?? region.width)
        var f = Frame(size: Size(region.width, height))
        if let text, !text.isEmpty {
            let shaped = context.shaper.shape(text, style: style, width: w)
            f.add(.tagStart(.paragraph))
            f.add(.text(shaped, lines: 0..<shaped.lines.count), at: Point(0, max(0, height - 2 - shaped.height)))
            f.add(.tagEnd(.paragraph))
        }
        f.add(.line(to: Point(w, 0), stroke: stroke), at: Point(0, height))
        if height > region.height + 0.01, !region.isEmpty { return .moved }
        return .complete(f)
    }
}

/// The label of a `WriteInLine` beside it: set so that its first baseline lies on the line (a form's
/// label stands on the line one writes on, not above it), with the room for handwriting above.
struct WriteInLabel: Block {
    var text: String
    var style: TextStyle
    /// The height of the write-in line beside it: where its line lies, from the top.
    var lineAt: Double

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let shaped = context.shaper.shape(text, style: style, width: region.width)
        guard let first = shaped.lines.first else { return .complete(Frame(size: Size(region.width, lineAt))) }
        let y = max(0, lineAt - (first.baseline - first.top))
        var f = Frame(size: Size(region.width, y + shaped.height))
        f.add(.tagStart(.paragraph))
        f.add(.text(shaped, lines: 0..<shaped.lines.count), at: Point(0, y))
        f.add(.tagEnd(.paragraph))
        if f.size.height > region.height + 0.01, !region.isEmpty { return .moved }
        return .complete(f)
    }
}

/// Signature lines for paper signing: room to sign, a line, the name and the role beneath,
/// in a grid of `columns`. Never splits: a signature belongs with its neighbours.
struct SignatureGrid: Block {
    struct Entry {
        var name: String
        var role: String
        /// The name of the signature field over the signing room; nil: a printed line only.
        var field: String? = nil
    }

    var entries: [Entry]
    var nameStyle: TextStyle
    var roleStyle: TextStyle
    var columns = 2
    var signingRoom = 34.0
    var gutter = 28.0
    var stroke = Stroke(width: 0.6)
    var spaceBefore = 0.0
    var spaceAfter = 0.0

    func layout(in region: Region, _ context: LayoutContext) -> Placement {
        let cols = max(1, columns)
        let width = max(1, (region.width - gutter * Double(cols - 1)) / Double(cols))
        var frame = Frame(size: Size(region.width, 0))
        var y = 0.0
        var index = 0
        var rowEnds: [(entries: Int, height: Double, frame: Frame)] = []
        while index < entries.count {
            let row = entries[index..<min(entries.count, index + cols)]
            var rowHeight = 0.0
            for (column, entry) in row.enumerated() {
                let cell = self.cell(entry, width: width, context)
                frame.merge(cell, at: Point(Double(column) * (width + gutter), y))
                rowHeight = max(rowHeight, cell.size.height)
            }
            y += rowHeight + 8
            index += cols
            rowEnds.append((min(index, entries.count), y - 8, frame))
        }
        let height = max(0, y - 8)
        if height > region.height + 0.01 {
            if !region.isEmpty { return .moved }
            // Taller than a whole page (many or very long names): the rows that fit stay, the others
            // continue on the next page, rather than running over the page's foot.
            if let cut = rowEnds.last(where: { $0.height <= region.height + 0.01 }) ?? rowEnds.first, cut.entries < entries.count {
                var out = Frame(size: Size(region.width, cut.height))
                out.merge(cut.frame, at: .zero)
                var rest = self
                rest.entries = Array(entries[cut.entries...])
                return .partial(out, rest: rest)
            }
        }
        var out = Frame(size: Size(region.width, height))
        out.merge(frame, at: .zero)
        return .complete(out)
    }

    private func cell(_ entry: Entry, width: Double, _ context: LayoutContext) -> Frame {
        let name = context.shaper.shape(entry.name, style: nameStyle, width: width)
        let role = context.shaper.shape(entry.role, style: roleStyle, width: width)
        var f = Frame(size: Size(width, signingRoom + 3 + name.height + role.height))
        f.add(.line(to: Point(width, 0), stroke: stroke), at: Point(0, signingRoom))
        if let field = entry.field {
            let tooltip = "Underskrift, \(entry.role.lowercased()) \(entry.name)"
            f.add(.formField(FormField(name: field, kind: .signature, tooltip: tooltip), Size(width, signingRoom)))
        }
        f.add(.tagStart(.paragraph))
        f.add(.text(name, lines: 0..<name.lines.count), at: Point(0, signingRoom + 3))
        f.add(.tagEnd(.paragraph))
        f.add(.tagStart(.paragraph))
        f.add(.text(role, lines: 0..<role.lines.count), at: Point(0, signingRoom + 3 + name.height))
        f.add(.tagEnd(.paragraph))
        return f
    }
}
