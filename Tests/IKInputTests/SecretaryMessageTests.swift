import Foundation
import IKInput
import IKTestSupport
import XCTest

/// Issue 16, "messages a secretary can act on": each mistake a person typing a plan makes, one at a
/// time, on the minimal valid plan, with the whole message and hint asserted.
final class SecretaryMessageTests: XCTestCase {
    static let validPlan: String = {
        (try? String(contentsOf: Fixtures.url("valid-minimal").appendingPathComponent("plan.yaml"), encoding: .utf8)) ?? ""
    }()
    static let introduction = "Inledningen.\n"

    /// The minimal plan with `line` (exactly as written there) replaced, read in `language`.
    func load(replacing line: String, with replacement: String, files: [String: String]? = nil,
              language: MessageLanguage = .english, file: StaticString = #filePath, at: UInt = #line) -> [Diagnostic] {
        XCTAssertTrue(Self.validPlan.contains(line + "\n"), "valid-minimal has the line \(line)", file: file, line: at)
        let yaml = Self.validPlan.replacingOccurrences(of: line + "\n", with: replacement + "\n")
        return TemporaryPlan.load(yaml, files: files ?? ["inledning.md": Self.introduction], language: language).diagnostics
    }

    /// The headline and hint of the only diagnostic; fails when there is not exactly one.
    func only(_ d: [Diagnostic], file: StaticString = #filePath, line: UInt = #line) -> (String, String) {
        XCTAssertEqual(d.count, 1, "\(headlines(d))", file: file, line: line)
        return (headlines(d).first ?? "", d.first?.hint ?? "")
    }

    // MARK: - Nothing lost without a word

    func testAHashInsideATextIsAWarningNamingTheLostWordsWithTheLineInQuotes() {
        let d = load(replacing: "    how: Stickprov", with: "    how: Egenkontroll, se rutin #3")
        let (headline, hint) = only(d)
        XCTAssertEqual(headline, "plan.yaml:55:10: warning: control K1, how: the text is cut at \" #\": YAML reads \"#3\" as a comment and leaves it out")
        XCTAssertEqual(hint, "put the text in quotes: how: \"Egenkontroll, se rutin #3\"")
    }

    func testACommentInTheUsualStyleAWholeLineCommentAndAQuotedTextStaySilent() {
        XCTAssertEqual(headlines(load(replacing: "    how: Stickprov", with: "    how: Stickprov  # enligt rutin 3")), [])
        XCTAssertEqual(headlines(load(replacing: "    how: Stickprov", with: "    how: \"Stickprov, se rutin #3\" # rutin")), [])
        XCTAssertEqual(headlines(load(replacing: "    how: Stickprov", with: "    # se rutin #3\n    how: Stickprov")), [])
        // Numbers and other non-texts are not texts that can be cut.
        XCTAssertEqual(headlines(load(replacing: "    probability: 2", with: "    probability: 2 # var 3")), [])
    }

    func testAnAnchorOrTagAtTheStartOfATextIsNamedAsLost() {
        let (anchor, anchorHint) = only(load(replacing: "    title: Falska fakturor betalas", with: "    title: &och fakturor betalas"))
        XCTAssertEqual(anchor, "plan.yaml:30:12: warning: risk 1, title: the text loses \"&och\": YAML reads it as an anchor name")
        XCTAssertEqual(anchorHint, "put the text in quotes: title: \"&och fakturor betalas\"")
        let (tag, _) = only(load(replacing: "    title: Falska fakturor betalas", with: "    title: !viktigt fakturor betalas"))
        XCTAssertEqual(tag, "plan.yaml:30:12: warning: risk 1, title: the text loses \"!viktigt\": YAML reads it as a type tag")
    }

    // MARK: - YAML syntax errors in plain words

    let title = "    title: Falska fakturor betalas"

    func testAColonInsideAnUnquotedText() {
        let (headline, hint) = only(load(replacing: title, with: "    title: Risk: fel i fakturor"))
        XCTAssertEqual(headline, "plan.yaml:30:16: error: the text after \"title:\" holds a colon followed by a space (or ending the line), which YAML reads as the start of a new key")
        XCTAssertEqual(hint, "put the text in quotes: title: \"Risk: fel i fakturor\"")
    }

    func testATextStartingWithACharacterYAMLReserves() {
        let cases: [(String, String)] = [
            ("*", "a reference to an anchor (alias)"), ("@", "a reserved character"), ("`", "a reserved character"),
            ("%", "a directive"), ("& ", "an anchor name"),
        ]
        for (start, meaning) in cases {
            let (headline, hint) = only(load(replacing: title, with: "    title: \(start)Falska fakturor"))
            let shown = start.trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(headline, "plan.yaml:30:12: error: a text cannot start with \(shown) without quotes: YAML reads \(shown) as \(meaning)", start)
            XCTAssertEqual(hint, "put the text in quotes: title: \"\(start)Falska fakturor\"", start)
        }
    }

