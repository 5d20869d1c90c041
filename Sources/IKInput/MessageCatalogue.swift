/// The id of one message in `MessageCatalogue.table`. Ids are stable: tests and translators refer to them.
public enum MessageID: String, CaseIterable, Sendable {
    // The validate/render summary and the parts of a diagnostic line.
    case nothingWritten, summaryNoProblems, summaryErrorOne, summaryErrorMany, summaryWarningOne, summaryWarningMany
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
    // Rules on values.
    case statusReadAs, statusReadAsHint, unknownStatus, statusIsOneOf, riskNumberTwice, riskNumberTwiceHint, valueMismatch, valueMismatchHint, riskWithoutValue, riskWithoutValueHint, riskHandledUnknown, riskHandledUnknownHint, riskHandledWithoutMeasure, riskHandledWithoutMeasureHint, riskNotHandledWithActions, riskNotHandledWithActionsHint, listsNoRisk, endDateBeforePlanYear, endDateBeforePlanYearHint, namesNoRisk, unknownRisk, planHasNoRisks, riskNumbersInPlan, controlCharacter, controlCharacterHint, onlyInvisible, expectedDate, noSuchMonth, datesAreWritten, noSuchDay, datesAreWrittenExample, expectedKlassaCode, notAKlassaCode, klassaCodeHint, expectedTime, notATime, timeHint, scheduleBoth, monthOutside, tertialOutside, samplesNotPositive, notASampleCount, rangeBackwards, rangeBackwardsHint, eventDrivenUndated, eventDrivenUndatedHint
    // Rules on areas, processes and the meeting.
    case listsNoArea, badAreaID, forExample, areaIDTwice, listsNoProcess, processTwice, unknownArea, planHasNoAreas, areasInPlan, unknownProcess, didYouMeanCode, processMustBeListed, endNotAfterStart, endWithoutStart, endWithoutStartHint, unknownRole
    // Shapes and files.
    case aMapping, expectedWhat, planMapping, aSchedule, proseOrFile, danglingLink, danglingLinkHint, leadsOutside, leadsOutsideHint, notAFile, notAFileHint, kindFolder, kindPipe, kindDevice, kindSocket, kindOther
    // YAML characters outside a value.
    case yamlCharacterHere, yamlRemoveOrQuote
    // Prose.
    case imageNotPrintable, imageNotPrintableHint, unknownFigure, knownFigures, markdownUnparsable
    // libyaml problems in Swedish.
    case libyamlNoKey, libyamlNoColon, libyamlNoDash, libyamlMappingValues, libyamlBadCharacter, libyamlEndOfFile, libyamlUndefinedAlias, libyamlTab
    // What the commands print about their run.
    case cliError, cliWarning, cliNothingWritten, wroteTimed, wrote, wroteFile, mergedInto, nothingNew, doneIn, pageOne, pageMany
    case removedOld, noOccasion, seedSheets, sheetOne, sheetMany, andMoreFiles, notATertial, tertialHintBoard, tertialHint
    case noFilledPDF, fileUnreadable, noFormFields, notAPDF, notTaken, populationTooSmall
}

