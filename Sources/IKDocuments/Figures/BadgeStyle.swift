import Foundation
import IKEngine
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
        guard let s = try layout.figureSection("badges", as: Section.self) else { return }
        s.look.apply(to: &badge)
        // A border drawn for pale fills belongs on the chips too, unless `chip:` says otherwise.
        if let b = s.look.border?.color { chip.border = Stroke(color: b, width: 0.5) }
        s.chip?.apply(to: &chip)
        for (name, c) in s.statuses ?? [:] {
            guard let status = ActionStatus(rawValue: name.lowercased()) else { continue }  // checked in decoding
            colors[status] = BadgeColors(fill: c.fill.color, text: c.text?.color)
        }
    }

    /// `badges:` as written: pill looks, an optional `chip:` with the same keys, and colours per status.
    struct Section: Decodable {
        /// The pill keys written directly under `badges:`.
        var look: ChipSection
        var statuses: [String: StatusEntry]?
        var chip: ChipSection?

        enum CodingKeys: String, CodingKey, CaseIterable { case size, bold, padding_x, padding_y, radius, border, statuses, chip }

        init(from decoder: Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            look = try ChipSection(from: decoder, ignoring: ["statuses", "chip"])
            statuses = try c.decodeIfPresent([String: StatusEntry].self, forKey: .statuses)
            chip = try c.decodeIfPresent(ChipSection.self, forKey: .chip)
            for name in (statuses ?? [:]).keys where ActionStatus(rawValue: name.lowercased()) == nil {
                let known = ActionStatus.allCases.map(\.rawValue)
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.statuses],
                    debugDescription: "unknown status \"\(name)\"; the statuses are \(known.joined(separator: ", "))"))
            }
        }
    }

    /// The pill keys, for badges and for `chip:`.
    struct ChipSection: Decodable {
        var size: FigureLength?
        var bold: Bool?
        var padding_x: FigureLength?
        var padding_y: FigureLength?
        var radius: FigureLength?
        var border: FigureColor?

        enum CodingKeys: String, CodingKey, CaseIterable { case size, bold, padding_x, padding_y, radius, border }

        init(from decoder: Decoder) throws { try self.init(from: decoder, ignoring: []) }

        init(from decoder: Decoder, ignoring: [String]) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue) + ignoring)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            size = try c.decodeIfPresent(FigureLength.self, forKey: .size)
            // A badge sits on a line of table text: beyond these it cannot fit its row.
            if let v = size?.points, !(4...24).contains(v) {
                throw DecodingError.dataCorruptedError(forKey: .size, in: c, debugDescription: "\(v) pt is not a usable badge size; give 4–24 pt")
            }
            bold = try c.decodeIfPresent(Bool.self, forKey: .bold)
            padding_x = try c.decodeIfPresent(FigureLength.self, forKey: .padding_x)
            padding_y = try c.decodeIfPresent(FigureLength.self, forKey: .padding_y)
            radius = try c.decodeIfPresent(FigureLength.self, forKey: .radius)
            border = try c.decodeIfPresent(FigureColor.self, forKey: .border)
        }

        func apply(to pill: inout PillStyle) {
            if let v = size?.points { pill.text.size = max(4, v) }
            if let v = bold { pill.text.bold = v }
            if let v = padding_x?.points { pill.padding.left = max(0, v); pill.padding.right = max(0, v) }
            if let v = padding_y?.points { pill.padding.top = max(0, v); pill.padding.bottom = max(0, v) }
            if let v = radius?.points { pill.radius = max(0, v) }
            if let v = border?.color { pill.border = Stroke(color: v, width: 0.5) }
        }
    }

    /// One status's colours; a given text colour must keep 4.5:1 against the fill.
    struct StatusEntry: Decodable {
        var fill: FigureColor
        var text: FigureColor?
        enum CodingKeys: String, CodingKey, CaseIterable { case fill, text }

        init(from decoder: Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            fill = try c.decode(FigureColor.self, forKey: .fill)
            text = try c.decodeIfPresent(FigureColor.self, forKey: .text)
            if let t = text?.color {
                let ratio = t.contrast(with: fill.color)
                guard ratio >= Color.minimumTextContrast else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.text],
                        debugDescription: "the text colour has a contrast of \(String(format: "%.1f", ratio)):1 on its fill; at least 4.5:1 is needed (leave text: out to get black or white)"))
                }
            }
        }
    }
}
