/// Words libhyphen's Swedish patterns break badly, with the breaks a Swedish reader expects: at the joints
/// of a compound first, within a part only between syllables. Each entry also applies inside longer words
/// ("riskinventeringen", "personalriskinventering"): the patterns' breaks within the entry's letters are
/// replaced by the entry's. Seen in the Ånge plan: riskin-ventering, fö-rebyggande, medar-betare,
/// ar-betsmiljöarbete; and compounds broken inside a part rather than at the joint (resurspla-nering,
/// styrdoku-ment). An entry without "-" is never broken inside, so the compound breaks at its joints.
/// Add a word here, with a test in HyphenatorTests, when a page shows a bad break.
public enum HyphenationExceptions {
    public static let swedish: [String] = [
        "risk-inven-te-ring",
        "före-byg-gan-de",
        "före-byg-ga",
        "med-ar-be-ta-re",
        "med-ar-be-tar-na",
        "arbets-miljö",
        "re-sul-tat-styr-ning",
        "kommun-sty-rel-sen",
        "kommu-nen",
        "kommu-nens",
        "styr-dokument",
        "planering",
        "planer",
    ]
}
