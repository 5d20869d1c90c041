import Foundation

/// The language ikplan speaks to its user: Swedish when the locale is Swedish, English otherwise.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case swedish = "sv"

    /// POSIX order: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides;
    /// a value starting with `sv` (`sv_SE.UTF-8`, `sv_FI`, `sv`) means Swedish.
    public static func from(environment: [String: String]) -> MessageLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sv") ? .swedish : .english
        }
        return .english
    }
}

/// Every text ikplan shows a user that has been translated, looked up by id in `MessageCatalogue.table`.
/// `{0}`, `{1}`… in a text are replaced by the arguments in order.
public enum Messages {
    /// The language of this task's messages. A task-local, so a test can ask for one language around a call
    /// (`Messages.$language.withValue(.swedish) { … }`) without touching the process environment.
    @TaskLocal public static var language: MessageLanguage = .from(environment: ProcessInfo.processInfo.environment)

    /// The text of `id` in the current language, with `{n}` replaced by `arguments[n]`.
    public static func text(_ id: MessageID, _ arguments: CustomStringConvertible...) -> String {
        text(id, arguments: arguments.map(\.description), in: language)
    }

    public static func text(_ id: MessageID, arguments: [String], in language: MessageLanguage) -> String {
        guard let entry = MessageCatalogue.table[id] else { return id.rawValue }
        return fill(language == .swedish ? entry.sv : entry.en, arguments)
    }

    /// One pass over the template, so a user's text that holds `{1}` is never filled in again.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let n = Int(digits), n < arguments.count {
                out += arguments[n]
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    /// `1 error` / `2 errors`, `1 fel` / `2 fel`: the count with the word for one or for many.
    public static func count(_ n: Int, one: MessageID, many: MessageID) -> String {
        text(n == 1 ? one : many, n)
    }
}
