import Foundation
import XCTest
import IKInput

/// Every input ends: the documented limits (docs/plan-format.md, Limits) are errors that name them, found
/// before anything large is read or expanded; and the rules for plan.yaml's values hold in Markdown and for
/// explicitly tagged values too.
final class InputLimitTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-limits-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.url("valid-minimal"), to: folder)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    private func editPlan(_ change: (String) -> String) throws {
        let text = try String(contentsOf: file("plan.yaml"), encoding: .utf8)
        try Data(change(text).utf8).write(to: file("plan.yaml"))
    }

    private func errors() -> [String] { headlines(PlanLoader.load(folder: folder).diagnostics.filter(\.isError)) }

    /// Runs `body` and fails when it takes longer than `seconds` (an input that does not end in bounded time).
    private func within<T>(_ seconds: Double, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        XCTAssertLessThan(Date().timeIntervalSince(start), seconds, "bounded inputs are refused quickly")
        return result
    }

    func testAFieldLongerThanTheLimitIsRefusedNamingIt() throws {
        let long = String(repeating: "a", count: InputLimits.fieldBytes + 1)
        try editPlan { $0.replacingOccurrences(of: "    title: Falska fakturor betalas\n", with: "    title: \(long)\n") }
        XCTAssertEqual(within(10) { errors() }, ["plan.yaml:30:12: error: risks[0].title: this text is 4 MB long; a text may be at most 4 MB"])
    }

    func testAnAliasBombIsRefusedByTheTotalTextLimit() throws {
        // 100 kB expanded 500 times: 50 MB of text from a 110 kB file.
        let text = String(repeating: "ord ", count: 25_000)
        let aliases = (0..<500).map { _ in "    - *lang" }.joined(separator: "\n")
        try editPlan { $0 + "x_text: &lang \(text)\nx_list:\n\(aliases)\n" }
        let e = within(10) { errors() }
        XCTAssertEqual(e.count, 1, "\(e)")
        XCTAssertTrue(e.first?.contains("error: x_list[") == true && e.first?.contains("plan.yaml's texts together (aliases expanded) pass 16 MB, the limit for a plan") == true, "\(e)")
    }

    func testAliasesThatStandForBillionsOfValuesAreRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try editPlan { $0 + yaml }
        let e = within(10) { errors() }
        XCTAssertEqual(e.count, 1, "\(e)")
        XCTAssertTrue(e.first?.contains("plan.yaml holds more than 200000 values once its aliases (*name) are expanded, the limit") == true, "\(e)")
    }

    func testA50MBMarkdownFileIsRefusedByTheFileLimitWithoutBeingRead() throws {
        let handle = try FileHandle(forWritingTo: file("inledning.md"))
        try handle.truncate(atOffset: 50 << 20)     // sparse: nothing of it is written or read
        try handle.close()
        XCTAssertEqual(within(5) { errors() }, ["plan.yaml:8:24: error: texts.introduction.file: Markdown file \"inledning.md\" is larger than 4 MB, the limit for it"])
    }

    func testMarkdownFilesTogetherAreHeldToTheTotalLimit() throws {
        let chunk = String(repeating: "text ", count: (InputLimits.markdownFileBytes - 16) / 5) + "\n"
        for name in ["a.md", "b.md", "c.md", "d.md", "e.md"] { try Data(chunk.utf8).write(to: file(name)) }
        try editPlan {
            $0.replacingOccurrences(of: "texts:\n  introduction: {file: inledning.md}\n",
                                    with: "texts:\n  introduction: {file: a.md}\n  risks: {file: b.md}\n  actions: {file: c.md}\n  controls: {file: d.md}\n")
                .replacingOccurrences(of: "    body: |\n      Planen har *beretts* av **internkontrollanten**.\n", with: "    body: {file: e.md}\n")
        }
        let e = within(20) { errors() }
        XCTAssertEqual(e.count, 1, "\(e)")
        XCTAssertTrue(e.first?.contains("the plan's texts together pass 16 MB, the limit for a plan") == true, "\(e)")
    }

    func testControlCharactersInMarkdownAreErrorsAtTheirPlace() throws {
        for (character, name) in [("\u{0}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{7}", "U+0007")] {
            try Data("# Inledning\n\nEn rad med ett tecken\(character) i.\n".utf8).write(to: file("inledning.md"))
            XCTAssertEqual(errors(), ["inledning.md:3:22: error: texts.introduction.file: contains the control character \(name), which cannot be printed"])
        }
    }

    func testAnExplicitStrTagIsTextAsQuotesAre() throws {
        try editPlan { $0.replacingOccurrences(of: "    probability: 2\n", with: "    probability: !!str 2\n") }
        XCTAssertEqual(errors(), ["plan.yaml:32:18: error: risk 1, probability: expected a whole number, found the text \"2\" (tagged !!str)"])
        try editPlan { $0.replacingOccurrences(of: "    probability: !!str 2\n", with: "    probability: \"2\"\n") }
        XCTAssertEqual(errors(), ["plan.yaml:32:18: error: risk 1, probability: expected a whole number, found the text \"2\""])
        try editPlan { $0.replacingOccurrences(of: "    probability: \"2\"\n", with: "    probability: !!int 2\n") }
        XCTAssertEqual(errors(), [])
    }
}
