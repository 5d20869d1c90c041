import CHyphen
import Foundation

/// Swedish dictionary hyphenation for Pango, which has none of its own (Pango 1.50).
///
/// `hyphenate(_:)` returns the text with U+00AD (soft hyphen) inserted at libhyphen's break points in
/// long words, and U+200B (zero-width space) after a slash between two letters. Pango breaks a line at
/// a soft hyphen and draws a hyphen only when it does; both marks are invisible otherwise, so removing
/// them gives back the input exactly (see `removingBreakMarks(_:)`).
///
/// What is left alone, byte for byte: white space, punctuation, words shorter than `minWordLength`,
/// words with letters outside Latin-1 (the dictionary is ISO-8859-1), and whole white-space-separated
/// tokens that hold digits, an `@`, `://`, a dot before a letter (URLs, e-mail addresses,
/// "98/99:66", "ange.se") or an existing U+00AD / U+200B (the author has already chosen the breaks).
///
/// Thread safety: one lock guards the dictionary and the per-word cache, so an instance may be shared;
/// calls from several threads are serialised. Hyphenating a 16-page document takes a few milliseconds,
/// so that is not a bottleneck.
public final class Hyphenator: @unchecked Sendable {
    /// Debian's hyphen-sv dictionary.
    public static let defaultDictionary = URL(fileURLWithPath: "/usr/share/hyphen/hyph_sv_SE.dic")
    public static let softHyphen: Unicode.Scalar = "\u{AD}"
    public static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    /// Words with fewer letters are not hyphenated: breaking short words gains little and looks fussy.
    public let minWordLength: Int
    /// Fewest letters before / after a break. The .dic states LEFTHYPHENMIN 1 and RIGHTHYPHENMIN 2;
    /// Swedish typography wants at least two letters on each side (no "e-konomi"), so the larger wins.
    public let leftMin: Int
    public let rightMin: Int

    private let dict: UnsafeMutablePointer<HyphenDict>
    private let lock = NSLock()
    /// Break offsets per lower-cased Latin-1 word. Bounded: cleared when it grows past `cacheLimit`.
    private var cache: [[UInt8]: [Int]] = [:]
    private static let cacheLimit = 50_000
    /// Longer letter runs are not words (hashes, garbage) and are neither cached nor hyphenated
    /// beyond this; it also keeps sizes far from libhyphen's `int` arithmetic.
    private static let cacheableLength = 64
    private static let longestWord = 100_000

    /// - Parameters:
    ///   - dictionary: a libhyphen `.dic` file in ISO-8859-1 (the Swedish one by default).
    /// - Throws: `EngineError.io` when the file is missing or libhyphen cannot read it.
    public init(dictionary: URL = Hyphenator.defaultDictionary,
                minWordLength: Int = 7, leftMin: Int = 2, rightMin: Int = 2) throws {
        guard FileManager.default.isReadableFile(atPath: dictionary.path) else {
            throw EngineError.io("hyphenation dictionary \(dictionary.path) is missing or unreadable "
                + "(on Debian it comes with the package hyphen-sv)")
        }
        guard let dict = hnj_hyphen_load(dictionary.path) else {
            throw EngineError.io("libhyphen could not read \(dictionary.path) as a hyphenation dictionary")
        }
        self.dict = dict
        self.minWordLength = max(1, minWordLength)
        self.leftMin = max(leftMin, Int(dict.pointee.lhmin), 1)
        self.rightMin = max(rightMin, Int(dict.pointee.rhmin), 1)
    }

    deinit { hnj_hyphen_free(dict) }

