import XCTest
import IKModel

final class KlassaCodeTests: XCTestCase {
    func testCodesCompareNumericallyLevelByLevel() {
        let a = KlassaCode("2.9")!, b = KlassaCode("2.10")!
        XCTAssertLessThan(a, b)
        XCTAssertNil(KlassaCode("2..1"))
        XCTAssertNil(KlassaCode("1.2.3.4.5"))
    }
}