/// Every translated message in English and Swedish, in one place, so a translator sees them together
/// and a test can check that both languages have the same placeholders.
public enum MessageCatalogue {
    public static let table: [MessageID: (en: String, sv: String)] = [
        .nothingWritten: ("{0}: {1}; nothing written", "{0}: {1}; inget har skrivits"),
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
        .yamlColonInText: ("the text after \"{0}:\" holds a colon followed by a space (or ending the line), which YAML reads as the start of a new key",
                           "texten efter \"{0}:\" innehåller ett kolon följt av mellanslag (eller sist på raden), som YAML läser som början på en ny nyckel"),
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

        .statusReadAs: ("status \"{0}\" read as \"{1}\"", "statusen \"{0}\" lästes som \"{1}\""),
        .statusReadAsHint: ("write it \"{0}\", with å, ä and ö", "skriv \"{0}\", med å, ä och ö"),
        .unknownStatus: ("unknown status \"{0}\"", "okänd status \"{0}\""),
        .statusIsOneOf: ("status is one of: {0}", "status är en av: {0}"),
        .riskNumberTwice: ("risk number {0} is used twice; first at line {1}", "risknummer {0} används två gånger; första gången på rad {1}"),
        .riskNumberTwiceHint: ("every risk needs its own number", "varje risk behöver ett eget nummer"),
        .valueMismatch: ("value {0} is not probability × consequence = {1} × {2} = {3}", "värdet {0} är inte sannolikhet × konsekvens = {1} × {2} = {3}"),
        .valueMismatchHint: ("write {0}, or leave value out to have it computed", "skriv {0}, eller ta bort value så räknas det ut"),
        .riskWithoutValue: ("risk {0} has no value: it prints as unknown and stays out of the risk matrix", "risk {0} har inget värde: den skrivs ut som okänd och kommer inte med i riskmatrisen"),
        .riskWithoutValueHint: ("add probability and consequence (1–4 each), or the value the plan prints", "lägg till probability och consequence (1–4 vardera), eller värdet som planen anger"),
        .riskHandledUnknown: ("risk {0} does not say whether it is handled: it prints as unknown", "risk {0} säger inte om den hanteras: det skrivs ut som okänt"),
        .riskHandledUnknownHint: ("add handled: true or handled: false when the plan says", "lägg till handled: true eller handled: false när planen säger det"),
        .riskHandledWithoutMeasure: ("risk {0} is handled but has neither an action nor a control", "risk {0} hanteras men har varken en åtgärd eller en kontroll"),
        .riskHandledWithoutMeasureHint: ("add an action or a control for risk {0}, or set handled: false", "lägg till en åtgärd eller en kontroll för risk {0}, eller skriv handled: false"),
        .riskNotHandledWithActions: ("risk {0} is not handled but has actions", "risk {0} hanteras inte men har åtgärder"),
        .riskNotHandledWithActionsHint: ("set handled: true, or remove risk {0} from the actions", "skriv handled: true, eller ta bort risk {0} från åtgärderna"),
        .listsNoRisk: ("lists no risk", "innehåller ingen risk"),
        .endDateBeforePlanYear: ("end date {0} lies before the plan year {1}, but the status is \"{2}\"", "slutdatumet {0} ligger före planåret {1}, men statusen är \"{2}\""),
        .endDateBeforePlanYearHint: ("set status: klar if the action is done, or move the end date into {0}", "skriv status: klar om åtgärden är klar, eller flytta slutdatumet till {0}"),
        .namesNoRisk: ("names no risk", "nämner ingen risk"),
        .unknownRisk: ("unknown risk {0}", "okänd risk {0}"),
        .planHasNoRisks: ("the plan declares no risks", "planen har inga risker"),
        .riskNumbersInPlan: ("risk numbers in this plan: {0}", "risknummer i planen: {0}"),
        .controlCharacter: ("contains the control character {0}, which cannot be printed", "innehåller styrtecknet {0}, som inte går att skriva ut"),
        .controlCharacterHint: ("remove it; it often comes with text copied from another program", "ta bort det; det följer ofta med text som kopierats från ett annat program"),
        .onlyInvisible: ("is empty: it holds only invisible characters", "är tom: den innehåller bara osynliga tecken"),
        .expectedDate: ("expected a date YYYY-MM-DD, found {0}", "här ska det stå ett datum ÅÅÅÅ-MM-DD, men det står {0}"),
        .noSuchMonth: ("{0} is not a valid date: there is no month {1}", "{0} är inget giltigt datum: det finns ingen månad {1}"),
        .datesAreWritten: ("dates are written YYYY-MM-DD", "datum skrivs ÅÅÅÅ-MM-DD"),
        .noSuchDay: ("{0} is not a valid date: {1} {2} has {3} days", "{0} är inget giltigt datum: {1} {2} har {3} dagar"),
        .datesAreWrittenExample: ("dates are written YYYY-MM-DD, e.g. 2026-08-31", "datum skrivs ÅÅÅÅ-MM-DD, till exempel 2026-08-31"),
        .expectedKlassaCode: ("expected a KLASSA code such as 2.4.1.2, found {0}", "här ska det stå en KLASSA-kod som 2.4.1.2, men det står {0}"),
        .notAKlassaCode: ("\"{0}\" is not a KLASSA code", "\"{0}\" är ingen KLASSA-kod"),
        .klassaCodeHint: ("a KLASSA code is 1 to 4 numbers separated by dots, e.g. 2.4.1.2", "en KLASSA-kod är 1 till 4 tal med punkt emellan, till exempel 2.4.1.2"),
        .expectedTime: ("expected a time HH:MM, found {0}", "här ska det stå en tid TT:MM, men det står {0}"),
        .notATime: ("\"{0}\" is not a time HH:MM", "\"{0}\" är ingen tid TT:MM"),
        .timeHint: ("write the time with two-digit hours and minutes, e.g. \"09:30\"", "skriv tiden med två siffror för timmar och minuter, till exempel \"09:30\""),
        .scheduleBoth: ("a schedule gives either months or tertials, not both", "ett schema anger antingen months eller tertials, inte båda"),
        .monthOutside: ("month {0} is outside {1}–{2}", "månad {0} ligger utanför {1}–{2}"),
        .tertialOutside: ("tertial {0} is outside {1}–{2}", "tertial {0} ligger utanför {1}–{2}"),
        .samplesNotPositive: ("{0} samples is not a positive number", "{0} stickprov är inte ett positivt antal"),
        .notASampleCount: ("\"{0}\" is not a number of samples", "\"{0}\" är inget antal stickprov"),
        .rangeBackwards: ("the range {0} runs backwards: {1} is more than {2}", "intervallet {0} går baklänges: {1} är mer än {2}"),
        .rangeBackwardsHint: ("write the smaller number first: \"{0}\"", "skriv det mindre talet först: \"{0}\""),
        .eventDrivenUndated: ("an event-driven control gets one undated checklist sheet and no place in the year overview", "en händelsestyrd kontroll får ett odaterat checklistblad och ingen plats i årsöversikten"),
        .eventDrivenUndatedHint: ("when the events fall in known months, write schedule: {months: [3, 10]} to get a dated sheet for each", "när händelserna infaller i kända månader, skriv schedule: {months: [3, 10]} för att få ett daterat blad för varje"),

        .listsNoArea: ("lists no area", "innehåller inget område"),
        .badAreaID: ("area id \"{0}\" must be lower-case letters, digits, - or _", "områdets id \"{0}\" får bara innehålla små bokstäver, siffror, - och _"),
        .forExample: ("e.g. {0}", "till exempel {0}"),
        .areaIDTwice: ("area id \"{0}\" is used twice; first at line {1}", "områdets id \"{0}\" används två gånger; första gången på rad {1}"),
        .listsNoProcess: ("lists no process", "innehåller ingen process"),
        .processTwice: ("process {0} is listed twice; first at line {1}", "processen {0} står två gånger; första gången på rad {1}"),
        .unknownArea: ("unknown area \"{0}\"", "okänt område \"{0}\""),
        .planHasNoAreas: ("the plan declares no areas", "planen har inga områden"),
        .areasInPlan: ("areas in this plan: {0}", "områden i planen: {0}"),
        .unknownProcess: ("unknown process {0}", "okänd process {0}"),
        .didYouMeanCode: ("did you mean {0}?", "menade du {0}?"),
        .processMustBeListed: ("the process must be listed under processes", "processen måste stå under processes"),
        .endNotAfterStart: ("end_time {0} is not after start_time {1}", "end_time {0} är inte senare än start_time {1}"),
        .endWithoutStart: ("end_time without start_time is not printed", "end_time utan start_time skrivs inte ut"),
        .endWithoutStartHint: ("add start_time, e.g. \"10:00\"", "lägg till start_time, till exempel \"10:00\""),
        .unknownRole: ("unknown signatory role \"{0}\"", "okänd roll \"{0}\" för den som skriver under"),

        .aMapping: ("a mapping", "en mappning"),
        .expectedWhat: ("expected {0}, found {1}", "här ska det stå {0}, men det står {1}"),
        .planMapping: ("a mapping with plan, areas, processes and risks", "en mappning med plan, areas, processes och risks"),
        .aSchedule: ("a schedule", "ett schema"),
        .proseOrFile: ("prose text or {file: name.md}", "en text eller {file: namn.md}"),
        .danglingLink: ("{0} \"{1}\" is a symbolic link to {2}, which does not exist", "{0} \"{1}\" är en symbolisk länk till {2}, som inte finns"),
        .danglingLinkHint: ("replace the link with the file itself", "ersätt länken med själva filen"),
        .leadsOutside: ("{0} \"{1}\" leads outside the plan folder (to {2}); ikplan reads only files inside the plan folder", "{0} \"{1}\" leder ut ur planmappen (till {2}); ikplan läser bara filer i planmappen"),
        .leadsOutsideHint: ("copy the file into the plan folder instead of linking to it", "kopiera filen till planmappen i stället för att länka till den"),
        .notAFile: ("{0} \"{1}\" is {2}, not a file", "{0} \"{1}\" är {2}, inte en fil"),
        .notAFileHint: ("name a regular file in the plan folder", "ange en vanlig fil i planmappen"),
        .kindFolder: ("a folder", "en mapp"),
        .kindPipe: ("a named pipe (FIFO)", "en namngiven rörledning (FIFO)"),
        .kindDevice: ("a device", "en enhetsfil"),
        .kindSocket: ("a socket", "en socket"),
        .kindOther: ("not a regular file", "inte en vanlig fil"),

        .yamlCharacterHere: ("{0} cannot stand here: YAML reads {0} as {1}", "{0} kan inte stå här: YAML läser {0} som {1}"),
        .yamlRemoveOrQuote: ("remove the {0}, or put the text in quotes", "ta bort {0}, eller sätt texten inom citattecken"),

        .imageNotPrintable: ("image \"{0}\" cannot be printed: only figures drawn by ikplan are supported", "bilden \"{0}\" kan inte skrivas ut: bara figurer som ikplan ritar går att använda"),
        .imageNotPrintableHint: ("place a figure with ![caption](ikplan:name); known names: {0}", "placera en figur med ![bildtext](ikplan:namn); kända namn: {0}"),
        .unknownFigure: ("unknown figure \"{0}\"", "okänd figur \"{0}\""),
        .knownFigures: ("known figures: {0}", "kända figurer: {0}"),
        .markdownUnparsable: ("the Markdown could not be parsed", "Markdown-texten kunde inte läsas"),

        .libyamlNoKey: ("did not find the next key", "hittade inte nästa nyckel"),
        .libyamlNoColon: ("could not find the \":\" after a key", "hittade inget \":\" efter en nyckel"),
        .libyamlNoDash: ("did not find the \"-\" of the next list item", "hittade inte \"-\" för nästa punkt i listan"),
        .libyamlMappingValues: ("a \": \" that cannot stand here", "ett \": \" som inte kan stå här"),
        .libyamlBadCharacter: ("a character that cannot start anything here", "ett tecken som inte kan inleda något här"),
        .libyamlEndOfFile: ("the file ends in the middle of something", "filen tar slut mitt i något"),
        .libyamlUndefinedAlias: ("an alias (*name) with no anchor (&name) before it", "ett alias (*namn) utan ankare (&namn) före"),
        .libyamlTab: ("a tab where YAML needs spaces for indentation", "en tabb där YAML kräver mellanslag som indrag"),

        .cliError: ("ikplan: error: {0}", "ikplan: fel: {0}"),
        .cliWarning: ("ikplan: warning: {0}", "ikplan: varning: {0}"),
        .cliNothingWritten: ("ikplan: nothing written", "ikplan: inget har skrivits"),
        .wroteTimed: ("wrote {0}: {1}, {2} ms", "skrev {0}: {1}, {2} ms"),
        .wrote: ("wrote {0}: {1}", "skrev {0}: {1}"),
        .wroteFile: ("wrote {0}", "skrev {0}"),
        .mergedInto: ("merged into {0}", "förde in i {0}"),
        .nothingNew: ("nothing new: {0} left as it was", "inget nytt: {0} lämnades som den var"),
        .doneIn: ("done in {0} ms", "klart på {0} ms"),
        .pageOne: ("{0} page", "{0} sida"),
        .pageMany: ("{0} pages", "{0} sidor"),
        .removedOld: ("removed {0}: an earlier run's output that this plan no longer produces",
                      "tog bort {0}: en fil från en tidigare körning som planen inte längre ger"),
        .noOccasion: ("ikplan: the selection holds no occasion; nothing written", "ikplan: urvalet innehåller inget tillfälle; inget har skrivits"),
        .seedSheets: ("seed {0}, {1}", "frö {0}, {1}"),
        .sheetOne: ("{0} sheet", "{0} blad"),
        .sheetMany: ("{0} sheets", "{0} blad"),
        .andMoreFiles: ("… and {0} more, {1} files in {2}", "… och {0} till, {1} filer i {2}"),
        .notATertial: ("\"{0}\" is not a tertial of {1}", "\"{0}\" är inget tertial under {1}"),
        .tertialHintBoard: ("give --period T1, T2 or T3: the board follows the plan up at the end of April, August and December",
                            "ange --period T1, T2 eller T3: nämnden följer upp planen i slutet av april, augusti och december"),
        .tertialHint: ("give --period T1, T2 or T3", "ange --period T1, T2 eller T3"),
        .noFilledPDF: ("no filled PDF given", "ingen ifylld PDF angiven"),
        .fileUnreadable: ("{0}: cannot be read (no such file, or not allowed)", "{0}: kan inte läsas (filen finns inte, eller läsning är inte tillåten)"),
        .noFormFields: ("{0}: has no form fields; was it printed with checklists --fillable?",
                        "{0}: har inga formulärfält; skrevs den ut med checklists --fillable?"),
        .notAPDF: ("{0}: cannot be read as a PDF ({1})", "{0}: kan inte läsas som PDF ({1})"),
        .notTaken: ("not taken: {0}", "togs inte med: {0}"),
        .populationTooSmall: ("{0}: warning: it holds {1} units but a control draws {2} per occasion; those sheets list all {1}",
                              "{0}: varning: den innehåller {1} enheter men en kontroll drar {2} per tillfälle; de bladen listar alla {1}"),
    ]
}
