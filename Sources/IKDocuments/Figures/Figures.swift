import IKEngine
import IKModel

/// The plan's drawings by name, for prose that asks for a figure (`processfigur`) and for the plan document.
public enum Figures {
    /// The names `named` knows. The risk matrix needs the risks, so the plan document draws it (`PlanDrawings`).
    public static let names = ["processfigur"]

    /// A named figure drawn at `width` with the layout's styles (no structure tag: put it in a `Canvas`,
    /// which tags it "Figure"); nil for an unknown name. Throws when the layout's figure section is wrong.
    public static func named(_ name: String, width: Double, layout: LayoutFile, shaper: TextShaper) throws -> Frame? {
        switch name.lowercased() {
        case "processfigur", "process", "process_figure":
            return ProcessFigure(style: try ProcessFigureStyle(layout: layout)).frame(width: width, shaper: shaper)
        default: return nil
        }
    }

    /// The words that stand for a named figure (its alternative text); nil for an unknown name.
    public static func altText(named name: String, layout: LayoutFile) throws -> String? {
        switch name.lowercased() {
        case "processfigur", "process", "process_figure": return ProcessFigure(style: try ProcessFigureStyle(layout: layout)).altText
        default: return nil
        }
    }

    /// A named figure as a block that takes the width of its region, tagged "Figure"; nil for an unknown name.
    public static func block(named name: String, layout: LayoutFile) throws -> (any Block)? {
        switch name.lowercased() {
        case "processfigur", "process", "process_figure": return ProcessFigure(style: try ProcessFigureStyle(layout: layout))
        default: return nil
        }
    }
}

/// The base text style of the figures: the layout's `body` style when it has one.
func figureBaseStyle(_ layout: LayoutFile?) -> TextStyle {
    (layout?.styles["body"] ?? TextStyle()).with { $0.hyphenate = false }
}