    /// The text with soft hyphens at the break points of its long words and zero-width spaces after
    /// slashes inside words; nothing else changes.
    public func hyphenate(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return text }
        var out = String.UnicodeScalarView()
        lock.lock()
        defer { lock.unlock() }
        var i = 0
        while i < scalars.count {
            if Self.isSpace(scalars[i]) {
                out.append(scalars[i])
                i += 1
                continue
            }
            var end = i
            while end < scalars.count, !Self.isSpace(scalars[end]) { end += 1 }
            appendToken(scalars[i..<end], to: &out)
            i = end
        }
        return String(out)
    }

    /// The text without the marks `hyphenate(_:)` inserts (U+00AD and U+200B).
    public static func removingBreakMarks(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != softHyphen && $0 != zeroWidthSpace })
        return String(out)
    }

    // MARK: - Tokens and words

    /// One white-space-free token: words (letter runs) are hyphenated, slashes between letters get a
    /// zero-width space, everything else is copied.
    private func appendToken(_ token: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        guard token.count >= 3, !Self.isVerbatim(token) else {
            out.append(contentsOf: token)
            return
        }
        var k = token.startIndex
        while k < token.endIndex {
            let s = token[k]
            if Self.isWordScalar(s) {
                var end = k
                while end < token.endIndex, Self.isWordScalar(token[end]) { end += 1 }
                appendWord(token[k..<end], to: &out)
                k = end
                continue
            }
            out.append(s)
            if s == "/", k > token.startIndex, k + 1 < token.endIndex,
               Self.isWordScalar(token[k - 1]), Self.isWordScalar(token[k + 1]) {
                out.append(Self.zeroWidthSpace)
            }
            k += 1
        }
    }

    private func appendWord(_ word: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        guard word.count >= minWordLength, word.count <= Self.longestWord,
              let key = Self.lowerLatin1(word) else {
            out.append(contentsOf: word)
            return
        }
        let breaks: [Int]
        if let cached = cache[key] {
            breaks = cached
        } else {
            breaks = computeBreaks(key)
            if key.count <= Self.cacheableLength {
                if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
                cache[key] = breaks
            }
        }
        var last = word.startIndex
        for offset in breaks {
            let at = word.startIndex + offset
            out.append(contentsOf: word[last..<at])
            out.append(Self.softHyphen)
            last = at
        }
        out.append(contentsOf: word[last...])
    }

    /// Offsets (in letters, strictly inside the word) before which a break is allowed.
    private func computeBreaks(_ word: [UInt8]) -> [Int] {
        let n = word.count
        guard n >= 2 else { return [] }
        // NUL-terminated: libhyphen uses strstr on the word for NOHYPHEN rules.
        var cword = [CChar](repeating: 0, count: n + 1)
        for (i, b) in word.enumerated() { cword[i] = CChar(bitPattern: b) }
        // hyphen.h: the hyphens buffer must hold word_size + 5.
        var hyphens = [CChar](repeating: 0, count: n + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let status = hnj_hyphen_hyphenate2(dict, cword, Int32(n), &hyphens, nil, &rep, &pos, &cut)
        defer {
            if let rep {
                for i in 0..<n { free(rep[i]) }
                free(rep)
            }
            free(pos)
            free(cut)
        }
        guard status == 0 else { return [] }
        var breaks: [Int] = []
        for i in 0..<(n - 1) where hyphens[i] & 1 == 1 {
            let offset = i + 1
            guard offset >= leftMin, n - offset >= rightMin else { continue }
            // Non-standard hyphenation (letters change at the break): not expressible with U+00AD.
            if let rep, rep[i] != nil { continue }
            breaks.append(offset)
        }
        return breaks
    }

    // MARK: - Character classes

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// Letters and combining marks: a mark never starts a break, so a decomposed "å" stays whole
    /// (and, being outside Latin-1, keeps its word unhyphenated).
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0xC0 && v <= 0xFF { return v != 0xD7 && v != 0xF7 }
        if s.properties.isAlphabetic { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Tokens copied untouched: URLs, e-mail addresses, anything with digits, and text that already
    /// carries break marks.
    private static func isVerbatim(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for (k, s) in zip(token.indices, token) {
            switch s {
            case "@", softHyphen, zeroWidthSpace, "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}":
                return true
            case "0"..."9":
                return true
            case ":" where k + 2 < token.endIndex && token[k + 1] == "/" && token[k + 2] == "/":
                return true
            default:
                if s.value >= 0x80, s.properties.numericType != nil { return true }
                if previous == ".", k - 1 > token.startIndex, isWordScalar(s) { return true }
            }
            previous = s
        }
        return false // "www.…" and other domains are caught by the dot before a letter
    }

    /// Lower-cased ISO-8859-1 bytes, or nil when a scalar lies outside Latin-1.
    private static func lowerLatin1(_ word: ArraySlice<Unicode.Scalar>) -> [UInt8]? {
        var bytes = [UInt8]()
        bytes.reserveCapacity(word.count)
        for s in word {
            guard s.value <= 0xFF else { return nil }
            var b = UInt8(s.value)
            if (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && b <= 0xDE && b != 0xD7) { b += 0x20 }
            bytes.append(b)
        }
        return bytes
    }
}
