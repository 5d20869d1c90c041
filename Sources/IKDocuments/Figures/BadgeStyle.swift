import Foundation
import IKEngine
import IKInput
import IKModel

/// The fill of a status badge and the colour of its words (black or white unless the layout says otherwise).
public struct BadgeColors: Hashable, Sendable {
    public var fill: Color
    public var text: Color
    public init(fill: Color, text: Color? = nil) { self.fill = fill; self.text = text ?? fill.readableText }
}

/// Status badges and value chips, from the layout's `badges:` section; every key is optional.
public struct BadgeStyle: Sendable {
    public var badge: PillStyle
    public var chip: PillStyle
    public var colors: [ActionStatus: BadgeColors]

    /// The fallback colours: grey, blue, red, green, dark grey; the words are on every badge anyway.
    public static let defaultFills: [ActionStatus: Color] = [
        .notStarted: Color(r: 0.894, g: 0.906, b: 0.922),   // #e4e7eb
        .ongoing: Color(r: 0.122, g: 0.373, b: 0.620),      // #1f5f9e
        .delayed: Color(r: 0.702, g: 0.149, b: 0.118),      // #b3261e
        .done: Color(r: 0.180, g: 0.490, b: 0.196),         // #2e7d32
        .cancelled: Color(r: 0.373, g: 0.388, b: 0.408),    // #5f6368
    ]

    public init(base: TextStyle = TextStyle()) {
        let text = base.with { $0.size = max(6, base.size - 2); $0.bold = true; $0.hyphenate = false }
        badge = PillStyle(text: text, padding: Insets(vertical: 1.2, horizontal: 5))
        chip = PillStyle(text: text, padding: Insets(vertical: 1.2, horizontal: 4), radius: 2.5)
        colors = BadgeStyle.defaultFills.mapValues { BadgeColors(fill: $0) }
    }

    public func colors(for status: ActionStatus) -> BadgeColors {
        colors[status] ?? BadgeColors(fill: BadgeStyle.defaultFills[status] ?? .white)
    }

    /// The `badges:` section of a layout, or the defaults when it is missing.
    public init(layout: LayoutFile) throws {
        self.init(base: figureBaseStyle(layout))
        let s = layout.section(Section.self)
        s.look.apply(to: &badge)
        // A border drawn for pale fills belongs on the chips too, unless `chip:` says otherwise.
        if let b = s.look.border { chip.border = Stroke(color: b, width: 0.5) }
        s.chip?.apply(to: &chip)
        for (status, c) in s.statuses { colors[status] = c }
    }

    /// `badges:` as written: pill looks, an optional `chip:` with the same keys, and colours per status.
    struct Section: LayoutSection {
        static let key = "badges"
        static let keys = ChipSection.keys + ["statuses", "chip"]
        /// The pill keys written directly under `badges:`.
        var look = ChipSection()
        var statuses: [ActionStatus: BadgeColors] = [:]
        var chip: ChipSection?

        init() {}

        init(reading m: LayoutMap) {
            look = ChipSection(reading: m)
            chip = m.map("chip", known: ChipSection.keys).map(ChipSection.init(reading:))
            guard let s = m.map("statuses", known: []) else { return }
            let known = ActionStatus.allCases.map(\.rawValue)
            for (name, keyNode, node) in s.entries {
                guard let status = ActionStatus(rawValue: name.lowercased()) else {
                    let guess = EditDistance.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
                    m.log.error(keyNode, s.path, "unknown status \"\(name)\"\(guess)", hint: "the statuses are \(known.joined(separator: ", "))")
                    continue
                }
                guard let e = LayoutMap(node, path: s.field(name), log: m.log, palette: m.palette, known: ["fill", "text"]) else { continue }
                guard let fill = e.color("fill") else {
                    if e.node("fill") == nil { e.error(nil, "fill is missing", hint: "e.g. {fill: \"#cfe3f7\"}") }
                    continue
                }
                let text = e.color("text")
                // A given text colour must keep 4.5:1 against the fill (leave it out to get black or white).
                if let t = text, t.contrast(with: fill) < Color.minimumTextContrast {
                    e.error("text", "the text colour has a contrast of \(String(format: "%.1f", t.contrast(with: fill))):1 on its fill; at least 4.5:1 is needed",
                            hint: "leave text: out to get black or white, or choose a darker or lighter colour")
                    continue
                }
                statuses[status] = BadgeColors(fill: fill, text: text)
            }
        }
    }

    /// The pill keys, for badges and for `chip:`.
    struct ChipSection: Sendable {
        static let keys = ["size", "bold", "padding_x", "padding_y", "radius", "border"]
        var size: Double?
        var bold: Bool?
        var padding_x: Double?
        var padding_y: Double?
        var radius: Double?
        var border: Color?

        init() {}

        init(reading m: LayoutMap) {
            // A badge sits on a line of table text: beyond these it cannot fit its row.
            size = m.length("size", in: 4...24, what: "badge size")
            bold = m.bool("bold")
            padding_x = m.length("padding_x")
            padding_y = m.length("padding_y")
            radius = m.length("radius")
            border = m.color("border")
        }

        func apply(to pill: inout PillStyle) {
            if let v = size { pill.text.size = max(4, v) }
            if let v = bold { pill.text.bold = v }
            if let v = padding_x { pill.padding.left = max(0, v); pill.padding.right = max(0, v) }
            if let v = padding_y { pill.padding.top = max(0, v); pill.padding.bottom = max(0, v) }
            if let v = radius { pill.radius = max(0, v) }
            if let v = border { pill.border = Stroke(color: v, width: 0.5) }
        }
    }
}
