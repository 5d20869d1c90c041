/// The stickprov of one control for its whole year: each occasion's units drawn without replacement
/// from the population, and no unit drawn twice in the year until every unit has been drawn once.
/// The algorithm is given in docs/sampling.md; changing it changes every printed draw, so don't.
public enum SampleDraw {
    /// The default seed when the command line gives none: the plan year (printed on every sheet).
    public static func defaultSeed(year: Int) -> UInt64 { UInt64(max(0, year)) }

    /// Units for each of `occasionKeys` (in date order), `count` per occasion. Returns indexes into the
    /// population, in the order drawn. With fewer units than `count`, an occasion gets every unit once.
    public static func draw(seed: UInt64, controlID: String, occasionKeys: [String], count: Int, populationSize: Int) -> [[Int]] {
        guard populationSize > 0, count > 0 else { return occasionKeys.map { _ in [] } }
        // Units not yet drawn this year, in file order.
        var left = Array(0..<populationSize)
        return occasionKeys.map { key in
            var rng = SplitMix64.stream(seed: seed, controlID: controlID, occasionKey: key)
            let wanted = min(count, populationSize)
            guard left.count < wanted else { return shuffledPrefix(&left, wanted, &rng) }
            // The year's cycle ends: take every unit left, then start a new cycle over all units, drawing
            // the rest of this sheet from those not already on it. The new cycle's pool is every unit but
            // those it has drawn, so the ones that ended the old cycle may come again later in the year.
            let first = shuffledPrefix(&left, left.count, &rng)
            let onSheet = Set(first)
            var fresh = (0..<populationSize).filter { !onSheet.contains($0) }
            let second = shuffledPrefix(&fresh, wanted - first.count, &rng)
            let newlyDrawn = Set(second)
            left = (0..<populationSize).filter { !newlyDrawn.contains($0) }
            let drawn = first + second
            return drawn
        }
    }

    /// A partial Fisher–Yates shuffle: for i in 0..<k swap pool[i] with pool[i + below(n − i)], then
    /// take pool[0..<k]; the rest, back in file order, is the new pool.
    static func shuffledPrefix(_ pool: inout [Int], _ k: Int, _ rng: inout SplitMix64) -> [Int] {
        let n = pool.count
        let k = min(k, n)
        guard k > 0 else { return [] }
        for i in 0..<k {
            let j = i + rng.below(n - i)
            pool.swapAt(i, j)
        }
        let taken = Array(pool[0..<k])
        pool = pool[k...].sorted()
        return taken
    }
}
