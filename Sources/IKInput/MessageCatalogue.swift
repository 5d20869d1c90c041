/// The id of one message in `MessageCatalogue.table`. Ids are stable: tests and translators refer to them.
public enum MessageID: String, CaseIterable, Sendable {
    // The validate/render summary and the parts of a diagnostic line.
    case summaryNoProblems, summaryErrorOne, summaryErrorMany, summaryWarningOne, summaryWarningMany
    case severityError, severityWarning, hintLabel
    // Entries named as the user sees them.
    case placeRisk, placeAction, placeControl
    // Keys and values.
    case unknownKey, didYouMean, knownKeysHere, keysAreEnglish, valuesAreEnglish, missingField, fieldHasNoValue
    case outsideRange, notPositive, isEmpty, expectedText, expectedWholeNumber, expectedTrueOrFalse, expectedList
    case writeWithoutQuotes, writeWithoutTag, unknownSchedule, scheduleHint
    case kindMapping, kindList, kindAlias, kindNothing, kindNumber, kindValue, kindText, kindTaggedText
    // YAML syntax.
    case yamlSyntax, yamlContext, yamlColonInText, yamlLeadingCharacter, yamlUnclosedQuote, yamlUnclosedQuoteHint
    case yamlTextAfterQuote, yamlIndentMore, yamlIndentLess, yamlIndentHint, yamlMissingSpace, yamlMissingSpaceHint
    case yamlTab, yamlUnreadable, putInQuotes, duplicateKey, duplicateKeys, duplicateKeyHint
    case meaningAlias, meaningAnchor, meaningTag, meaningReserved, meaningDirective
    // Text YAML drops without an error.
    case textCutByComment, textLosesPrefix
    // Files and folders.
    case planFileEmpty, planFileEmptyHint, notUTF8, saveAsUTF8, planFolderMissing, planFolderMissingHint
    case planFolderIsFile, planFolderIsFileHint, noPlanFile, noPlanFileHint
    case whatPlanFile, whatMarkdownFile, whatLogoFile, fileNotFound, fileNotFoundHint, markdownFilesThere, noMarkdownFilesThere
    case markdownFilesInPlanFolder, noMarkdownFilesInPlanFolder
}

