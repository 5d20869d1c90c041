/// A page whose body is laid out; its header and footer come once the page count is known.
public struct LaidOutPage: Sendable {
    /// The page's number within its document, from 1.
    public var number: Int
    /// The page's body, placed at the top-left of the margins.
    public var body: Frame
    /// The running head, finalised with the page numbers; nil when the page has none.
    public var header: Frame?
    /// The footer, likewise.
    public var footer: Frame?
    /// The page's geometry and decorations.
    public var style: PageStyle
    /// The label a viewer shows for the page (PDF page labels), e.g. "3" or "Sida 1(1)".
    public var label: String?

    public init(number: Int, body: Frame, header: Frame? = nil, footer: Frame? = nil, style: PageStyle, label: String? = nil) {
        self.number = number; self.body = body; self.header = header; self.footer = footer; self.style = style; self.label = label
    }
}

/// Flows blocks into pages, then finalises each page's header and footer ("Sida x av N") in a second,
/// cheap pass that never moves the body: everything is laid out before anything is drawn, and only once.
public struct Paginator {
    /// The page geometry and running heads every page gets.
    public var style: PageStyle
    /// The shaper the blocks lay out with.
    public var context: LayoutContext
    /// The documented limit of pages per document (docs/plan-format.md, Limits): a hard stop against input
    /// that would take minutes to lay out and that nobody could print or read.
    public static let pageLimit = 5_000
    /// A hard stop against input that would never finish (each page must make progress anyway).
    public var maxPages = Paginator.pageLimit

    public init(style: PageStyle, context: LayoutContext) { self.style = style; self.context = context }

    public func paginate(_ blocks: [any Block], fields: [String: String] = [:]) throws -> [LaidOutPage] {
        finalise(try layOut(blocks, fields: fields), fields: fields)
    }

    /// The pages with their bodies laid out and numbered from 1, without running heads and footers: for a
    /// print made of parts (`finalise` with the print's total, once, when every part is laid out).
    public func layOut(_ blocks: [any Block], fields: [String: String] = [:]) throws -> [LaidOutPage] {
        let style = try roomForDecorations(fields)
        let body = style.body
        var pages: [LaidOutPage] = []
        var pending: (any Block)? = Flow(blocks)
        var emptyInARow = 0
        while let block = pending {
            let region = Region(width: body.width, height: body.height, fullHeight: body.height, isEmpty: true)
            let frame: Frame
            switch block.layout(in: region, context) {
            case .complete(let f): frame = f; pending = nil
            case .partial(let f, let rest): frame = f; pending = rest
            case .moved:
                // The contract says a block always places something on an empty page; dropping the rest
                // would print a document that silently ends here.
                throw EngineError.layout("page \(pages.count + 1): a block (\(type(of: block))) placed nothing even on an "
                    + "empty page, so the rest of the document cannot be laid out. This is a bug in ikplan: "
                    + "please report it with the plan folder and layout file")
            }
            emptyInARow = frame.isEmpty ? emptyInARow + 1 : 0
            if emptyInARow > 2 {
                throw EngineError.layout("layout made no progress after page \(pages.count); a block refuses every page")
            }
            if pages.count >= maxPages {
                throw EngineError.layout("the document would have more than \(maxPages) pages, the limit for a document; shorten the texts (see docs/plan-format.md, Limits)")
            }
            pages.append(LaidOutPage(number: pages.count + 1, body: frame, style: style))
            LayoutProgress.shared.pageLaidOut()
        }
        if pages.isEmpty { pages.append(LaidOutPage(number: 1, body: Frame(size: body.size), style: style)) }
        return pages
    }

    /// The page style with the body moved clear of a header or footer that reaches into it (a long title
    /// or municipality wraps onto more lines than the margin holds). Unchanged when they fit, which they
    /// normally do. Page numbers are measured at five digits, more than any document has.
    func roomForDecorations(_ fields: [String: String]) throws -> PageStyle {
        var adjusted = style
        if let h = style.header { adjusted.margins.top = max(style.margins.top, reach(of: h, fields: fields, top: true)) }
        if let d = style.footer { adjusted.margins.bottom = max(style.margins.bottom, reach(of: d, fields: fields, top: false)) }
        // The body must keep room for text; a header that leaves less is a layout or input problem.
        let minimum = min(style.body.height, 144)
        guard adjusted.body.height >= minimum else {
            // Int(_:) of a non-finite Double traps; a PageStyle made in code could carry one.
            func pt(_ v: Double) -> String { v.isFinite ? String(Int(v)) : "\(v)" }
            throw EngineError.layout("the header and footer take \(pt(adjusted.margins.top + adjusted.margins.bottom)) pt of the page's "
                                     + "\(pt(style.size.height)) pt and leave no room for the text; shorten them or the values they print")
        }
        return adjusted
    }

    /// How far a header or footer reaches from its page edge, measured with page numbers of five digits
    /// (more than any document has), its rule and its clearance from the body included. The one measure
    /// of page furniture: the body's margins follow from it.
    public func reach(of d: PageDecoration, fields: [String: String], top: Bool) -> Double {
        var f = fields
        f["page"] = "88888"
        f["pages"] = "88888"
        let frame = decoration(d, fields: f, top: top)
        // A band (boxes to sign in) keeps the wider gap from the body; text 4 pt.
        let clearance = d.band == nil ? 4.0 : PageDecoration.bandGap
        return d.offset + frame.size.height + (d.rule.map { 3 + $0.width } ?? 0) + clearance
    }

