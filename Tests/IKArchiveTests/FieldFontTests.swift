@testable import IKForms
import XCTest

/// The form font's /Widths must match its program (PDF/A-2 6.2.11.5): read from the bundled Liberation Sans,
/// whose advances are Arial's.
final class FieldFontTests: XCTestCase {
    func testWidthsAreTheFontsAdvancesInWinAnsiOrder() throws {
        let font = try FieldFont.bundled()
        XCTAssertEqual(font.postScriptName, "LiberationSans")
        func width(_ code: Int) -> Int { font.widths[code - 32] }
        XCTAssertEqual(width(32), 278)       // space
        XCTAssertEqual(width(65), 667)       // A
        XCTAssertEqual(width(109), 833)      // m
        XCTAssertEqual(width(0xE5), 556)     // å
        XCTAssertEqual(width(0xD6), 778)     // Ö
        XCTAssertEqual(width(0x80), 556)     // € (WinAnsi 128 is U+20AC)
        XCTAssertEqual(width(0x96), 556)     // – (WinAnsi 150 is U+2013)
        XCTAssertEqual(FieldFont.encode("Åsa – 5 €"), [0xC5, 0x73, 0x61, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80])
        XCTAssertEqual(FieldFont.encode("✓"), [UInt8(ascii: "?")], "outside WinAnsi")
    }

    func testAPrintedValueWrapsInsideTheField() throws {
        let font = try FieldFont.bundled()
        let text = String(decoding: font.appearance("Leverans av livsmedel till kostenheten, ramavtal 2024-117", width: 100, height: 40, multiline: true), as: UTF8.self)
        let shown = text.split(separator: "\n").filter { $0.hasSuffix("Tj") }
        XCTAssertGreaterThan(shown.count, 1, text)
        XCTAssertTrue(text.hasPrefix("/Tx BMC\n") && text.hasSuffix("EMC\n"), text)
    }
}
