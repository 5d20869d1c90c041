import XCTest
import Foundation
import IKEngine

/// Swedish hyphenation: break points where libhyphen puts them, and nothing else touched.
final class HyphenatorTests: XCTestCase {
    /// One dictionary for all tests: loading it takes a few milliseconds.
    private static let shared = Result { try Hyphenator() }
    private func hyphenator() throws -> Hyphenator { try Self.shared.get() }

    /// Shows soft hyphens as "-" and zero-width spaces as "|", so expectations read naturally.
    private func visible(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{AD}", with: "-").replacingOccurrences(of: "\u{200B}", with: "|")
    }

    func testLongCompoundsBreakAtSyllablesAndCompoundBoundaries() throws {
        let h = try hyphenator()
        let expected = [
            "kompetensförsörjningsplanen": "kom-pe-tens-för-sörj-nings-pla-nen",
            "brandskyddsarbete": "brand-skydds-ar-bete",
            "välfärdsbrottslighet": "väl-färds-brotts-lig-het",
            "arbetsmiljöarbete": "arbets-miljö-ar-bete",
            "leverantörsfakturor": "le-ve-ran-törs-fak-tu-ror",
            "internkontrollplan": "in-tern-kon-troll-plan",
        ]
        for (word, hyphenated) in expected {
            XCTAssertEqual(visible(h.hyphenate(word)), hyphenated, word)
        }
    }

    func testTwoLettersAtLeastOnEachSide() throws {
        let h = try hyphenator()
        // The .dic allows one letter on the left (LEFTHYPHENMIN 1): "e-konomi". We require two.
        XCTAssertEqual(h.leftMin, 2)
        XCTAssertEqual(h.rightMin, 3)
        for word in ["ekonomiska", "överenskommelser", "avsiktliga", "uppföljning", "organisationen"] {
            let parts = h.hyphenate(word).split(separator: "\u{AD}", omittingEmptySubsequences: false)
            XCTAssertGreaterThan(parts.count, 1, word)
            XCTAssertGreaterThanOrEqual(parts.first?.count ?? 0, 2, word)
            XCTAssertGreaterThanOrEqual(parts.last?.count ?? 0, 3, word)
        }
    }

    /// Words the patterns break badly get the breaks of the exception list, also inside longer words.
    func testExceptionsReplaceBadPatternBreaks() throws {
        let h = try hyphenator()
        let expected = [
            "riskinventering": "risk-inven-te-ring",
            "Riskinventeringen": "Risk-inven-te-ringen",
            "Kommunstyrelsen": "Kommun-sty-rel-sen",
            "resursplanering": "re-surs-planering",
            "förebyggande": "före-byg-gande",
            "medarbetare": "med-ar-be-tare",
            "arbetsmiljöarbete": "arbets-miljö-ar-bete",
        ]
        for (word, hyphenated) in expected {
            XCTAssertEqual(visible(h.hyphenate(word)), hyphenated, word)
        }
    }

    func testShortWordsUnchanged() throws {
        let h = try hyphenator()
        for word in ["risk", "kontroll", "Ånge", "abakus", "mål", "i", ""] where word.count < 7 {
            XCTAssertEqual(h.hyphenate(word), word)
        }
        XCTAssertEqual(h.hyphenate("Mål och risker för året"), "Mål och risker för året")
    }

    func testCaseIsPreserved() throws {
        let h = try hyphenator()
        XCTAssertEqual(visible(h.hyphenate("Kompetensförsörjning")), "Kom-pe-tens-för-sörj-ning")
        XCTAssertEqual(visible(h.hyphenate("KOMPETENSFÖRSÖRJNING")), "KOM-PE-TENS-FÖR-SÖRJ-NING")
        XCTAssertEqual(visible(h.hyphenate("Överenskommelser")), visible(h.hyphenate("överenskommelser")).capitalizedFirst)
    }

    func testPunctuationAndSpacesUnchanged() throws {
        let h = try hyphenator()
        let input = "  «Internkontrollplanen», (brandskyddsarbete)!\tmål- och resultatstyrning;\n"
        XCTAssertEqual(visible(h.hyphenate(input)),
                       "  «In-tern-kon-troll-pla-nen», (brand-skydds-ar-bete)!\tmål- och re-sul-tat-styr-ning;\n")
    }

