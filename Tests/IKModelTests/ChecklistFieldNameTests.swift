import IKModel
import XCTest

/// The field names of a fillable checklist sheet: written and read back, and other names refused.
final class ChecklistFieldNameTests: XCTestCase {
    func testNamesRoundTripAndForeignNamesAreNotOurs() {
        let o = Occasion(controlIndex: 3, controlID: "K4", period: .undated, year: 2026)
        let m = Occasion(controlIndex: 7, controlID: "K8", period: .month(3), year: 2026)
        let cases: [(ChecklistFieldName, String)] = [
            (ChecklistFieldName(o, .date), "K4/undated/datum"),
            (ChecklistFieldName(o, .controller), "K4/undated/kontrollant"),
            (ChecklistFieldName(o, .conclusion), "K4/undated/bedomning"),
            (ChecklistFieldName(m, .unit(2)), "K8/2026-03/2/stickprov"),
            (ChecklistFieldName(m, .noRemark(2)), "K8/2026-03/2/utan-anmarkning"),
            (ChecklistFieldName(m, .deviation(12)), "K8/2026-03/12/avvikelse"),
            (ChecklistFieldName(m, .comment(1)), "K8/2026-03/1/kommentar"),
        ]
        for (field, name) in cases {
            XCTAssertEqual(field.name, name)
            XCTAssertEqual(ChecklistFieldName(parsing: name), field)
            XCTAssertFalse(name.contains("."), "a dot would make a parent field")
        }
        for foreign in ["Signature1", "K4/undated", "K4/undated/0/avvikelse", "K4/undated/01/avvikelse", "K4/undated/1/datum",
                        "K4/undated/namn", "/undated/datum", "K4//datum", "K4/undated/1/2/avvikelse", "Text1.K4"] {
            XCTAssertNil(ChecklistFieldName(parsing: foreign), foreign)
        }
    }
}
