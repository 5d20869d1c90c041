/// A process code from the KLASSA classification: one to four numeric levels, e.g. `2.4.1.2`.
/// Codes compare level by level as numbers, so `2.10` sorts after `2.9`.
public struct KlassaCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The levels from the top: `2.4.1.2` is `[2, 4, 1, 2]`; one to four of them.
    public let levels: [Int]

    /// Accepts `1` to `4` dot-separated non-negative integers; nothing else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var levels: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 4, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else { return nil }
            levels.append(n)
        }
        self.levels = levels
    }

    public var description: String { levels.map(String.init).joined(separator: ".") }

    public static func < (a: KlassaCode, b: KlassaCode) -> Bool {
        a.levels.lexicographicallyPrecedes(b.levels)
    }
}
