import IKModel
import XCTest

/// The stickprov draw against the test vector of docs/sampling.md, computed by an independent
/// re-implementation of that page: if these numbers change, every printed draw has changed.
final class SampleDrawTests: XCTestCase {
    let keys = ["2026-T1", "2026-T2", "2026-T3"]

    func testSplitMix64MatchesItsReferenceOutputs() {
        var rng = SplitMix64(state: 0)
        XCTAssertEqual([rng.next(), rng.next(), rng.next()], [0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f])
    }

    func testStreamDerivation() {
        XCTAssertEqual(SplitMix64.fnv1a("K5/2026-T1"), 0xc4e5a83396fd6b8c)
        var rng = SplitMix64.stream(seed: 2026, controlID: "K5", occasionKey: "2026-T1")
        XCTAssertEqual(rng.state, 0xf3c5f2d220c918ea)
        XCTAssertEqual([rng.below(8), rng.below(7), rng.below(6)], [2, 0, 3])
    }

    func testTheDocumentedVector() {
        XCTAssertEqual(SampleDraw.draw(seed: 2026, controlID: "K5", occasionKeys: keys, count: 3, populationSize: 8),
                       [[2, 1, 5], [6, 3, 7], [4, 0, 2]])
        XCTAssertEqual(SampleDraw.draw(seed: 7, controlID: "K5", occasionKeys: keys, count: 3, populationSize: 8),
                       [[4, 5, 2], [0, 3, 1], [6, 7, 2]])
    }

    func testNoUnitTwiceInAYearUntilThePopulationIsExhausted() {
        let months = (1...12).map { String(format: "2026-%02d", $0) }
        for seed: UInt64 in [1, 2026, 99_999] {
            let draws = SampleDraw.draw(seed: seed, controlID: "K7", occasionKeys: months, count: 5, populationSize: 23)
            XCTAssertTrue(draws.allSatisfy { $0.count == 5 && Set($0).count == 5 })
            // 23 units, 5 per month: months 1–4 draw 20 distinct units; month 5 takes the last 3 and 2 anew.
            let firstFour = draws.prefix(4).flatMap { $0 }
            XCTAssertEqual(Set(firstFour).count, 20)
            let left = Set(0..<23).subtracting(firstFour)
            XCTAssertEqual(Set(draws[4].prefix(3)), left)
            // Over the year every unit is drawn at least twice (60 draws of 23), none more than three times.
            let counts = Dictionary(grouping: draws.flatMap { $0 }, by: { $0 }).mapValues(\.count)
            XCTAssertEqual(counts.count, 23)
            XCTAssertTrue(counts.values.allSatisfy { (2...3).contains($0) }, "\(counts)")
        }
    }

    func testFewerUnitsThanSamplesDrawsEveryUnitOnce() {
        let draws = SampleDraw.draw(seed: 3, controlID: "K1", occasionKeys: ["2026"], count: 5, populationSize: 3)
        XCTAssertEqual(draws.first.map { Set($0) }, [0, 1, 2])
        XCTAssertEqual(draws.first?.count, 3)
        XCTAssertEqual(SampleDraw.draw(seed: 3, controlID: "K1", occasionKeys: ["2026"], count: 5, populationSize: 0), [[]])
    }

    func testAnotherControlOrSeedChangesTheDrawButNotTheOthers() {
        let k5 = SampleDraw.draw(seed: 2026, controlID: "K5", occasionKeys: keys, count: 3, populationSize: 40)
        let k6 = SampleDraw.draw(seed: 2026, controlID: "K6", occasionKeys: keys, count: 3, populationSize: 40)
        let other = SampleDraw.draw(seed: 2027, controlID: "K5", occasionKeys: keys, count: 3, populationSize: 40)
        XCTAssertNotEqual(k5, k6)
        XCTAssertNotEqual(k5, other)
        XCTAssertEqual(k5, SampleDraw.draw(seed: 2026, controlID: "K5", occasionKeys: keys, count: 3, populationSize: 40))
    }
}
