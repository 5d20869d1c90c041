import IKEngine

/// The risk-value bands of the matrix and the value chips, in order, covering 1–16 without gaps.
/// Read from the layout's `matrix: bands:` (each band gives its highest value: `{max: 3, color: "#6abf69", label: Låg}`).
public struct RiskBands: Hashable, Sendable {
    public let bands: [Band]

    /// Every value p × c with p, c in 1…4.
    public static let possibleValues: Set<Int> = Set((1...4).flatMap { p in (1...4).map { p * $0 } })

    /// The fallback when the layout has no `bands:`: Låg 1–3, Medel 4–6, Hög 8–9, Mycket hög 12–16.
    public static let standard = RiskBands(checked: [
        Band(range: 1...3, color: Color(r: 0.416, g: 0.749, b: 0.412), label: "Låg"),        // #6abf69
        Band(range: 4...6, color: Color(r: 1, g: 0.835, b: 0.310), label: "Medel"),           // #ffd54f
        Band(range: 7...9, color: Color(r: 0.961, g: 0.573, b: 0.196), label: "Hög"),         // #f59232
        Band(range: 10...16, color: Color(r: 0.776, g: 0.157, b: 0.157), label: "Mycket hög"), // #c62828
    ])

    private init(checked bands: [Band]) { self.bands = bands }

    /// Bands from their upper values, in order. Throws a message naming the band when they do not
    /// rise, do not end at 16, or a band holds no value a 4×4 matrix can give.
    public init(maxima: [(max: Int, color: Color, label: String)]) throws {
        guard !maxima.isEmpty else { throw RiskBandsError("bands: give at least one band; the last must have max: 16") }
        var out: [Band] = []
        var lower = 1
        for (i, b) in maxima.enumerated() {
            guard b.max >= lower else {
                throw RiskBandsError("bands[\(i)] (\(b.label)): max \(b.max) must be above the previous band's max \(lower - 1); list the bands from low to high")
            }
            guard !b.label.trimmingCharacters(in: .whitespaces).isEmpty else { throw RiskBandsError("bands[\(i)]: the label is empty") }
            let band = Band(range: lower...b.max, color: b.color, label: b.label)
            guard !band.possibleValues.isEmpty else {
                throw RiskBandsError("bands[\(i)] (\(b.label)): \(lower)–\(b.max) holds no possible risk value (p × c with p, c in 1–4)")
            }
            out.append(band)
            lower = b.max + 1
        }
        guard lower - 1 == 16 else {
            throw RiskBandsError("bands: the last band must end at max: 16 (the highest risk value), not \(lower - 1)")
        }
        bands = out
    }

    /// The band of a risk value; values outside 1–16 fall into the nearest band.
    public func band(for value: Int) -> Band {
        // init guarantees at least one band (the last must end at 16), so both indexes exist.
        bands.first { $0.range.contains(value) } ?? (value < 1 ? bands[0] : bands[bands.count - 1])
    }
}

/// Why a `bands:` list was refused.
public struct RiskBandsError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ message: String) { description = message }
}

extension RiskBands {
    /// One band of risk values (riskvärde = sannolikhet × konsekvens): a colour and a name.
    public struct Band: Hashable, Sendable {
        /// The values of the band, inclusive (the first band starts at 1).
        public var range: ClosedRange<Int>
        public var color: Color
        public var label: String

        public init(range: ClosedRange<Int>, color: Color, label: String) {
            self.range = range; self.color = color; self.label = label
        }

        /// The risk values a 4×4 matrix can actually give in this band ("8–9" rather than "7–9").
        public var possibleValues: [Int] { range.filter { RiskBands.possibleValues.contains($0) } }

        /// "1–3", "12–16", or "9" for a band of one possible value.
        public var rangeText: String {
            let v = possibleValues
            guard let lo = v.first, let hi = v.last else { return "\(range.lowerBound)–\(range.upperBound)" }
            return lo == hi ? "\(lo)" : "\(lo)–\(hi)"
        }

        /// The colour of text on this band's fill.
        public var textColor: Color { color.readableText }
    }
}

// MARK: - Reading from a layout file

extension RiskBands {
    /// `matrix: bands:`, a list of `{max, color, label}`; nil when not given or wrong (the errors are in the log).
    init?(reading m: LayoutMap) {
        guard let list = m.list("bands") else { return nil }
        var maxima: [(max: Int, color: Color, label: String)] = []
        var complete = true
        for (i, node) in list.enumerated() {
            guard let e = LayoutMap(node, path: m.field("bands") + "[\(i)]", log: m.log, palette: m.palette, known: ["max", "color", "label"]) else {
                complete = false; continue
            }
            let max = e.int("max", in: 1...16), color = e.color("color"), label = e.string("label")
            for key in ["max", "color", "label"] where e.node(key) == nil {
                e.error(nil, "\(key) is missing", hint: "write each band as {max: 3, color: \"#6abf69\", label: Låg}")
            }
            guard let max, let color, let label else { complete = false; continue }
            maxima.append((max, color, label))
        }
        guard complete else { return nil }
        do { try self.init(maxima: maxima) } catch {
            m.error("bands", "\(error)", hint: "list the bands from low to high, each ending at its max, the last at 16")
            return nil
        }
    }
}
