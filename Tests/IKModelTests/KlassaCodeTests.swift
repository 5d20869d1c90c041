import XCTest
import IKModel

/// KLASSA process codes: one to four numeric levels, compared level by level as numbers.
final class KlassaCodeTests: XCTestCase {
    func testCodesOfOneToFourLevelsRead() throws {
        for text in ["3", "2.4", "2.4.1", "2.4.1.2", "10.0.9999.1"] {
            XCTAssertEqual(try XCTUnwrap(KlassaCode(text), text).description, text)
        }
        XCTAssertEqual(KlassaCode("2.4.1.2")?.levels, [2, 4, 1, 2])
    }

    func testAnythingElseIsRefused() {
        for text in ["", ".", "2.", ".2", "2..1", "1.2.3.4.5", "A.1", "2.a", "-1", "2.-1", "1.12345", " 2.4", "2.4 ", "2,4", "²"] {
            XCTAssertNil(KlassaCode(text), "\"\(text)\"")
        }
    }

    /// 2.10 after 2.9 (not as text), a parent before its children.
    func testCodesCompareLevelByLevelAsNumbers() throws {
        let codes = try ["2.10", "2.9", "2", "10.1", "2.9.1", "3"].map { try XCTUnwrap(KlassaCode($0)) }
        XCTAssertEqual(codes.sorted().map(\.description), ["2", "2.9", "2.9.1", "2.10", "3", "10.1"])
        XCTAssertEqual(KlassaCode("2.10"), KlassaCode("2.10"))
        XCTAssertNotEqual(KlassaCode("2.1"), KlassaCode("2.10"))
    }
}
