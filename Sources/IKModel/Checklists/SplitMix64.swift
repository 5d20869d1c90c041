/// SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose every output is fixed by its 64-bit state,
/// so a draw can be redone from docs/sampling.md on any machine. Not for secrets; for reproducible stickprov.
public struct SplitMix64: Sendable {
    /// The generator's whole state.
    public private(set) var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// The next 64-bit output.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function, also used to spread a seed over the state space.
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound (0, drawing nothing, when bound < 1), without modulo bias: outputs below 2^64 mod bound are
    /// thrown away and drawn again, so every remainder has the same number of outputs behind it.
    public mutating func below(_ bound: Int) -> Int {
        guard bound >= 1 else { return 0 }
        let n = UInt64(bound)
        let threshold = (0 &- n) % n
        while true {
            let x = next()
            if x >= threshold { return Int(x % n) }
        }
    }

    /// FNV-1a, 64 bits, over UTF-8 bytes: turns a control id and an occasion key into a number.
    public static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The stream of one occasion: independent of every other control and occasion, fixed by the three.
    public static func stream(seed: UInt64, controlID: String, occasionKey: String) -> SplitMix64 {
        SplitMix64(state: mix(seed ^ fnv1a(controlID + "/" + occasionKey)))
    }
}
