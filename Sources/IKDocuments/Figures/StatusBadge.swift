import IKEngine
import IKModel

/// An action's status as a rounded pill with its words ("Ej påbörjad", "Pågående", "Försenad", "Klar",
/// "Avbruten") — never colour alone. A block for a table cell: as wide as its words, its baseline on the
/// cell text's first baseline, wrapping when the cell is narrower than the pill.
public struct StatusBadge: Block {
    public var status: ActionStatus
    public var style: BadgeStyle
    /// The style of the text beside it (the table cell's), whose first baseline the badge shares.
    public var line: TextStyle

    public init(_ status: ActionStatus, style: BadgeStyle, line: TextStyle) {
        self.status = status; self.style = style; self.line = line
    }

    var pill: Pill {
        let c = style.colors(for: status)
        return Pill(text: status.label, fill: c.fill, textColor: c.text, style: style.badge)
    }

    /// The badge drawn at most `maxWidth` wide.
    public func frame(maxWidth: Double, shaper: TextShaper) -> Frame { pill.frame(maxWidth: maxWidth, line: line, shaper: shaper) }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        PillBlock(pill: pill, line: line).layout(in: region, context)
    }
}

/// A risk value (riskvärde) on a small rounded chip in its band's colour, for the risk table. Every chip is
/// at least as wide as "16" so a column of them lines up; otherwise it behaves like `StatusBadge`.
public struct RiskValueChip: Block {
    public var value: Int
    public var bands: RiskBands
    public var style: BadgeStyle
    public var line: TextStyle

    public init(_ value: Int, bands: RiskBands, style: BadgeStyle, line: TextStyle) {
        self.value = value; self.bands = bands; self.style = style; self.line = line
    }

    func pill(_ shaper: TextShaper) -> Pill {
        let band = bands.band(for: value)
        var look = style.chip
        if look.minWidth == 0 {
            look.minWidth = shaper.shape("16", style: look.text, width: 0).naturalWidth + look.padding.horizontal
        }
        return Pill(text: String(value), fill: band.color, textColor: band.textColor, style: look)
    }

    public func frame(maxWidth: Double, shaper: TextShaper) -> Frame {
        pill(shaper).frame(maxWidth: maxWidth, line: line, shaper: shaper)
    }

    public func layout(in region: Region, _ context: LayoutContext) -> Placement {
        PillBlock(pill: pill(context.shaper), line: line).layout(in: region, context)
    }
}