    func testAnUnclosedQuoteIsReportedWhereItOpens() {
        // The quote runs on to the next one in the file (end_time: "13:00", line 70): libyaml stops there.
        let (headline, hint) = only(load(replacing: title, with: "    title: \"Falska fakturor betalas"))
        XCTAssertEqual(headline, "plan.yaml:30:12: error: the quote \" that opens here is never closed")
        XCTAssertEqual(hint, "end the text with \" on the same line, e.g. title: \"Falska fakturor betalas\"")
    }

    func testIndentationOneSpaceOffEitherWay() {
        let (more, moreHint) = only(load(replacing: title, with: "     title: Falska fakturor betalas"))
        XCTAssertEqual(more, "plan.yaml:30:6: error: this line is indented 5 spaces, one more than the line above (4)")
        XCTAssertEqual(moreHint, "indent it 4 spaces, as the lines beside it:     title: Falska fakturor betalas")
        let (less, _) = only(load(replacing: title, with: "   title: Falska fakturor betalas"))
        XCTAssertEqual(less, "plan.yaml:30:4: error: this line is indented 3 spaces, one less than the lines above (4)")
    }

    func testAMissingSpaceAfterAColon() {
        let (headline, hint) = only(load(replacing: title, with: "    title:Falska fakturor betalas"))
        XCTAssertEqual(headline, "plan.yaml:30:10: error: there is no space after the colon in \"title:Falska fakturor betalas\"")
        XCTAssertEqual(hint, "write a space after the colon: title: Falska fakturor betalas")
    }

    func testTextAfterAClosingQuote() {
        let (headline, hint) = only(load(replacing: title, with: "    title: \"Falska\" fakturor"))
        XCTAssertTrue(headline.hasPrefix("plan.yaml:30:"), headline)
        XCTAssertTrue(headline.hasSuffix("error: text follows the closing quote"), headline)
        XCTAssertEqual(hint, "put the text in quotes: title: '\"Falska\" fakturor'")
    }

    func testSyntaxErrorsInSwedish() {
        let d = load(replacing: title, with: "    title: Risk: fel i fakturor", language: .swedish)
        XCTAssertEqual(Messages.$language.withValue(.swedish) { d.first?.text }, """
            plan.yaml:30:16: fel: texten efter "title:" innehåller ett kolon följt av mellanslag (eller sist på raden), som YAML läser som början på en ny nyckel
              tips: sätt texten inom citattecken: title: "Risk: fel i fakturor"
            """)
    }

    // MARK: - Swedish words, one error per mistake

    func testASwedishKeyGetsTheEnglishOneAndNoCascade() {
        let (headline, hint) = only(load(replacing: "    probability: 2", with: "    sannolikhet: 2"))
        XCTAssertEqual(headline, "plan.yaml:32:5: error: risk 1, sannolikhet: unknown key \"sannolikhet\"; did you mean \"probability\"?")
        XCTAssertEqual(hint, "keys are written in English: \"sannolikhet\" is \"probability\"")

        let both = load(replacing: "    probability: 2\n    consequence: 3", with: "    sannolikhet: 2\n    konsekvens: 3")
        XCTAssertEqual(headlines(both), [
            "plan.yaml:32:5: error: risk 1, sannolikhet: unknown key \"sannolikhet\"; did you mean \"probability\"?",
            "plan.yaml:33:5: error: risk 1, konsekvens: unknown key \"konsekvens\"; did you mean \"consequence\"?",
        ])
        let (municipality, _) = only(load(replacing: "  municipality: Testkommun", with: "  kommun: Testkommun"))
        XCTAssertEqual(municipality, "plan.yaml:2:3: error: plan.kommun: unknown key \"kommun\"; did you mean \"municipality\"?")
        let (description, _) = only(load(replacing: "    consequence_description: Kommunen förlorar pengar",
                                         with: "    konsekvensbeskrivning: Kommunen förlorar pengar"))
        XCTAssertTrue(description.hasSuffix("did you mean \"consequence_description\"?"), description)
        // An English typo is one error too.
        XCTAssertEqual(load(replacing: "    probability: 2", with: "    probablity: 2").count, 1)
    }

    func testSwedishScheduleWordsGetTheScheduleName() {
        for (word, name) in [("kvartalsvis", "quarterly"), ("tertialvis", "per_tertial"), ("månadsvis", "monthly"),
                             ("manadsvis", "monthly"), ("halvårsvis", "half_yearly"), ("årligen", "yearly"), ("vid behov", "event_driven")] {
            let (headline, hint) = only(load(replacing: "    schedule: per_tertial", with: "    schedule: \(word)"))
            XCTAssertEqual(headline, "plan.yaml:57:15: error: control K1, schedule: unknown schedule \"\(word)\"; did you mean \"\(name)\"?")
            XCTAssertEqual(hint, "schedules are written in English: \"\(word)\" is \"\(name)\"")
        }
    }

    // MARK: - Missing Markdown files