    func testSlashAndHyphenJoinedWords() throws {
        let h = try hyphenator()
        XCTAssertEqual(visible(h.hyphenate("uppdaterade/reviderade")), "upp-da-te-rade/|re-vi-de-rade")
        XCTAssertEqual(visible(h.hyphenate("och/eller")), "och/|eller")
        XCTAssertEqual(visible(h.hyphenate("Process/Rutin")), "Pro-cess/|Rutin")
        // Each part of a hyphenated compound is hyphenated on its own (at least three letters after a
        // break: no "ekono-mi"); the hyphen itself is a break.
        XCTAssertEqual(visible(h.hyphenate("ekonomi-avdelningen")), "eko-nomi-av-del-ningen")
        // No break opportunity before the first letter or after the last.
        XCTAssertEqual(h.hyphenate("/reviderade/"), "/re\u{AD}vi\u{AD}de\u{AD}rade/")
        XCTAssertEqual(h.hyphenate("/ och /"), "/ och /")
    }

    func testVerbatimTokens() throws {
        let h = try hyphenator()
        for token in ["https://www.ange.se/kommunstyrelsen", "www.internkontrollplanen.se",
                      "registrator@ange.se", "kommunstyrelsen.ange.se", "propositionen98/99:66",
                      "2026-internkontrollplan", "kompetens\u{AD}försörjningsplanen", "uppdaterade/\u{200B}reviderade"] {
            XCTAssertEqual(h.hyphenate(token), token, token)
        }
        // Only the token with the URL is left alone; its neighbours are hyphenated.
        XCTAssertEqual(visible(h.hyphenate("Kommunstyrelsen: https://ange.se/kommunstyrelsen")),
                       "Kommun-sty-rel-sen: https://ange.se/kommunstyrelsen")
    }

    func testHyphenatingTwiceChangesNothing() throws {
        let h = try hyphenator()
        let once = h.hyphenate(Self.paragraph)
        XCTAssertEqual(h.hyphenate(once), once)
    }

    func testRemovingMarksGivesBackTheInputExactly() throws {
        let h = try hyphenator()
        let out = h.hyphenate(Self.paragraph)
        XCTAssertNotEqual(out, Self.paragraph)
        XCTAssertEqual(Hyphenator.removingBreakMarks(out), Self.paragraph)
        XCTAssertEqual(Array(Hyphenator.removingBreakMarks(out).utf8), Array(Self.paragraph.utf8))
        let marks = out.unicodeScalars.filter { $0 == "\u{AD}" }.count
        XCTAssertGreaterThan(marks, 100, "a long paragraph of Swedish prose has many break points")
    }

    func testLongRunOfOneLetterDoesNotHangOrCrash() throws {
        let h = try hyphenator()
        let word = String(repeating: "a", count: 5_000)
        let out = h.hyphenate(word)
        XCTAssertEqual(Hyphenator.removingBreakMarks(out), word)
        let mixed = String(repeating: "kontroll", count: 625)
        XCTAssertEqual(Hyphenator.removingBreakMarks(h.hyphenate(mixed)), mixed)
    }

    func testEmptyAndNonLatin1TextLeftAlone() throws {
        let h = try hyphenator()
        XCTAssertEqual(h.hyphenate(""), "")
        XCTAssertEqual(h.hyphenate("Œuvrerna"), "Œuvrerna")
        XCTAssertEqual(h.hyphenate("Œuvre"), "Œuvre")
        XCTAssertEqual(h.hyphenate("👩‍👩‍👧‍👦🇸🇪"), "👩‍👩‍👧‍👦🇸🇪")
        // Decomposed "å" (a + U+030A): the word is outside Latin-1 and no mark lands inside a letter.
        let decomposed = "a\u{030A}terrapporteringen"
        XCTAssertEqual(h.hyphenate(decomposed), decomposed)
        // An emoji beside a word: the word is still hyphenated, the emoji untouched.
        XCTAssertEqual(visible(h.hyphenate("👍brandskyddsarbete👍")), "👍brand-skydds-ar-bete👍")
    }

