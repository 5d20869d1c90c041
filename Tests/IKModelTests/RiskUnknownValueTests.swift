import IKModel
import XCTest

/// A risk's value is known from its split, stated alone, or unknown; only a split places it in the matrix.
final class RiskUnknownValueTests: XCTestCase {
    private func risk(p: Int?, c: Int?, value: Int?) throws -> Risk {
        Risk(number: 1, process: try XCTUnwrap(KlassaCode("2.4.1.2")), title: "t", consequenceDescription: "",
             probability: p, consequence: c, value: value, handled: nil)
    }

    func testTheSplitWinsThenTheStatedValueThenUnknown() throws {
        XCTAssertEqual(try risk(p: 2, c: 3, value: nil).value, 6)
        XCTAssertEqual(try risk(p: 2, c: 3, value: 5).value, 6, "the reader refuses a disagreeing value; the split decides")
        XCTAssertEqual(try risk(p: nil, c: nil, value: 8).value, 8)
        XCTAssertNil(try risk(p: nil, c: nil, value: nil).value)
        XCTAssertNil(try risk(p: nil, c: nil, value: 8).matrixCell)
        XCTAssertEqual(try risk(p: 2, c: 3, value: nil).matrixCell?.consequence, 3)
    }
}
