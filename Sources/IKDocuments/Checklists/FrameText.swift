import IKEngine

/// Small drawing helpers for the checklist's fixed pieces (check boxes, write-in lines, the wheel):
/// shaped text placed in a frame, tagged as a paragraph so it stays in the structure tree.
struct FrameText {
    let shaper: TextShaper

    /// Shapes `text` at `width` and adds it with its top-left at `at`; returns its height.
    @discardableResult
    func add(_ text: String, style: TextStyle, width: Double, at: Point, to frame: inout Frame, tag: StructureTag? = .paragraph) -> Double {
        let shaped = shaper.shape(text, style: style, width: max(1, width))
        if let tag { frame.add(.tagStart(tag)) }
        frame.add(.text(shaped, lines: 0..<shaped.lines.count), at: at)
        if let tag { frame.add(.tagEnd(tag)) }
        return shaped.height
    }

    /// The width `text` takes on one line.
    func naturalWidth(_ text: String, style: TextStyle) -> Double {
        shaper.shape(text, style: style.with { $0.hyphenate = false }, width: 0).naturalWidth
    }

    /// `text` centred on `center` (both ways), on one line.
    func addCentered(_ text: String, style: TextStyle, center: Point, to frame: inout Frame, tag: StructureTag? = .paragraph) {
        let w = naturalWidth(text, style: style) + 1
        let shaped = shaper.shape(text, style: style.with { $0.alignment = .center; $0.hyphenate = false }, width: w)
        if let tag { frame.add(.tagStart(tag)) }
        frame.add(.text(shaped, lines: 0..<shaped.lines.count), at: Point(center.x - w / 2, center.y - shaped.height / 2))
        if let tag { frame.add(.tagEnd(tag)) }
    }
}