    func testAMissingMarkdownFileSuggestsTheOneMeantAndListsTheFiles() {
        let files = ["inledning.md": Self.introduction, "bilaga.md": "Bilaga.\n"]
        let (caseOnly, hint) = only(load(replacing: "  introduction: {file: inledning.md}", with: "  introduction: {file: Inledning.md}", files: files))
        XCTAssertEqual(caseOnly, "plan.yaml:8:24: error: texts.introduction.file: Markdown file \"Inledning.md\" not found in the plan folder; did you mean \"inledning.md\"?")
        XCTAssertEqual(hint, "Markdown files in the plan folder: bilaga.md, inledning.md")
        let (typo, _) = only(load(replacing: "  introduction: {file: inledning.md}", with: "  introduction: {file: inldening.md}", files: files))
        XCTAssertTrue(typo.hasSuffix("did you mean \"inledning.md\"?"), typo)
        let (none, noneHint) = only(load(replacing: "  introduction: {file: inledning.md}", with: "  introduction: {file: förord.md}", files: [:]))
        XCTAssertTrue(none.hasSuffix("Markdown file \"förord.md\" not found in the plan folder"), none)
        XCTAssertEqual(noneHint, "there is no Markdown file (.md) in the plan folder")
    }

    // MARK: - Positions

    func testEntriesAreNamedAsTheUserSeesThemInBothLanguages() {
        let english = load(replacing: "    probability: 2", with: "    probability: 9")
        XCTAssertEqual(headlines(english), ["plan.yaml:32:18: error: risk 1, probability: 9 is outside 1–4"])
        XCTAssertEqual(english.first?.field, "risks[0].probability", "the path stays for --format json")
        let swedish = load(replacing: "    probability: 2", with: "    probability: 9", language: .swedish)
        XCTAssertEqual(headlines(swedish, in: .swedish), ["plan.yaml:32:18: fel: risk 1, probability: 9 ligger utanför 1–4"])
        XCTAssertEqual(swedish.first?.hint, "sannolikheten är ett heltal från 1 (osannolik) till 4 (mycket sannolik)")
        let action = load(replacing: "    desired_effect: Färre felaktiga betalningar", with: "    desired_effect:", language: .swedish)
        XCTAssertEqual(headlines(action, in: .swedish), ["plan.yaml:49:20: fel: åtgärd 1, desired_effect: \"desired_effect\" saknar värde"])
    }

    func testPathsAreShownFromTheCurrentDirectory() {
        let d = [Diagnostic(file: "plan.yaml", line: 3, column: 1, severity: .error, field: "", message: "m")]
        XCTAssertEqual(d.located(in: "plans/2026", currentDirectory: "/home/eva").first?.file, "plans/2026/plan.yaml")
        XCTAssertEqual(d.located(in: "./plans/../2026/", currentDirectory: "/home/eva").first?.file, "2026/plan.yaml")
        XCTAssertEqual(d.located(in: "/home/eva/plans", currentDirectory: "/home/eva").first?.file, "plans/plan.yaml")
        XCTAssertEqual(d.located(in: "/srv/plans", currentDirectory: "/home/eva").first?.file, "/srv/plans/plan.yaml")
        XCTAssertEqual(d.located(in: ".", currentDirectory: "/home/eva").first?.file, "plan.yaml")
    }

    // MARK: - The message catalogue

    func testEveryMessageHasBothLanguagesWithTheSamePlaceholders() {
        func placeholders(_ s: String) -> Set<String> {
            Set((0..<10).map { "{\($0)}" }.filter { s.contains($0) })
        }
        for id in MessageID.allCases {
            guard let entry = MessageCatalogue.table[id] else { XCTFail("\(id) has no text"); continue }
            XCTAssertFalse(entry.en.isEmpty || entry.sv.isEmpty, "\(id)")
            XCTAssertEqual(placeholders(entry.en), placeholders(entry.sv), "\(id)")
        }
        XCTAssertEqual(MessageCatalogue.table.count, MessageID.allCases.count)
    }

    func testTheLocaleChoosesTheLanguage() {
        XCTAssertEqual(MessageLanguage.from(environment: ["LANG": "sv_SE.UTF-8"]), .swedish)
        XCTAssertEqual(MessageLanguage.from(environment: ["LANG": "sv_SE.UTF-8", "LC_ALL": "C"]), .english)
        XCTAssertEqual(MessageLanguage.from(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "sv_FI"]), .swedish)
        XCTAssertEqual(MessageLanguage.from(environment: ["LC_ALL": "", "LANG": "sv"]), .swedish)
        XCTAssertEqual(MessageLanguage.from(environment: [:]), .english)
    }

    func testArgumentsAreFilledInOnceEvenWhenTheyHoldBraces() {
        XCTAssertEqual(Messages.text(.putInQuotes, arguments: ["title: \"{0} och {1}\""], in: .english),
                       "put the text in quotes: title: \"{0} och {1}\"")
        XCTAssertEqual(Messages.text(.outsideRange, arguments: ["9", "1", "4"], in: .swedish), "9 ligger utanför 1–4")
    }

    func testSummaryInBothLanguages() {
        let e = Diagnostic(file: "plan.yaml", line: 1, column: 1, severity: .error, field: "", message: "e")
        let w = Diagnostic(file: "plan.yaml", line: 1, column: 1, severity: .warning, field: "", message: "w")
        Messages.$language.withValue(.swedish) {
            XCTAssertEqual([Diagnostic]().summary, "inga problem")
            XCTAssertEqual([e, w].summary, "1 fel, 1 varning")
            XCTAssertEqual([e, e, w, w].summary, "2 fel, 2 varningar")
        }
        Messages.$language.withValue(.english) {
            XCTAssertEqual([e, e, w, w].summary, "2 errors, 2 warnings")
        }
    }
}

