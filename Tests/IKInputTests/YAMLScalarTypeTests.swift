import Foundation
import XCTest
import Yams
@testable import IKInput

/// Plans are read without Yams' regular-expression typing (`Resolver.basic`) and typed by our own rules:
/// those must say of every plain scalar what Yams' default resolver says, on real plans and on the cases
/// where the YAML 1.1 rules are subtle (octal, sexagesimal, exponent signs, timestamps).
final class YAMLScalarTypeTests: XCTestCase {
    static let edgeCases: [String] = [
        "", "~", "null", "Null", "NULL", "nULL", "none", "<<", "=", "==",
        "yes", "Yes", "YES", "yEs", "no", "No", "NO", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "y", "n", "Y",
        "0", "-0", "+0", "00", "007", "08", "0_", "0o17", "0o", "0o8", "0b1010", "0b", "0b2", "-0b1", "0x1F", "0xg",
        "0X1F", "0x", "+0x_", "1", "12", "-12", "+12", "1_000", "1__", "12a", "1,5", "1 000",
        "1:30", "1:3", "10:00", "190:20:30", "1:60", "1:65", "1:123", "0:30", "-1:30", "1:", ":30", "1::30",
        "1.0", "1.", "-1.5", "+1.5", ".5", "+.5", "-.5", "._", "._1", ".", "1e5", "1E5", "1e+5", "1e-5", "1e", "1.5e3",
        ".5e+3", ".5e3", ".5e-3", "1_0.5", "1:30.5", "1:30.", "0:30.5", "1:65.5", "-1:30.5", "1:30.5.5",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".iNF", "inf", ".nan", ".NaN", ".NAN", "-.nan", "nan",
        "2026-01-31", "2026-1-31", "2026-01-3", "2026-13-45", "26-01-31", "2026-01-31T10:00:00", "2026-1-3t1:00:00",
        "2026-01-31 10:00:00", "2026-01-31  10:00:00.5", "2026-01-31\t10:00:00", "2026-01-31T10:00:00Z",
        "2026-01-31T10:00:00 Z", "2026-01-31T10:00:00+01", "2026-01-31T10:00:00 -05:00", "2026-01-31T10:00:00+1:0",
        "2026-01-31T10:00", "2026-01-31T10:00:00.", "2026-01-31T10:00:00 ", "2026-01-31 ", "2026-01-31x",
        "2026-01-31T100:00:00", "2026-001-31", "K1", "T1", "2.4", "98/99:66", "ange.se", "Ånge kommun", "5 st",
        "1 % av fakturorna", "–", "‐1", "１２", "٣", "Ⅻ", "1\u{0660}",
    ]

    /// Every plain scalar of a YAML text, keys included.
    private func plainScalars(_ yaml: String) throws -> [String] {
        guard let root = try Yams.compose(yaml: yaml, .basic) else { return [] }
        var out: [String] = []
        func walk(_ node: Node) {
            switch node {
            case .scalar(let s): if s.style == .plain || s.style == .any { out.append(s.string) }
            case .mapping(let m): for (k, v) in m { walk(k); walk(v) }
            case .sequence(let q): for v in q { walk(v) }
            case .alias: break
            }
        }
        walk(root)
        return out
    }

    private func yamsTag(_ s: String) -> Tag.Name { Resolver.default.resolveTag(of: Node(s)) }

    func testOurTypingAgreesWithYamsOnEdgeCasesAndRealPlans() throws {
        var corpus = Self.edgeCases
        let root = Fixtures.packageRoot
        for file in ["examples/ange-2026/plan.yaml", "examples/ange-2026/uppfoljning/2026-T1.yaml",
                     "Tests/FuzzRegressions/plan/example.yaml"] {
            corpus += try plainScalars(try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8))
        }
        XCTAssertGreaterThan(corpus.count, 900, "the example's scalars are in the corpus")
        var differ: [String] = []
        for s in Set(corpus) where YAMLScalarType.tag(of: s) != yamsTag(s) {
            differ.append("«\(s)»: ours \(YAMLScalarType.tag(of: s).rawValue), Yams \(yamsTag(s).rawValue)")
        }
        XCTAssertEqual(differ.sorted(), [])
        // The cases are not all text: the rules are exercised, not skipped.
        let tags = Set(Self.edgeCases.map(YAMLScalarType.tag(of:)))
        XCTAssertEqual(tags, [.str, .null, .bool, .int, .float, .timestamp, .merge, .value])
    }

    /// Random short strings over the characters the rules look at, against Yams.
    func testOurTypingAgreesWithYamsOnRandomStrings() {
        let alphabet = Array("0123456789-+_.:eExXbBoO TtZzinfaINFAN~<=ulsy\t")
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        var differ: [String] = []
        for _ in 0..<20_000 {
            let n = Int(next() % 12)
            let s = String((0..<n).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            if YAMLScalarType.tag(of: s) != yamsTag(s) { differ.append("«\(s)»: ours \(YAMLScalarType.tag(of: s).rawValue), Yams \(yamsTag(s).rawValue)") }
        }
        XCTAssertEqual(Array(Set(differ)).sorted().prefix(20), [])
    }
}