    /// Lays out headers and footers now that N is known. `total` is N when these pages are part of a
    /// longer print whose parts have heads of their own (a checklist sheet per occasion); the pages then
    /// carry their numbers in the whole print.
    public func finalise(_ pages: [LaidOutPage], fields: [String: String], total: Int? = nil) -> [LaidOutPage] {
        let total = total ?? pages.count
        var pageOf: [String: Int] = [:]
        for page in pages { for d in page.body.destinations where pageOf[d] == nil { pageOf[d] = page.number } }
        return pages.map { page in
            var p = page
            p.body = resolveReferences(page.body, pageOf)
            var f = fields
            f["page"] = String(page.number)
            f["pages"] = String(total)
            let first = page.number == 1
            if let h = style.header, !first || style.firstPageHeader || h.band != nil {
                p.header = decoration(h, fields: f, top: true, slots: !first || style.firstPageHeader)
            }
            if let d = style.footer, !first || style.firstPageFooter || d.band != nil {
                p.footer = decoration(d, fields: f, top: false, slots: !first || style.firstPageFooter)
            }
            return p
        }
    }

    /// Turns page references into right-aligned numbers; the slot was reserved at layout time.
    private func resolveReferences(_ frame: Frame, _ pageOf: [String: Int]) -> Frame {
        // Most pages have none: they keep their items as they are instead of a copy of every item.
        guard frame.items.contains(where: { if case .pageReference = $0.item { return true } else { return false } }) else {
            return frame
        }
        return frame.mapItems { item in
            guard case .pageReference(let dest, let style, let width, let baseline) = item else { return nil }
            let text = context.shaper.shape(pageOf[dest].map(String.init) ?? "", style: style, width: width)
            let dy = baseline - (text.lines.first?.baseline ?? 0)
            var f = Frame(size: Size(width, text.height))
            f.add(.text(text, lines: 0..<text.lines.count), at: Point(0, dy))
            return .group(f)
        }
    }

    /// A decoration spans the body's width and is placed at `offset` from the page edge: its slots, its
    /// band on the body side of them, its rule; all of it one decoration element (page furniture, which the
    /// archive step makes an artifact). `slots: false` draws only the band (a first page without the slots).
    private func decoration(_ d: PageDecoration, fields: [String: String], top: Bool, slots showSlots: Bool = true) -> Frame {
        let width = style.body.width
        let present = !showSlots ? [] : [(d.left, TextStyle.Alignment.left), (d.center, .center), (d.right, .right)].compactMap { slot, align in
            slot.map { ($0, align) }
        }
        let columns = slotColumns(present, fields: fields, style: d.style, width: width)
        var slots: [Frame] = []
        for ((slot, align), column) in zip(present, columns) {
            switch slot {
            case .text(let lines):
                let text = lines.map { fillPlaceholders($0, fields) }.joined(separator: "\n")
                let shaped = context.shaper.shape(text, style: d.style.with { $0.alignment = align; $0.hyphenate = false }, width: column.width)
                var f = Frame(size: Size(width, shaped.height))
                f.add(.text(shaped, lines: 0..<shaped.lines.count), at: Point(column.x, 0))
                slots.append(f)
            case .image(let image, let height):
                let w = image.size.height > 0 ? image.size.width * height / image.size.height : height
                var f = Frame(size: Size(width, height))
                let x = align == .left ? 0 : align == .center ? (width - w) / 2 : width - w
                f.add(.image(image, Size(w, height)), at: Point(x, 0))
                slots.append(f)
            }
        }
        let slotHeight = slots.map(\.size.height).max() ?? 0
        let bandHeight = d.band.map { $0.size.height + (slots.isEmpty ? 0 : PageDecoration.bandGap) } ?? 0
        let height = slotHeight + bandHeight
        // The band stands between the slots and the body: under a header's slots, above a footer's.
        let slotsTop = top ? 0 : bandHeight
        var frame = Frame(size: Size(width, height))
        frame.add(.tagStart(.decoration(top ? .header : .footer)))
        for f in slots {
            // Headers hang from their top; footers stand on their bottom.
            frame.merge(f, at: Point(0, slotsTop + (top ? 0 : slotHeight - f.size.height)))
        }
        if let band = d.band { frame.merge(band, at: Point(0, top ? height - band.size.height : 0)) }
        if let rule = d.rule {
            let y = top ? height + 3 : -3
            frame.add(.line(to: Point(width, 0), stroke: rule), at: Point(0, y))
        }
        frame.add(.tagEnd(.decoration(top ? .header : .footer)))
        return frame
    }

    /// Where each slot's text wraps. When the slots fit side by side each spans the whole width and aligns
    /// within it; when a long value would run into its neighbour, each slot gets a column of its own:
    /// short slots keep their natural width and long ones share what is left.
    private func slotColumns(_ slots: [(PageDecoration.Slot, TextStyle.Alignment)], fields: [String: String],
                             style: TextStyle, width: Double) -> [(x: Double, width: Double)] {
        let gap = 12.0
        let natural = slots.map { slot, _ -> Double in
            switch slot {
            case .text(let lines):
                let text = lines.map { fillPlaceholders($0, fields) }.joined(separator: "\n")
                return context.shaper.shape(text, style: style.with { $0.hyphenate = false }, width: 0).naturalWidth + 1
            case .image(let image, let height):
                return image.size.height > 0 ? image.size.width * height / image.size.height : height
            }
        }
        let gaps = gap * Double(max(0, slots.count - 1))
        guard slots.count > 1, natural.reduce(0, +) + gaps > width else { return slots.map { _ in (0, width) } }
        let available = max(1, width - gaps)
        let fair = available / Double(slots.count)
        let short = natural.filter { $0 <= fair }
        let longShare = max(1, (available - short.reduce(0, +)) / Double(max(1, slots.count - short.count)))
        let widths = natural.map { $0 <= fair ? $0 : longShare }
        var x = 0.0
        return widths.map { w in
            defer { x += w + gap }
            return (x, w)
        }
    }
}
