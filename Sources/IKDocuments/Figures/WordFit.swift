import IKEngine

extension TextShaper {
    /// Shapes `text` at `width` without breaking inside a word where possible: Pango would otherwise break
    /// a too-long word between arbitrary characters. The font shrinks (not below `minSize`) until the
    /// longest word fits; if it still does not, `hyphenateLast` lets dictionary hyphenation break it.
    func shapeKeepingWords(_ text: String, style: TextStyle, width: Double, minSize: Double, hyphenateLast: Bool) -> ShapedText {
        var s = style.with { $0.hyphenate = false }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        func longest() -> Double { words.map { shape($0, style: s, width: 0).naturalWidth }.max() ?? 0 }
        while s.size - 0.5 >= minSize, longest() > width + 0.01 { s.size -= 0.5 }
        if hyphenateLast, longest() > width + 0.01 { s.hyphenate = true }
        return shape(text, style: s, width: width)
    }
}