/// The same, through the built `ikplan validate` as a user runs it: locale, current directory, arguments.
extension SecretaryMessageTests {
    typealias Run = CLI.Run

    func validate(_ arguments: [String], in directory: URL? = nil, locale: [String: String] = ["LANG": "C.UTF-8"]) throws -> Run {
        try ikplan(["validate"] + arguments, in: directory, locale: locale)
    }

    func ikplan(_ arguments: [String], in directory: URL? = nil, locale: [String: String] = ["LANG": "C.UTF-8"]) throws -> Run {
        try CLI.run(arguments, in: directory, environment: locale, removing: ["LC_ALL", "LC_MESSAGES", "LANG"])
    }

    /// A copy of valid-minimal with one line replaced, in a fresh folder removed after the test.
    func planFolder(replacing line: String, with replacement: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        XCTAssertTrue(Self.validPlan.contains(line + "\n"))
        try Self.validPlan.replacingOccurrences(of: line + "\n", with: replacement + "\n")
            .write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        try Self.introduction.write(to: folder.appendingPathComponent("inledning.md"), atomically: true, encoding: .utf8)
        return folder
    }

    func testValidateNoLongerSaysNoProblemsForATextCutAtAHash() throws {
        let folder = try planFolder(replacing: "    how: Stickprov", with: "    how: Egenkontroll, se rutin #3")
        let run = try validate([folder.lastPathComponent], in: folder.deletingLastPathComponent())
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stderr, "1 warning\n")
        XCTAssertEqual(run.stdout, """
            \(folder.lastPathComponent)/plan.yaml:55:10: warning: control K1, how: the text is cut at " #": YAML reads "#3" as a comment and leaves it out
              hint: put the text in quotes: how: "Egenkontroll, se rutin #3"

            """)
    }

    func testValidateInSwedishWhenTheLocaleIsSwedish() throws {
        let r = try validate(["unknown-keys"], in: Fixtures.directory, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "3 fel\n")
        XCTAssertTrue(r.stdout.hasPrefix("""
            unknown-keys/plan.yaml:22:5: fel: risk 1, probablity: okänd nyckel "probablity"; menade du "probability"?
            unknown-keys/plan.yaml:23:5: fel: risk 1, colour: okänd nyckel "colour"
              tips: nycklar som kan stå här: number, process,
            """), r.stdout)
        // LC_ALL wins over LANG, as everywhere in POSIX.
        let english = try validate(["unknown-keys"], in: Fixtures.directory, locale: ["LANG": "sv_SE.UTF-8", "LC_ALL": "C"])
        XCTAssertEqual(english.stderr, "3 errors\n")
        XCTAssertTrue(english.stdout.hasPrefix("unknown-keys/plan.yaml:22:5: error: risk 1, probablity: unknown key \"probablity\"; did you mean \"probability\"?\n"), english.stdout)
    }

    func testValidateAcceptsThePlanFileAndSaysWhenAFolderDoesNotExist() throws {
        let r = try validate(["valid-minimal/plan.yaml"], in: Fixtures.directory)
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stderr, "no problems\n")

        let missing = try validate(["no-such-plan"], in: Fixtures.directory)
        XCTAssertEqual(missing.status, 66)
        XCTAssertEqual(missing.stdout, """
            no-such-plan/plan.yaml: error: the plan folder no-such-plan does not exist
              hint: give the folder that holds plan.yaml

            """)
        let swedish = try validate(["no-such-plan"], in: Fixtures.directory, locale: ["LC_MESSAGES": "sv_SE.UTF-8"])
        XCTAssertTrue(swedish.stdout.hasPrefix("no-such-plan/plan.yaml: fel: planmappen no-such-plan finns inte\n"), swedish.stdout)
    }
}

/// A sample of the value rules in Swedish, beside the English the rule tests assert.
extension SecretaryMessageTests {
    func testValueRulesInSwedish() {
        let sv: (String, String) -> [String] = { line, replacement in
            let d = self.load(replacing: line, with: replacement, language: .swedish)
            return headlines(d, in: .swedish)
        }
        XCTAssertEqual(sv("    value: 6", "    value: 5"), ["plan.yaml:34:12: fel: risk 1, value: värdet 5 är inte sannolikhet × konsekvens = 2 × 3 = 6"])
        XCTAssertEqual(sv("    end_date: 2026-06-30", "    end_date: 2026-02-30"),
                       ["plan.yaml:48:15: fel: åtgärd 1, end_date: 2026-02-30 är inget giltigt datum: februari 2026 har 28 dagar"])
        XCTAssertEqual(sv("    status: Pågående", "    status: klart"),
                       ["plan.yaml:47:13: fel: åtgärd 1, status: okänd status \"klart\"; menade du \"klar\"?"])
        XCTAssertEqual(sv("  - risks: [1]\n    description: Inför attestkontroll", "  - risks: [7]\n    description: Inför attestkontroll"),
                       ["plan.yaml:45:13: fel: åtgärd 1, risks[0]: okänd risk 7"])
        XCTAssertEqual(sv("    schedule: {months: [3, 9]}", "    schedule: {months: [3, 13]}"),
                       ["plan.yaml:64:28: fel: kontroll K2, schedule.months[1]: månad 13 ligger utanför 1–12"])
    }
}

