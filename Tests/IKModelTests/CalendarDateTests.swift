import XCTest
import IKModel

/// Dates as plans write them: `YYYY-MM-DD`, only days that exist.
final class CalendarDateTests: XCTestCase {
    func testAValidDateReadsAndPrintsBackTheSame() throws {
        let d = try XCTUnwrap(CalendarDate(iso: "2026-08-31"))
        XCTAssertEqual([d.year, d.month, d.day], [2026, 8, 31])
        XCTAssertEqual(d.description, "2026-08-31")
        XCTAssertEqual(CalendarDate(year: 987, month: 1, day: 2).description, "0987-01-02", "padded to four, two and two digits")
    }

    func testLeapDaysFollowTheGregorianRule() {
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"), "divisible by 4")
        XCTAssertNil(CalendarDate(iso: "2026-02-29"), "not divisible by 4")
        XCTAssertNil(CalendarDate(iso: "2100-02-29"), "a century is not a leap year")
        XCTAssertNotNil(CalendarDate(iso: "2000-02-29"), "unless divisible by 400")
        XCTAssertEqual(CalendarDate.daysIn(month: 2, year: 2026), 28)
        XCTAssertEqual((1...12).map { CalendarDate.daysIn(month: $0, year: 2026) }.reduce(0, +), 365)
        XCTAssertEqual((1...12).map { CalendarDate.daysIn(month: $0, year: 2028) }.reduce(0, +), 366)
    }

    func testDaysThatDoNotExistAndOtherFormsAreRefused() {
        for text in ["2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-5", "26-01-05", "2026/01/05",
                     "2026-01-05T10:00", "", "2026-01", "2026--01-05", "abcd-ef-gh", "2026-01-32"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testDatesOrderByYearThenMonthThenDay() throws {
        let dates = try ["2026-12-01", "2025-12-31", "2026-01-15", "2026-01-02"].map { try XCTUnwrap(CalendarDate(iso: $0)) }
        XCTAssertEqual(dates.sorted().map(\.description), ["2025-12-31", "2026-01-02", "2026-01-15", "2026-12-01"])
    }
}
