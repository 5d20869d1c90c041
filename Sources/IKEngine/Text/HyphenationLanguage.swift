import Foundation

/// Which hyphenation dictionary a document language gets. The language comes from the plan
/// (`plan.language`, a BCP 47 tag); the engine has no language of its own.
public enum HyphenationLanguage {
    /// The languages ikplan hyphenates, by primary subtag.
    public static let supported = ["sv"]

    /// The dictionary for `tag` ("sv", "sv-SE", "sv-FI": Swedish); nil when ikplan hyphenates no such
    /// language (the text is then set without hyphenation).
    public static func dictionary(for tag: String) -> URL? {
        primary(tag) == "sv" ? Hyphenator.defaultDictionary : nil
    }

    /// "sv-SE" → "sv", lower-cased.
    public static func primary(_ tag: String) -> String {
        String(tag.trimmingCharacters(in: .whitespaces).split(separator: "-").first ?? "").lowercased()
    }
}