/// Follow-up files lose text to ` #` the same way; their fields keep their own paths.
extension SecretaryMessageTests {
    func testAHashInAFollowUpTextIsAWarningToo() throws {
        let example = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026", isDirectory: true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: example, to: folder)
        let t1 = folder.appendingPathComponent("uppfoljning/2026-T1.yaml")
        let text = try String(contentsOf: t1, encoding: .utf8)
        XCTAssertTrue(text.contains("prepared_by: Olof Bäckman, kvalitetsstrateg\n"))
        try text.replacingOccurrences(of: "prepared_by: Olof Bäckman, kvalitetsstrateg\n", with: "prepared_by: Olof Bäckman #kvalitet\n")
            .write(to: t1, atomically: true, encoding: .utf8)
        let d = Messages.$language.withValue(.english) { PlanLoader.load(folder: folder).diagnostics }
        XCTAssertEqual(headlines(d.filter { $0.file.hasPrefix("uppfoljning/") }), [
            "uppfoljning/2026-T1.yaml:8:14: warning: prepared_by: the text is cut at \" #\": YAML reads \"#kvalitet\" as a comment and leaves it out",
        ])
    }
}

extension SecretaryMessageTests {
    func testReferencesAndMissingFilesInSwedish() {
        let area = load(replacing: "    name: Betala leverantörsfakturor\n    area: ekonomi", with: "    name: Betala leverantörsfakturor\n    area: ekonmi",
                        language: .swedish)
        XCTAssertEqual(Messages.$language.withValue(.swedish) { area.first?.text }, """
            plan.yaml:20:11: fel: processes[0].area: okänt område "ekonmi"; menade du "ekonomi"?
              tips: områden i planen: ekonomi
            """)
        let file = load(replacing: "  introduction: {file: inledning.md}", with: "  introduction: {file: Inledning.md}", language: .swedish)
        XCTAssertEqual(Messages.$language.withValue(.swedish) { file.first?.text }, """
            plan.yaml:8:24: fel: texts.introduction.file: Markdown-filen "Inledning.md" finns inte i planmappen; menade du "inledning.md"?
              tips: Markdown-filer i planmappen: inledning.md
            """)
    }
}

extension SecretaryMessageTests {
    func testAReservedCharacterBeforeAKeyIsNamed() {
        let (headline, hint) = only(load(replacing: "    end_date: 2026-06-30", with: "    @end_date: 2026-06-30"))
        XCTAssertEqual(headline, "plan.yaml:48:5: error: @ cannot stand here: YAML reads @ as a reserved character")
        XCTAssertEqual(hint, "remove the @, or put the text in quotes")
    }
}

extension SecretaryMessageTests {
    func testATextOverSeveralLinesCutOnItsLastLine() {
        let d = load(replacing: "    what: Att fakturan motsvarar beställningen",
                     with: "    what: Att fakturan motsvarar\n      beställningen, se rutin #4")
        let (headline, hint) = only(d)
        XCTAssertEqual(headline, "plan.yaml:54:11: warning: control K1, what: the text is cut at \" #\": YAML reads \"#4\" as a comment and leaves it out")
        XCTAssertEqual(hint, "put the text in quotes: what: \"Att fakturan motsvarar beställningen, se rutin #4\"")
        // The usual comment style after a wrapped text stays silent.
        XCTAssertEqual(headlines(load(replacing: "    what: Att fakturan motsvarar beställningen",
                                      with: "    what: Att fakturan motsvarar\n      beställningen  # enligt rutin")), [])
    }

    func testThePlanFileInTheCurrentDirectory() throws {
        let r = try validate(["plan.yaml"], in: Fixtures.url("valid-minimal"))
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stderr, "no problems\n")
    }
}

