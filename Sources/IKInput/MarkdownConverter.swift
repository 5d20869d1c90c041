import CCmark
import IKModel

/// Turns a libcmark tree into IKModel's prose blocks, walking it with `cmark_iter`.
/// Images whose URL starts with `ikplan:` become figures; problems go to `report` with the
/// cmark line and column (1-based, in the Markdown text), and the conversion carries on.
struct MarkdownConverter {
    /// The names `![caption](ikplan:name)` may use: drawings ikplan knows how to make.
    static let knownFigures = ["processfigur"]
    /// Lists and quotes nested deeper than this leave a column too narrow to read on A4.
    static let maxNesting = 6

    typealias Report = (_ severity: Diagnostic.Severity, _ line: Int, _ column: Int, _ message: String, _ hint: String) -> Void

    /// An inline run may carry a figure until its paragraph ends; the paragraph is then split around it.
    private enum Piece {
        case inline(ProseInline)
        case figure(name: String, caption: [ProseInline], line: Int, column: Int)
    }

    /// One open container while walking: what it is and what it has collected so far.
    private enum Frame {
        case blocks(type: cmark_node_type, [ProseBlock])
        case list(ordered: Bool, start: Int, items: [[ProseBlock]])
        case inlines(type: cmark_node_type, node: OpaquePointer, [Piece])
    }

    let report: Report

