import IKEngine

extension Color {
    /// Black or white, whichever contrasts more with this colour (as a fill under text).
    /// One of the two always reaches at least 4.58:1 (WCAG AA needs 4.5:1), whatever the fill.
    public var readableText: Color {
        contrast(with: .black) >= contrast(with: .white) ? .black : .white
    }

    /// The minimum contrast of text on a figure's fills (WCAG AA for normal text).
    public static let minimumTextContrast = 4.5
}