    func testMissingDictionaryThrows() {
        let missing = URL(fileURLWithPath: "/nonexistent/hyph_sv_SE.dic")
        XCTAssertThrowsError(try Hyphenator(dictionary: missing)) { error in
            XCTAssertTrue(String(describing: error).contains("/nonexistent/hyph_sv_SE.dic"), "\(error)")
        }
    }

    func testInjectedDictionaryIsUsedAndUTF8OnesAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-dic-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // One pattern: a break between "b" and "c" wherever they meet.
        let latin1 = dir.appendingPathComponent("hyph_test.dic")
        try Data("ISO8859-1\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\nb1c\n".utf8).write(to: latin1)
        let h = try Hyphenator(dictionary: latin1, minWordLength: 4)
        XCTAssertEqual(visible(h.hyphenate("aabcaa aabcaabcaa")), "aab-caa aab-caab-caa")
        let utf8 = dir.appendingPathComponent("hyph_utf8.dic")
        try Data("UTF-8\nb1c\n".utf8).write(to: utf8)
        XCTAssertThrowsError(try Hyphenator(dictionary: utf8))
    }

    func testSharedFromSeveralThreads() throws {
        let h = try hyphenator()
        let expected = h.hyphenate(Self.paragraph)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(h.hyphenate(Self.paragraph), expected)
        }
    }

    /// Printed, not asserted: ~20 KB of prose, cold (empty cache) and warm.
    func testSpeedOnTwentyKilobytes() throws {
        let h = try Hyphenator()
        var text = ""
        while text.utf8.count < 20_000 { text += Self.paragraph + "\n\n" }
        let clock = ContinuousClock()
        var out = ""
        let cold = clock.measure { out = h.hyphenate(text) }
        let warm = clock.measure { out = h.hyphenate(text) }
        XCTAssertEqual(Hyphenator.removingBreakMarks(out), text)
        print("Hyphenator: \(text.utf8.count) bytes, cold \(cold), warm \(warm)")
    }

    /// From the seed document (section 1 and 2), with the OCR's lost å, ä, ö restored.
    static let paragraph = """
    Den interna styrningen och kontrollen är en del av kommunens styrsystem och ett redskap för \
    kommunens ledning att främja en effektiv ledning av organisationen, hantering av risker, \
    utveckling av verksamheten och utvärdering av verksamhetens resultat – ytterst för att \
    säkerställa att verksamhetens syfte och mål nås. ”Syftet med den interna kontrollen är att säkra \
    en effektiv förvaltning och att undvika att det begås allvarliga fel. En god intern kontroll skall \
    således bidra till att ändamålsenligheten i verksamheten stärks och att den bedrivs effektivt och \
    säker med medborgarnas bästa för ögonen.” Ur propositionen 98/99:66 En stärkt kommunal revision.
    En effektiv internkontroll innebär att egen granskning och uppföljning genomförs i samtliga \
    avseenden, med fokus på att system och rutiner finns så att budgeterade medel och andra resurser \
    används i överensstämmelse med tagna beslut; att säkerställa att lagar, bestämmelser, anvisningar, \
    riktlinjer och överenskommelser följs; att minimera risken för missbruk och avsiktliga eller \
    oavsiktliga fel som leder till extrakostnader eller att kommunens tillgångar äventyras.
    Riskerna är kategoriserade utifrån klassificeringsstrukturen KLASSA 2, vilket dels säkerställer \
    att alla kommunala verksamheter kommer med, och det möjliggör alla risker att bli systematiskt \
    kartlagda, oavsett om vi i framtiden organiserar om kommunen. Det ger även samordningsvinster mot \
    andra viktiga områden, så som processkartläggningar, verksamhetsutveckling och \
    informationssäkerhetsarbete. Det innebär att varje risk är strukturerad på liknande sätt; först \
    inleds risken med sin klassificering enligt KLASSA 2, alltså en till fyra siffror, följt av namnet \
    på processen/rutinen, till exempel 2.4.1.2 Betala leverantörsfakturor. Det finns såklart väldigt \
    många risker när vi betalar leverantörsfakturor, allt ifrån att vi inte betalar dem i tid, till att \
    vi betalar bluffakturor med mera. Pensionsavgångar kan medföra att särskild kompetens försvinner, \
    vilket kan vara svårt att rekrytera för (mål- och resultatstyrning, e-post: registrator@ange.se).
    """
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
