import Foundation
import IKModel
import Yams

/// Typed reads of single values. Each reports its own problem at the value's position and
/// returns nil, so the caller just skips what could not be read and carries on.
extension YAMLField {
    private var isPlainScalar: Bool {
        guard case .scalar(let s) = node else { return false }
        return s.style == .plain || s.style == .any
    }

    /// Any scalar, as written; block scalars lose their trailing newline. Numbers are accepted as
    /// text (`version: 1.0` is "1.0"), because the source text is what the author meant.
    /// - Parameter maxLength: for texts printed where room is fixed (running heads, signature lines).
    func text(maxLength: Int? = nil, printedIn place: String = "the running heads") -> String? {
        guard let raw = sourceText, !isNull else {
            error(Messages.text(.expectedText, kindDescription))
            return nil
        }
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty else {
            error(Messages.text(.isEmpty))
            return nil
        }
        warnAboutLostText(raw)
        // Control characters cannot be printed (they come out as boxes of hex digits); tabs and line
        // breaks are layout, not characters.
        if let bad = s.unicodeScalars.first(where: ControlCharacters.isForbidden) {
            error(Messages.text(.controlCharacter, ControlCharacters.name(bad)), hint: Messages.text(.controlCharacterHint))
            return nil
        }
        // Only soft hyphens, zero-width spaces and the like: nothing would be printed.
        guard s.unicodeScalars.contains(where: { $0.properties.generalCategory != .format && !$0.properties.isWhitespace }) else {
            error(Messages.text(.onlyInvisible))
            return nil
        }
        if let maxLength, s.count > maxLength {
            error("is \(s.count) characters long; at most \(maxLength) fit in \(place)", hint: "shorten it")
            return nil
        }
        return s
    }

    /// A plain text whose line goes on past what YAML read: `how: Egenkontroll, se rutin #3` is read as
    /// "Egenkontroll, se rutin", and nothing else would say so.
    private func warnAboutLostText(_ raw: String) {
        guard isPlainScalar, let source, let loss = source.loss(of: raw, at: position) else { return }
        let message: String
        switch loss.kind {
        case .comment: message = Messages.text(.textCutByComment, loss.lost)
        case .anchor: message = Messages.text(.textLosesPrefix, loss.lost, Messages.text(.meaningAnchor))
        case .tag: message = Messages.text(.textLosesPrefix, loss.lost, Messages.text(.meaningTag))
        }
        warning(message, hint: Messages.text(.putInQuotes, loss.fixedLine))
    }

    /// A whole number written without quotes.
    func integer() -> Int? {
        guard let raw = sourceText, !isNull else {
            error(Messages.text(.expectedWholeNumber, kindDescription))
            return nil
        }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        let looksWhole = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        guard looksWhole, let n = Int(raw) else {
            error(Messages.text(.expectedWholeNumber, kindDescription))
            return nil
        }
        // A number is what YAML reads as one: an explicit tag (`!!str 2`) says "text" as quotes do.
        guard isPlainScalar, scalarTag == .int else {
            error(Messages.text(.expectedWholeNumber, kindDescription),
                  hint: Messages.text(isPlainScalar ? .writeWithoutTag : .writeWithoutQuotes, raw))
            return nil
        }
        return n
    }

    /// `true` or `false` (YAML 1.1's yes/no/on/off are accepted too, as YAML itself reads them).
    func boolean() -> Bool? {
        if isPlainScalar, scalarTag == .bool, let s = sourceText, let b = YAMLScalarType.bool(s) { return b }
        error(Messages.text(.expectedTrueOrFalse, kindDescription))
        return nil
    }

    /// `YYYY-MM-DD`, quoted or not, and the day must exist.
    func date() -> CalendarDate? {
        guard let raw = sourceText, !isNull else {
            error(Messages.text(.expectedDate, kindDescription))
            return nil
        }
        if let d = CalendarDate(iso: raw) { return d }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let y = Int(parts[0]), let m = Int(parts[1]), Int(parts[2]) != nil {
            if !(1...12).contains(m) {
                error(Messages.text(.noSuchMonth, raw, m), hint: Messages.text(.datesAreWritten))
            } else {
                let days = CalendarDate.daysIn(month: m, year: y)
                error(Messages.text(.noSuchDay, raw, Self.monthName(m), y, days),
                      hint: Messages.text(.datesAreWritten))
            }
        } else {
            error(Messages.text(.expectedDate, kindDescription), hint: Messages.text(.datesAreWrittenExample))
        }
        return nil
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]
    private static let swedishMonthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                            "augusti", "september", "oktober", "november", "december"]

    /// The month's name in the message language, for "February 2026 has 28 days".
    static func monthName(_ month: Int) -> String {
        let names = Messages.language == .swedish ? swedishMonthNames : monthNames
        return names.indices.contains(month - 1) ? names[month - 1] : "\(month)"
    }

    /// A KLASSA code, taken from the source text: YAML reads `2.4` as a float and `3` as an int,
    /// but the author wrote a code.
    func klassaCode() -> KlassaCode? {
        guard let raw = sourceText, !isNull else {
            error(Messages.text(.expectedKlassaCode, kindDescription))
            return nil
        }
        guard let code = KlassaCode(raw) else {
            error(Messages.text(.notAKlassaCode, raw), hint: Messages.text(.klassaCodeHint))
            return nil
        }
        return code
    }

    /// `HH:MM`, 00:00–23:59. Taken from the source text, since YAML 1.1 reads an unquoted 10:00 as 600.
    func clockTime() -> String? {
        guard let raw = sourceText, !isNull else {
            error(Messages.text(.expectedTime, kindDescription))
            return nil
        }
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else {
            error(Messages.text(.notATime, raw), hint: Messages.text(.timeHint))
            return nil
        }
        return raw
    }

    /// The elements of a list, each with its own path `key[i]`.
    func list() -> [YAMLField]? {
        guard case .sequence(let seq) = node else {
            error(Messages.text(.expectedList, kindDescription))
            return nil
        }
        return seq.enumerated().map { element($0.element, index: $0.offset) }
    }
}
