/// A page whose body is laid out; its header and footer come once the page count is known.
public struct LaidOutPage: Sendable {
    public var number: Int               // 1-based within its document
    public var body: Frame
    public var header: Frame?
    public var footer: Frame?
    public var style: PageStyle
    /// The label a viewer shows for the page (PDF page labels), e.g. "3" or "Sida 1(1)".
    public var label: String?
}

/// Flows blocks into pages, then finalises each page's header and footer ("Sida x av N") in a second,
/// cheap pass that never moves the body: everything is laid out before anything is drawn, and only once.
public struct Paginator {
    public var style: PageStyle
    public var context: LayoutContext
    /// A hard stop against input that would never finish (each page must make progress anyway).
    public var maxPages = 20_000

    public init(style: PageStyle, context: LayoutContext) { self.style = style; self.context = context }

    public func paginate(_ blocks: [any Block], fields: [String: String] = [:]) throws -> [LaidOutPage] {
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
            case .moved: frame = Frame(size: body.size); pending = nil   // contract broken: drop rather than loop
            }
            emptyInARow = frame.isEmpty ? emptyInARow + 1 : 0
            if emptyInARow > 2 || pages.count >= maxPages {
                throw EngineError.layout("layout made no progress after page \(pages.count); a block refuses every page")
            }
            pages.append(LaidOutPage(number: pages.count + 1, body: frame, style: style))
        }
        if pages.isEmpty { pages.append(LaidOutPage(number: 1, body: Frame(size: body.size), style: style)) }
        return finalise(pages, fields: fields)
    }

    /// Lays out headers and footers now that N is known.
    public func finalise(_ pages: [LaidOutPage], fields: [String: String]) -> [LaidOutPage] {
        let total = pages.count
        var pageOf: [String: Int] = [:]
        for page in pages { for d in page.body.destinations where pageOf[d] == nil { pageOf[d] = page.number } }
        return pages.map { page in
            var p = page
            p.body = resolveReferences(page.body, pageOf)
            var f = fields
            f["page"] = String(page.number)
            f["pages"] = String(total)
            let first = page.number == 1
            if let h = style.header, !first || style.firstPageHeader { p.header = decoration(h, fields: f, top: true) }
            if let d = style.footer, !first || style.firstPageFooter { p.footer = decoration(d, fields: f, top: false) }
            return p
        }
    }

    /// Turns page references into right-aligned numbers; the slot was reserved at layout time.
    private func resolveReferences(_ frame: Frame, _ pageOf: [String: Int]) -> Frame {
        frame.mapItems { item in
            guard case .pageReference(let dest, let style, let width, let baseline) = item else { return nil }
            let text = context.shaper.shape(pageOf[dest].map(String.init) ?? "", style: style, width: width)
            let dy = baseline - (text.lines.first?.baseline ?? 0)
            var f = Frame(size: Size(width, text.height))
            f.add(.text(text, lines: 0..<text.lines.count), at: Point(0, dy))
            return .group(f)
        }
    }

    /// A decoration spans the body's width and is placed at `offset` from the page edge.
    private func decoration(_ d: PageDecoration, fields: [String: String], top: Bool) -> Frame {
        let width = style.body.width
        var slots: [(Frame, TextStyle.Alignment)] = []
        for (slot, align) in [(d.left, TextStyle.Alignment.left), (d.center, .center), (d.right, .right)] {
            guard let slot else { continue }
            switch slot {
            case .text(let lines):
                let text = lines.map { fillPlaceholders($0, fields) }.joined(separator: "\n")
                let shaped = context.shaper.shape(text, style: d.style.with { $0.alignment = align; $0.hyphenate = false }, width: width)
                var f = Frame(size: Size(width, shaped.height))
                f.add(.text(shaped, lines: 0..<shaped.lines.count))
                slots.append((f, align))
            case .image(let image, let height):
                let w = image.size.height > 0 ? image.size.width * height / image.size.height : height
                var f = Frame(size: Size(width, height))
                let x = align == .left ? 0 : align == .center ? (width - w) / 2 : width - w
                f.add(.image(image, Size(w, height)), at: Point(x, 0))
                slots.append((f, align))
            }
        }
        let height = slots.map(\.0.size.height).max() ?? 0
        var frame = Frame(size: Size(width, height))
        for (f, _) in slots {
            // Headers hang from their top; footers stand on their bottom.
            frame.merge(f, at: Point(0, top ? 0 : height - f.size.height))
        }
        if let rule = d.rule {
            let y = top ? height + 3 : -3
            frame.add(.line(to: Point(width, 0), stroke: rule), at: Point(0, y))
        }
        return frame
    }
}
