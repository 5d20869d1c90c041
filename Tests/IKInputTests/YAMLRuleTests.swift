import IKInput
import IKModel
import XCTest

/// Rules about the YAML itself: syntax, keys, presence and types of values.
final class YAMLRuleTests: XCTestCase {
    func testSyntaxErrorIsReportedWhereLibyamlStopped() {
        let (plan, d) = Fixtures.load("yaml-syntax")
        XCTAssertNil(plan)
        // libyaml says "did not find expected '-' indicator"; the user needs to know which line to move.
        XCTAssertEqual(headlines(d), ["plan.yaml:17:4: error: this line is indented 3 spaces, one less than the lines above (4)"])
        XCTAssertEqual(d.first?.hint, "indent it 4 spaces, as the lines beside it:     title: Falska fakturor betalas")
    }

    func testTabIndentationGetsAHintAboutSpaces() {
        let (_, d) = Fixtures.load("yaml-tab")
        XCTAssertEqual(headlines(d), ["plan.yaml:3:1: error: YAML syntax error: found a tab character that violates indentation"])
        XCTAssertEqual(d.first?.hint, "indent with spaces: YAML does not allow tabs for indentation")
    }

    func testDuplicateKeyIsReportedAtTheRepeat() {
        let (_, d) = Fixtures.load("duplicate-keys")
        XCTAssertEqual(headlines(d), ["plan.yaml:5:3: error: duplicate key \"board\"; first at line 3"])
    }

    func testUnknownKeysSuggestTheClosestKnownKey() {
        let (plan, d) = Fixtures.load("unknown-keys")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:22:5: error: risk 1, probablity: unknown key \"probablity\"; did you mean \"probability\"?",
            "plan.yaml:23:5: error: risk 1, colour: unknown key \"colour\"",
            "plan.yaml:24:1: error: meetings: unknown key \"meetings\"; did you mean \"meeting\"?",
        ])
        // Without a close match the hint lists what is allowed instead.
        XCTAssertEqual(diagnostic(d, field: "risks[0].colour")?.hint,
                       "known keys here: number, process, title, consequence_description, probability, consequence, value, handled, previous")
    }

    func testMissingRequiredFieldsAreReportedAtTheirMapping() {
        let (plan, d) = Fixtures.load("missing-fields")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:2:3: error: plan.board: missing required field \"board\"",
            "plan.yaml:5:11: error: plan.version: \"version\" has no value",
            "plan.yaml:14:5: error: risk 1, consequence: missing required field \"consequence\"",
            "plan.yaml:14:5: error: risk 1, consequence_description: missing required field \"consequence_description\"",
        ])
        XCTAssertEqual(diagnostic(d, field: "risks[0].consequence")?.hint,
                       "consequence is a whole number from 1 (minor) to 4 (very serious)")
    }

    func testWrongTypesSayWhatWasExpectedAndFound() {
        let (plan, d) = Fixtures.load("wrong-types")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), [
            "plan.yaml:17:12: error: risk 1, title: expected text, found a list",
            "plan.yaml:19:18: error: risk 1, probability: expected a whole number, found the text \"hög\"",
            "plan.yaml:20:18: error: risk 1, consequence: expected a whole number, found the text \"3\"",
            "plan.yaml:21:14: error: risk 1, handled: expected true or false, found the text \"kanske\"",
            "plan.yaml:23:12: error: action 1, risks: expected a list, found the number 1",
            "plan.yaml:28:11: error: controls: expected a list, found a mapping (key: value pairs)",
        ])
        XCTAssertEqual(diagnostic(d, field: "risks[0].consequence")?.hint, "write 3 without quotes")
    }

    func testEmptyPlanFile() {
        let (plan, d) = Fixtures.load("empty-plan")
        XCTAssertNil(plan)
        XCTAssertEqual(headlines(d), ["plan.yaml:1:1: error: plan.yaml is empty"])
    }

    func testFolderWithoutPlanFile() {
        let (plan, d) = Fixtures.load("no-plan")
        XCTAssertNil(plan)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.file, "plan.yaml")
        XCTAssertEqual(d.first?.line, 0)
        XCTAssertEqual(d.first?.severity, .error)
        XCTAssertTrue(d.first?.text.hasPrefix("plan.yaml: error: no plan.yaml in ") ?? false, d.first?.text ?? "")
    }

    func testPlanFileThatIsNotUTF8() {
        let (_, d) = Fixtures.load("plan-not-utf8")
        XCTAssertEqual(headlines(d), ["plan.yaml:3:26: error: plan.yaml is not valid UTF-8"])
    }
}