extension SecretaryMessageTests {
    func testRenderRefusesABrokenPlanInSwedishNamingFilesFromTheCurrentDirectory() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try ikplan(["render", "unknown-keys", "-o", out.path], in: Fixtures.directory, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("unknown-keys/plan.yaml:22:5: fel: risk 1, probablity: okänd nyckel"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("ikplan: unknown-keys: 3 fel; inget har skrivits\n"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan.pdf").path))
    }
}

extension SecretaryMessageTests {
    func testLibyamlsOwnWordsInSwedish() {
        let d = Messages.$language.withValue(.swedish) { PlanLoader.load(folder: Fixtures.url("yaml-tab")).diagnostics }
        XCTAssertEqual(Messages.$language.withValue(.swedish) { d.first?.text }, """
            plan.yaml:3:1: fel: fel i YAML-syntaxen: en tabb där YAML kräver mellanslag som indrag
              tips: dra in med mellanslag: YAML tillåter inte tabbar som indrag
            """)
    }
}

extension SecretaryMessageTests {
    func testAPlanSavedWithWindowsLineEndingsIsCheckedTheSameWay() {
        let yaml = Self.validPlan.replacingOccurrences(of: "    how: Stickprov\n", with: "    how: Egenkontroll, se rutin #3\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let d = TemporaryPlan.load(yaml, files: ["inledning.md": Self.introduction]).diagnostics
        let (headline, hint) = only(d)
        XCTAssertEqual(headline, "plan.yaml:55:10: warning: control K1, how: the text is cut at \" #\": YAML reads \"#3\" as a comment and leaves it out")
        XCTAssertEqual(hint, "put the text in quotes: how: \"Egenkontroll, se rutin #3\"")
        let broken = TemporaryPlan.load(Self.validPlan.replacingOccurrences(of: title + "\n", with: "    title: Risk: fel i fakturor\n")
            .replacingOccurrences(of: "\n", with: "\r\n")).diagnostics
        XCTAssertEqual(only(broken).1, "put the text in quotes: title: \"Risk: fel i fakturor\"")
    }
}

/// The commands' own lines (what was written, how long it took, what was refused) in both languages,
/// and the plan file accepted for its folder by every command that reads a plan.
extension SecretaryMessageTests {
    func testChecklistsReportsItsRunInSwedishAndEnglish() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let examples = Fixtures.packageRoot.appendingPathComponent("examples")
        let arguments = ["checklists", "ange-2026/plan.yaml", "--control", "K1", "--period", "T1", "--no-pdfa", "-o", out.path]
        let sv = try ikplan(arguments, in: examples, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 0, sv.stderr)
        XCTAssertNotNil(sv.stderr.range(of: #"(^|\n)frö 2026, [0-9]+ blad\n"#, options: .regularExpression), sv.stderr)
        XCTAssertNotNil(sv.stderr.range(of: "\nskrev \(out.path)/checklists.pdf: [0-9]+ sid(a|or)\nklart på [0-9]+ ms\n$", options: .regularExpression), sv.stderr)
        let en = try ikplan(arguments, in: examples)
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertNotNil(en.stderr.range(of: #"(^|\n)seed 2026, [0-9]+ sheets?\n"#, options: .regularExpression), en.stderr)
        XCTAssertNotNil(en.stderr.range(of: "\nwrote \(out.path)/checklists.pdf: [0-9]+ pages?\ndone in [0-9]+ ms\n$", options: .regularExpression), en.stderr)
    }

    func testChecklistsAndFollowupRefuseABrokenPlanNamingFilesFromTheCurrentDirectory() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let commands = [["checklists", "unknown-keys/plan.yaml", "-o", out.path],
                        ["followup", "unknown-keys/plan.yaml", "--period", "T1", "-o", out.path],
                        ["followup", "import", "unknown-keys/plan.yaml", "K1.pdf", "--period", "T1"]]
        for command in commands {
            let sv = try ikplan(command, in: Fixtures.directory, locale: ["LANG": "sv_SE.UTF-8"])
            XCTAssertEqual(sv.status, 65, "\(command): \(sv.stderr)")
            XCTAssertTrue(sv.stderr.hasPrefix("unknown-keys/plan.yaml:22:5: fel: risk 1, probablity: okänd nyckel"), "\(command): \(sv.stderr)")
            XCTAssertTrue(sv.stderr.hasSuffix("ikplan: unknown-keys: 3 fel; inget har skrivits\n"), "\(command): \(sv.stderr)")
        }
        let en = try ikplan(["checklists", "unknown-keys/plan.yaml", "-o", out.path], in: Fixtures.directory)
        XCTAssertTrue(en.stderr.hasPrefix("unknown-keys/plan.yaml:22:5: error: risk 1, probablity: unknown key"), en.stderr)
        XCTAssertTrue(en.stderr.hasSuffix("ikplan: unknown-keys: 3 errors; nothing written\n"), en.stderr)
        let render = try ikplan(["render", "unknown-keys/plan.yaml", "-o", out.path], in: Fixtures.directory)
        XCTAssertEqual(render.status, 65, render.stderr)
        XCTAssertTrue(render.stderr.hasSuffix("ikplan: unknown-keys: 3 errors; nothing written\n"), render.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testFollowupRefusalsInSwedishAndEnglish() throws {
        let examples = Fixtures.packageRoot.appendingPathComponent("examples")
        let sv = try ikplan(["followup", "ange-2026", "--period", "Q2"], in: examples, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 64, sv.stderr)
        XCTAssertTrue(sv.stderr.hasSuffix("""
            ikplan: fel: "Q2" är inget tertial under 2026
              tips: ange --period T1, T2 eller T3: nämnden följer upp planen i slutet av april, augusti och december\n
            """), sv.stderr)
        let en = try ikplan(["followup", "ange-2026", "--period", "Q2"], in: examples)
        XCTAssertTrue(en.stderr.hasSuffix("ikplan: error: \"Q2\" is not a tertial of 2026\n  hint: give --period T1, T2 or T3: the board follows the plan up at the end of April, August and December\n"), en.stderr)

        let missing = try ikplan(["followup", "import", "ange-2026", "ingen.pdf", "--period", "T1"], in: examples, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(missing.status, 65, missing.stderr)
        XCTAssertTrue(missing.stderr.hasSuffix("ikplan: fel: ingen.pdf: kan inte läsas (filen finns inte, eller läsning är inte tillåten)\nikplan: inget har skrivits\n"), missing.stderr)
        let english = try ikplan(["followup", "import", "ange-2026", "ingen.pdf", "--period", "T1"], in: examples)
        XCTAssertTrue(english.stderr.hasSuffix("ikplan: error: ingen.pdf: cannot be read (no such file, or not allowed)\nikplan: nothing written\n"), english.stderr)
    }
}

/// Follow-up files' own messages in both languages.
extension SecretaryMessageTests {
    /// The example's T1 follow-up with the first `line` replaced, read in both languages; the follow-up file's headlines.
    func followUp(replacing line: String, with replacement: String) throws -> (en: [String], sv: [String]) {
        let example = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026", isDirectory: true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: example, to: folder)
        let t1 = folder.appendingPathComponent("uppfoljning/2026-T1.yaml")
        let text = try String(contentsOf: t1, encoding: .utf8)
        let first = try XCTUnwrap(text.range(of: line + "\n"), line)     // the first occurrence only
        try text.replacingCharacters(in: first, with: replacement + "\n").write(to: t1, atomically: true, encoding: .utf8)
        func read(_ language: MessageLanguage) -> [String] {
            Messages.$language.withValue(language) {
                PlanLoader.load(folder: folder).diagnostics.filter { $0.file.hasPrefix("uppfoljning/") }.map(\.text)
            }
        }
        return (read(.english), read(.swedish))
    }

    func testFollowUpMessagesInSwedishAndEnglish() throws {
        let period = try followUp(replacing: "period: T1", with: "period: T5")
        XCTAssertEqual(period.en, ["uppfoljning/2026-T1.yaml:6:9: error: period: \"T5\" is not a tertial\n  hint: the board follows the plan up per tertial: write period: T1 (January–April), T2 (May–August) or T3 (September–December)"])
        XCTAssertEqual(period.sv, ["uppfoljning/2026-T1.yaml:6:9: fel: period: \"T5\" är inget tertial\n  tips: nämnden följer upp planen per tertial: skriv period: T1 (januari–april), T2 (maj–augusti) eller T3 (september–december)"])

        let control = try followUp(replacing: "  - control: K1", with: "  - control: K99")
        XCTAssertEqual(control.en.first?.components(separatedBy: "\n").first, "uppfoljning/2026-T1.yaml:26:14: error: controls[0].control: unknown control K99; did you mean K9?")
        XCTAssertEqual(control.sv.first?.components(separatedBy: "\n").first, "uppfoljning/2026-T1.yaml:26:14: fel: controls[0].control: okänd kontroll K99; menade du K9?")
        XCTAssertTrue(control.sv.first?.contains("\n  tips: planens kontroller: K1, K2") ?? false, control.sv.description)

        let result = try followUp(replacing: "        result: utan anmärkning", with: "        result: utan anmarkning")
        XCTAssertEqual(result.en.map { $0.components(separatedBy: "\n")[0] }, ["uppfoljning/2026-T1.yaml:33:17: warning: controls[0].samples[0].result: result \"utan anmarkning\" read as \"utan anmärkning\""])
        XCTAssertEqual(result.sv, ["uppfoljning/2026-T1.yaml:33:17: varning: controls[0].samples[0].result: resultatet \"utan anmarkning\" lästes som \"utan anmärkning\"\n  tips: skriv \"utan anmärkning\", med å, ä och ö"])
    }
}

/// Population files and the input limits in both languages.
extension SecretaryMessageTests {
    func testAPopulationFileRefusedInSwedishAndEnglish() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("Arbetsplats;Chef\nAlby;A\nBorgsjö\n".utf8).write(to: out.appendingPathComponent("pop.csv"))
        let example = Fixtures.packageRoot.appendingPathComponent("examples/ange-2026").path
        let arguments = ["checklists", example, "-o", "pdf", "--population", "pop.csv"]
        let sv = try ikplan(arguments, in: out, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 65, sv.stderr)
        XCTAssertTrue(sv.stderr.contains("""
            pop.csv:3: fel: raden har 1 fält, rubrikraden har 2
              tips: leta efter ett saknat eller extra ;; ett värde som innehåller ; skrivs inom citattecken
            ikplan: pop.csv: 1 fel; inget har skrivits\n
            """), sv.stderr)
        let en = try ikplan(arguments, in: out)
        XCTAssertTrue(en.stderr.contains("""
            pop.csv:3: error: this row has 1 field, the header has 2
              hint: check for a missing or extra ;; a value holding ; goes in double quotes
            ikplan: pop.csv: 1 error; nothing written\n
            """), en.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("pdf").path))
    }

    func testATextOverTheLimitInSwedish() {
        let long = String(repeating: "a", count: InputLimits.fieldBytes + 1)
        let d = load(replacing: title, with: "    title: \(long)", language: .swedish)
        XCTAssertEqual(Messages.$language.withValue(.swedish) { d.first?.text }, """
            plan.yaml:30:12: fel: risks[0].title: texten är 4 MB lång; en text får vara högst 4 MB
              tips: korta den; lång text hör hemma i en Markdown-fil, se docs/plan-format.md, Limits
            """)
        XCTAssertEqual(Messages.$language.withValue(.swedish) { InputLimits.describe(bytes: 1000) }, "1000 byte")
        XCTAssertEqual(Messages.$language.withValue(.english) { InputLimits.describe(bytes: 1000) }, "1000 bytes")
    }
}

/// A layout file's missing style in both languages, as validate reports it.
extension SecretaryMessageTests {
    func testAMissingLayoutStyleInSwedishAndEnglish() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Layouts/plan-ange.yaml"), encoding: .utf8)
        XCTAssertTrue(bundled.contains("\n  cover_title:"))
        try bundled.replacingOccurrences(of: "\n  cover_title:", with: "\n  x_cover_title:")
            .write(to: dir.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["validate", Fixtures.url("valid-minimal").path, "--layout", dir.appendingPathComponent("plan.yaml").path]
        let sv = try validate(Array(arguments.dropFirst()), locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 65, sv.stdout)
        XCTAssertTrue(sv.stdout.contains("fel: styles.cover_title: saknas\n  tips: lägg till en stil med namnet cover_title under styles: (kopiera den från Layouts/plan-ange.yaml)"), sv.stdout)
        let en = try validate(Array(arguments.dropFirst()))
        XCTAssertTrue(en.stdout.contains("error: styles.cover_title: is missing\n  hint: add a style named cover_title under styles: (copy it from Layouts/plan-ange.yaml)"), en.stdout)
    }

    func testAnUnknownLayoutPlaceholderInSwedishAndEnglish() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Layouts/plan-ange.yaml"), encoding: .utf8)
        XCTAssertTrue(bundled.contains("{municipality}"))
        try bundled.replacingOccurrences(of: "{municipality}", with: "{municipalty}")
            .write(to: dir.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let arguments = [Fixtures.url("valid-minimal").path, "--layout", dir.appendingPathComponent("plan.yaml").path]
        let sv = try validate(arguments, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 65, sv.stdout)
        XCTAssertTrue(sv.stdout.contains(": fel: page.header.left: okänd platshållare {municipalty} (menade du {municipality}?)\n  tips: platshållarna är: {page}, {pages}"), sv.stdout)
        let en = try validate(arguments)
        XCTAssertTrue(en.stdout.contains(": error: page.header.left: unknown placeholder {municipalty} (did you mean {municipality}?)\n  hint: the placeholders are: {page}, {pages}"), en.stdout)
    }
}

extension SecretaryMessageTests {
    func testAMissingLayoutImageNamesTheLayoutFilesFolderInBothLanguages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Layouts/plan-ange.yaml"), encoding: .utf8)
        XCTAssertTrue(bundled.contains("left: \"{municipality}\""))
        try bundled.replacingOccurrences(of: "left: \"{municipality}\"", with: "left: {image: ingen.svg, height: 12mm}")
            .write(to: dir.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let arguments = [Fixtures.url("valid-minimal").path, "--layout", dir.appendingPathComponent("plan.yaml").path]
        let sv = try validate(arguments, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 65, sv.stdout)
        XCTAssertTrue(sv.stdout.contains("bilden \"ingen.svg\" finns inte i layoutfilens mapp"), sv.stdout)
        XCTAssertFalse(sv.stdout.contains("planmappen"), sv.stdout)
        let en = try validate(arguments)
        XCTAssertTrue(en.stdout.contains("the image \"ingen.svg\" not found in the layout file's folder"), en.stdout)
    }
}

extension SecretaryMessageTests {
    func testALayoutPageSizeInSwedishAndEnglish() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-secretary-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Layouts/plan-ange.yaml"), encoding: .utf8)
        XCTAssertTrue(bundled.contains("\n  size: A4\n"))
        try bundled.replacingOccurrences(of: "\n  size: A4\n", with: "\n  size: A3x\n")
            .write(to: dir.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let arguments = [Fixtures.url("valid-minimal").path, "--layout", dir.appendingPathComponent("plan.yaml").path]
        let sv = try validate(arguments, locale: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(sv.status, 65, sv.stdout)
        XCTAssertTrue(sv.stdout.contains("fel: page.size: här ska det stå A4 eller [bredd, höjd]\n  tips: skriv A4, eller två längder: [210mm, 297mm]"), sv.stdout)
        let en = try validate(arguments)
        XCTAssertTrue(en.stdout.contains("error: page.size: expected A4 or [width, height]\n  hint: write A4, or two lengths: [210mm, 297mm]"), en.stdout)
    }
}