/// Every translated message in English and Swedish, in one place, so a translator sees them together
/// and a test can check that both languages have the same placeholders.
public enum MessageCatalogue {
    public static let table: [MessageID: (en: String, sv: String)] = [
        .summaryNoProblems: ("no problems", "inga problem"),
        .summaryErrorOne: ("{0} error", "{0} fel"),
        .summaryErrorMany: ("{0} errors", "{0} fel"),
        .summaryWarningOne: ("{0} warning", "{0} varning"),
        .summaryWarningMany: ("{0} warnings", "{0} varningar"),
        .severityError: ("error", "fel"),
        .severityWarning: ("warning", "varning"),
        .hintLabel: ("hint", "tips"),

        .placeRisk: ("risk {0}", "risk {0}"),
        .placeAction: ("action {0}", "åtgärd {0}"),
        .placeControl: ("control {0}", "kontroll {0}"),

        .unknownKey: ("unknown key \"{0}\"", "okänd nyckel \"{0}\""),
        .didYouMean: ("did you mean \"{0}\"?", "menade du \"{0}\"?"),
        .knownKeysHere: ("known keys here: {0}", "nycklar som kan stå här: {0}"),
        .keysAreEnglish: ("keys are written in English: \"{0}\" is \"{1}\"",
                          "nycklarna skrivs på engelska: \"{0}\" heter \"{1}\""),
        .valuesAreEnglish: ("schedules are written in English: \"{0}\" is \"{1}\"",
                            "scheman skrivs på engelska: \"{0}\" heter \"{1}\""),
        .missingField: ("missing required field \"{0}\"", "fältet \"{0}\" saknas, men måste finnas"),
        .fieldHasNoValue: ("\"{0}\" has no value", "\"{0}\" saknar värde"),
        .outsideRange: ("{0} is outside {1}–{2}", "{0} ligger utanför {1}–{2}"),
        .notPositive: ("{0} is not a positive number", "{0} är inte ett positivt tal"),
        .isEmpty: ("is empty", "är tom"),
        .expectedText: ("expected text, found {0}", "här ska det stå en text, men det står {0}"),
        .expectedWholeNumber: ("expected a whole number, found {0}", "här ska det stå ett heltal, men det står {0}"),
        .expectedTrueOrFalse: ("expected true or false, found {0}", "här ska det stå true eller false, men det står {0}"),
        .expectedList: ("expected a list, found {0}", "här ska det stå en lista, men det står {0}"),
        .writeWithoutQuotes: ("write {0} without quotes", "skriv {0} utan citattecken"),
        .writeWithoutTag: ("write {0} without the tag", "skriv {0} utan taggen"),
        .unknownSchedule: ("unknown schedule \"{0}\"", "okänt schema \"{0}\""),
        .scheduleHint: ("monthly, quarterly, per_tertial, half_yearly, yearly, event_driven, {months: [3, 9]} or {tertials: [1, 2]}",
                        "monthly (månadsvis), quarterly (kvartalsvis), per_tertial (tertialvis), half_yearly (halvårsvis), yearly (årligen), event_driven (händelsestyrt), {months: [3, 9]} eller {tertials: [1, 2]}"),
        .kindMapping: ("a mapping (key: value pairs)", "en mappning (nyckel: värde-par)"),
        .kindList: ("a list", "en lista"),
        .kindAlias: ("an alias", "ett alias"),
        .kindNothing: ("nothing", "ingenting"),
        .kindNumber: ("the number {0}", "talet {0}"),
        .kindValue: ("the value {0}", "värdet {0}"),
        .kindText: ("the text \"{0}\"", "texten \"{0}\""),
        .kindTaggedText: ("the text \"{0}\" (tagged !!str)", "texten \"{0}\" (märkt !!str)"),

        .yamlSyntax: ("YAML syntax error: {0}", "fel i YAML-syntaxen: {0}"),
        .yamlContext: ("{0} at line {1}, column {2}", "{0} på rad {1}, kolumn {2}"),
        .yamlColonInText: ("the text after \"{0}:\" holds a colon followed by a space, which YAML reads as the start of a new key",
                           "texten efter \"{0}:\" innehåller ett kolon följt av mellanslag, som YAML läser som början på en ny nyckel"),
        .yamlLeadingCharacter: ("a text cannot start with {0} without quotes: YAML reads {0} as {1}",
                                "en text kan inte börja med {0} utan citattecken: YAML läser {0} som {1}"),
        .yamlUnclosedQuote: ("the quote {0} that opens here is never closed", "citattecknet {0} som börjar här avslutas aldrig"),
        .yamlUnclosedQuoteHint: ("end the text with {0} on the same line, e.g. {1}", "avsluta texten med {0} på samma rad, till exempel {1}"),
        .yamlTextAfterQuote: ("text follows the closing quote", "det står text efter det avslutande citattecknet"),
        .yamlIndentMore: ("this line is indented {0} spaces, one more than the line above ({1})",
                          "raden är indragen {0} blanksteg, ett mer än raden ovanför ({1})"),
        .yamlIndentLess: ("this line is indented {0} spaces, one less than the lines above ({1})",
                          "raden är indragen {0} blanksteg, ett mindre än raderna ovanför ({1})"),
        .yamlIndentHint: ("indent it {0} spaces, as the lines beside it: {1}", "dra in raden {0} blanksteg, som raderna bredvid: {1}"),
        .yamlMissingSpace: ("there is no space after the colon in \"{0}\"", "det saknas ett mellanslag efter kolonet i \"{0}\""),
        .yamlMissingSpaceHint: ("write a space after the colon: {0}", "skriv ett mellanslag efter kolonet: {0}"),
        .yamlTab: ("indent with spaces: YAML does not allow tabs for indentation",
                   "dra in med mellanslag: YAML tillåter inte tabbar som indrag"),
        .yamlUnreadable: ("YAML could not be read: {0}", "YAML-texten kunde inte läsas: {0}"),
        .putInQuotes: ("put the text in quotes: {0}", "sätt texten inom citattecken: {0}"),
        .duplicateKey: ("duplicate key \"{0}\"; first at line {1}", "nyckeln \"{0}\" står två gånger; första gången på rad {1}"),
        .duplicateKeys: ("duplicate key {0} in the same mapping", "nyckeln {0} står två gånger i samma mappning"),
        .duplicateKeyHint: ("each key may appear once in a mapping; remove or rename the repeat",
                            "varje nyckel får stå en gång i samma mappning; ta bort eller byt namn på den andra"),
        .meaningAlias: ("a reference to an anchor (alias)", "en hänvisning till ett ankare (alias)"),
        .meaningAnchor: ("an anchor name", "namnet på ett ankare"),
        .meaningTag: ("a type tag", "en typtagg"),
        .meaningReserved: ("a reserved character", "ett reserverat tecken"),
        .meaningDirective: ("a directive", "ett direktiv"),

        .textCutByComment: ("the text is cut at \" #\": YAML reads \"{0}\" as a comment and leaves it out",
                            "texten klipps av vid \" #\": YAML läser \"{0}\" som en kommentar och tar inte med det"),
        .textLosesPrefix: ("the text loses \"{0}\": YAML reads it as {1}", "texten tappar \"{0}\": YAML läser det som {1}"),

        .planFileEmpty: ("{0} is empty", "{0} är tom"),
        .planFileEmptyHint: ("start with the plan: mapping, see docs/plan-format.md", "börja med plan:, se docs/plan-format.md"),
        .notUTF8: ("{0} is not valid UTF-8", "{0} är inte giltig UTF-8"),
        .saveAsUTF8: ("save the file as UTF-8", "spara filen som UTF-8"),
        .planFolderMissing: ("the plan folder {0} does not exist", "planmappen {0} finns inte"),
        .planFolderMissingHint: ("give the folder that holds plan.yaml", "ange mappen där plan.yaml ligger"),
        .planFolderIsFile: ("{0} is a file, not a plan folder", "{0} är en fil, inte en planmapp"),
        .planFolderIsFileHint: ("give the folder that holds plan.yaml, not a file in it",
                                "ange mappen där plan.yaml ligger, inte en fil i den"),
        .noPlanFile: ("no {0} in {1}", "det finns ingen {0} i {1}"),
        .noPlanFileHint: ("a plan folder holds plan.yaml and the Markdown files it names",
                          "en planmapp innehåller plan.yaml och de Markdown-filer som den nämner"),
        .whatPlanFile: ("the plan file", "planfilen"),
        .whatMarkdownFile: ("Markdown file", "Markdown-filen"),
        .whatLogoFile: ("logo file", "logotypfilen"),
        .fileNotFound: ("{0} \"{1}\" not found in the plan folder", "{0} \"{1}\" finns inte i planmappen"),
        .fileNotFoundHint: ("check the name (it is relative to the plan folder, and case matters)",
                            "kontrollera namnet (det räknas från planmappen, och stora och små bokstäver spelar roll)"),
        .markdownFilesThere: ("Markdown files in {0}: {1}", "Markdown-filer i {0}: {1}"),
        .noMarkdownFilesThere: ("there is no Markdown file (.md) in {0}", "det finns ingen Markdown-fil (.md) i {0}"),
        .markdownFilesInPlanFolder: ("Markdown files in the plan folder: {0}", "Markdown-filer i planmappen: {0}"),
        .noMarkdownFilesInPlanFolder: ("there is no Markdown file (.md) in the plan folder", "det finns ingen Markdown-fil (.md) i planmappen"),
    ]
}