    func convert(_ text: String) -> [ProseBlock] {
        guard let document = MarkdownDocument(text) else {
            report(.error, 1, 1, Messages.text(.markdownUnparsable), "")
            return []
        }
        guard let iter = cmark_iter_new(document.root) else { return [] }
        defer { cmark_iter_free(iter) }
        var stack: [Frame] = []
        var result: [ProseBlock] = []
        var nesting = 0
        var reportedNesting = false
        // The container past the nesting limit: its subtree is an error already and is not built, so however
        // deep the input goes, the prose tree stays shallow (a tree 37 000 deep overflowed the stack on release).
        var skipped: OpaquePointer?
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            if let top = skipped {
                if event == CMARK_EVENT_EXIT && node == top { skipped = nil }
                continue
            }
            let type = cmark_node_get_type(node)
            let nests = type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE
            if event == CMARK_EVENT_ENTER {
                if nests {
                    if nesting + 1 > Self.maxNesting {
                        if !reportedNesting {
                            reportedNesting = true
                            report(.error, Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)),
                                   "lists and block quotes are nested \(nesting + 1) deep; at most \(Self.maxNesting) levels fit the page",
                                   "flatten the list, or split it into several")
                        }
                        skipped = node
                        continue
                    }
                    nesting += 1
                }
                if let frame = open(node, type) { stack.append(frame) } else { leaf(node, type, &stack) }
            } else if let frame = stack.popLast() {
                if nests { nesting -= 1 }
                close(frame, node, &stack, &result)
            }
        }
        withExtendedLifetime(document) {}
        return result
    }

    /// A frame for container nodes; nil for leaves (which cmark_iter enters but never exits).
    private func open(_ node: OpaquePointer, _ type: cmark_node_type) -> Frame? {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
            return .blocks(type: type, [])
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), items: [])
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG,
             CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
            return .inlines(type: type, node: node, [])
        default:
            return nil
        }
    }

    private func leaf(_ node: OpaquePointer, _ type: cmark_node_type, _ stack: inout [Frame]) {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        switch type {
        case CMARK_NODE_TEXT: append(.inline(.text(literal)), to: &stack)
        case CMARK_NODE_SOFTBREAK: append(.inline(.softBreak), to: &stack)
        case CMARK_NODE_LINEBREAK: append(.inline(.lineBreak), to: &stack)
        case CMARK_NODE_CODE: append(.inline(.code(literal)), to: &stack)
        case CMARK_NODE_THEMATIC_BREAK: append(.thematicBreak, to: &stack)
        case CMARK_NODE_CODE_BLOCK:
            // No code blocks in printed plans: keep the text, set as code, rather than lose it.
            var code = literal
            while code.hasSuffix("\n") { code.removeLast() }
            append(.paragraph([.code(code)]), to: &stack)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            report(.warning, Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)),
                   "HTML is not printed and was left out", "write the text as Markdown instead")
        default:
            break
        }
    }

    private func close(_ frame: Frame, _ node: OpaquePointer, _ stack: inout [Frame], _ result: inout [ProseBlock]) {
        switch frame {
        case .blocks(let type, let blocks):
            switch type {
            case CMARK_NODE_DOCUMENT: result = blocks
            case CMARK_NODE_BLOCK_QUOTE: append(.blockQuote(blocks), to: &stack)
            case CMARK_NODE_ITEM:
                if case .list? = stack.last, case .list(let ordered, let start, var items) = stack.removeLast() {
                    items.append(blocks)
                    stack.append(.list(ordered: ordered, start: start, items: items))
                }
            default: blocks.forEach { append($0, to: &stack) }
            }
        case .list(let ordered, let start, let items):
            append(ordered ? .orderedList(start: start, items) : .bulletList(items), to: &stack)
        case .inlines(let type, let node, let pieces):
            closeInlines(type, node, pieces, &stack)
        }
    }

    private func closeInlines(_ type: cmark_node_type, _ node: OpaquePointer, _ pieces: [Piece], _ stack: inout [Frame]) {
        let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
        switch type {
        case CMARK_NODE_PARAGRAPH:
            splitParagraph(pieces).forEach { append($0, to: &stack) }
        case CMARK_NODE_HEADING:
            append(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(pieces, in: "a heading")), to: &stack)
        case CMARK_NODE_EMPH: append(.inline(.emphasis(inlines(pieces, in: "emphasis"))), to: &stack)
        case CMARK_NODE_STRONG: append(.inline(.strong(inlines(pieces, in: "strong text"))), to: &stack)
        case CMARK_NODE_LINK:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            append(.inline(.link(destination: url, inlines(pieces, in: "a link"))), to: &stack)
        case CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let caption = inlines(pieces, in: "a caption")
            guard url.hasPrefix("ikplan:") else {
                report(.error, line, column, Messages.text(.imageNotPrintable, url),
                       Messages.text(.imageNotPrintableHint, Self.knownFigures.joined(separator: ", ")))
                return
            }
            let name = String(url.dropFirst("ikplan:".count))
            guard Self.knownFigures.contains(name) else {
                var message = Messages.text(.unknownFigure, name)
                if let guess = EditDistance.closest(to: name, among: Self.knownFigures) { message += "; " + Messages.text(.didYouMean, guess) }
                report(.error, line, column, message, Messages.text(.knownFigures, Self.knownFigures.joined(separator: ", ")))
                return
            }
            append(.figure(name: name, caption: caption, line: line, column: column), to: &stack)
        default:
            inlines(pieces, in: "this place").forEach { append(.inline($0), to: &stack) }
        }
    }

    /// Figures are blocks: a paragraph holding one is split into text before, the figure, text after.
    private func splitParagraph(_ pieces: [Piece]) -> [ProseBlock] {
        var blocks: [ProseBlock] = []
        var run: [ProseInline] = []
        func flush() {
            let trimmed = trimBreaks(run)
            if !trimmed.isEmpty { blocks.append(.paragraph(trimmed)) }
            run = []
        }
        for piece in pieces {
            switch piece {
            case .inline(let i): run.append(i)
            case .figure(let name, let caption, _, _):
                flush()
                blocks.append(.figure(name: name, caption: caption))
            }
        }
        flush()
        return blocks
    }

    /// Breaks and blank text left at the edges when a paragraph is split around a figure.
    private func trimBreaks(_ run: [ProseInline]) -> [ProseInline] {
        func blank(_ i: ProseInline) -> Bool {
            switch i {
            case .softBreak, .lineBreak: return true
            case .text(let s): return s.allSatisfy { $0 == " " }
            default: return false
            }
        }
        var r = run[...]
        while let f = r.first, blank(f) { r = r.dropFirst() }
        while let l = r.last, blank(l) { r = r.dropLast() }
        var out = Array(r)
        if case .text(let s)? = out.first { out[0] = .text(String(s.drop { $0 == " " })) }
        if case .text(let s)? = out.last {
            var trimmed = Substring(s)
            while trimmed.last == " " { trimmed.removeLast() }
            out[out.count - 1] = .text(String(trimmed))
        }
        return out
    }

    /// Inline content where a figure cannot stand: the figure is reported and dropped.
    private func inlines(_ pieces: [Piece], in place: String) -> [ProseInline] {
        pieces.compactMap { piece in
            switch piece {
            case .inline(let i): return i
            case .figure(_, _, let line, let column):
                report(.error, line, column, "a figure cannot stand inside \(place)", "put the figure in a paragraph of its own")
                return nil
            }
        }
    }

    // The open frame is taken off the stack while it grows and put back after: mutated in place it would
    // be copied on every append (the stack still holding it), which made a long paragraph quadratic.

    private func append(_ block: ProseBlock, to stack: inout [Frame]) {
        guard case .blocks? = stack.last, case .blocks(let type, var blocks) = stack.removeLast() else {
            return  // cmark never nests a block inside an inline container
        }
        blocks.append(block)
        stack.append(.blocks(type: type, blocks))
    }

    private func append(_ piece: Piece, to stack: inout [Frame]) {
        guard case .inlines? = stack.last, case .inlines(let type, let node, var pieces) = stack.removeLast() else { return }
        // cmark splits text at some punctuation; join neighbouring text so the tree is as written.
        if case .inline(.text(let new)) = piece, case .inline(.text(var old))? = pieces.last {
            pieces.removeLast()
            old += new
            pieces.append(.inline(.text(old)))
        } else {
            pieces.append(piece)
        }
        stack.append(.inlines(type: type, node: node, pieces))
    }
}
