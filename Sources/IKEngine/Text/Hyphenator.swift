import CHyphen
import Foundation

/// Swedish dictionary hyphenation (Pango 1.50 has none of its own), with an exceptions list for words the
/// patterns break badly (`HyphenationExceptions`).
///
/// `hyphenate(_:)` returns the text with U+00AD (soft hyphen) inserted at libhyphen's break points in
/// long words, and U+200B (zero-width space) after a slash between two letters. The paragraph builder
/// reads the marks as hyphenation points and break opportunities and takes them out of the text again;
/// removing them gives back the input exactly (see `removingBreakMarks(_:)`).
///
/// What is left alone, byte for byte: white space, punctuation, words shorter than `minWordLength`,
/// words with letters outside Latin-1 (the dictionary is ISO-8859-1), and whole white-space-separated
/// tokens that hold digits, an `@`, `://`, a dot before a letter (URLs, e-mail addresses,
/// "98/99:66", "ange.se") or an existing U+00AD / U+200B (the author has already chosen the breaks).
///
/// Thread safety: one lock guards the dictionary and the per-word cache, so an instance may be shared;
/// calls from several threads are serialised. That costs little: ~20 KB of Swedish prose (a 16-page
/// plan) hyphenates in about 0.5 ms in a release build, thanks to the per-word cache and byte-level scan.
public final class Hyphenator: @unchecked Sendable {
    /// Debian's hyphen-sv dictionary.
    public static let defaultDictionary = URL(fileURLWithPath: "/usr/share/hyphen/hyph_sv_SE.dic")
    public static let softHyphen: Unicode.Scalar = "\u{AD}"
    public static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    /// Words with fewer letters are not hyphenated: breaking short words gains little and looks fussy.
    public let minWordLength: Int
    /// Fewest letters before / after a break. The .dic states LEFTHYPHENMIN 1 and RIGHTHYPHENMIN 2;
    /// we want at least two before (no "e-konomi") and three after (no "arbe-te"), so the larger wins.
    public let leftMin: Int
    public let rightMin: Int

    private let dict: UnsafeMutablePointer<HyphenDict>
    /// Exception words as lower-cased Latin-1 letters and their break offsets (see `HyphenationExceptions`).
    private let exceptions: [(letters: [UInt8], breaks: [Int])]
    private let lock = NSLock()
    /// Break offsets per lower-cased Latin-1 word. Bounded: cleared when it grows past `cacheLimit`.
    private var cache: [[UInt8]: [Int]] = [:]
    private static let cacheLimit = 50_000
    /// Longer letter runs are not Swedish words (hashes, garbage): hyphenated, but not cached.
    private static let cacheableLength = 64
    /// Beyond this a run is left alone, which keeps sizes far from libhyphen's `int` arithmetic.
    private static let longestWord = 100_000

    /// - Parameters:
    ///   - dictionary: a libhyphen `.dic` file in ISO-8859-1 (the Swedish one by default).
    ///   - minWordLength: fewest letters a word needs to be hyphenated.
    ///   - leftMin, rightMin: fewest letters before and after a break (the dictionary's own, if larger).
    ///   - exceptions: words with their breaks marked "-", which replace the patterns' breaks wherever the
    ///     word occurs (the Swedish list by default, for the default dictionary).
    /// - Throws: `EngineError.io` when the file is missing, unreadable by libhyphen, or not ISO-8859-1.
    public init(dictionary: URL = Hyphenator.defaultDictionary,
                minWordLength: Int = 7, leftMin: Int = 2, rightMin: Int = 3,
                exceptions: [String]? = nil) throws {
        guard FileManager.default.isReadableFile(atPath: dictionary.path) else {
            throw EngineError.io("hyphenation dictionary \(dictionary.path) is missing or unreadable "
                + "(on Debian it comes with the package hyphen-sv)")
        }
        guard let dict = hnj_hyphen_load(dictionary.path) else {
            throw EngineError.io("libhyphen could not read \(dictionary.path) as a hyphenation dictionary")
        }
        guard dict.pointee.utf8 == 0 else {
            hnj_hyphen_free(dict)
            throw EngineError.io("\(dictionary.path) is a UTF-8 dictionary; only ISO-8859-1 ones (like hyph_sv_SE.dic) are supported")
        }
        self.dict = dict
        self.minWordLength = max(1, minWordLength)
        self.leftMin = max(leftMin, Int(dict.pointee.lhmin), 1)
        self.rightMin = max(rightMin, Int(dict.pointee.rhmin), 1)
        let words = exceptions ?? (dictionary == Hyphenator.defaultDictionary ? HyphenationExceptions.swedish : [])
        // Longest first: a longer entry decides inside its letters, a shorter one only where no longer one
        // matched ("risk-inven-te-ring" keeps "in-ven-te-ring" out of riskinventering).
        self.exceptions = words.sorted { $0.count > $1.count }.compactMap { word in
            var letters: [UInt8] = []
            var breaks: [Int] = []
            for s in word.unicodeScalars {
                if s == "-" { breaks.append(letters.count); continue }
                guard s.value <= 0xFF else { return nil }
                letters.append(Self.lower(UInt8(s.value)))
            }
            return letters.isEmpty ? nil : (letters, breaks)
        }
    }

    deinit { hnj_hyphen_free(dict) }

    /// The text with soft hyphens at the break points of its long words and zero-width spaces after
    /// slashes inside words; nothing else changes.
    public func hyphenate(_ text: String) -> String {
        var text = text
        // Works on the UTF-8 bytes and copies unchanged stretches in bulk: several times faster than
        // building a string scalar by scalar. Native strings are always contiguous.
        text.makeContiguousUTF8()
        let result: [UInt8]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            lock.lock()
            defer { lock.unlock() }
            var scan = Scan(input: bytes)
            scanText(&scan)
            return scan.finish()
        }
        guard let changed = result ?? nil else { return text }
        return String(decoding: changed, as: UTF8.self)
    }

    /// The text without the marks `hyphenate(_:)` inserts (U+00AD and U+200B).
    public static func removingBreakMarks(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != softHyphen && $0 != zeroWidthSpace })
        return String(out)
    }

    // MARK: - Scanning

    /// The input's bytes, and the output built lazily: nothing is copied until the first insertion.
    private struct Scan {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var copied = 0
        var changed = false
        /// Reused for every word: byte offset of each letter, and the lower-cased Latin-1 key.
        var letterStarts: [Int] = []
        var key: [UInt8] = []

        init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

        /// Inserts `mark` (UTF-8) before input byte `position`.
        mutating func insert(_ mark: StaticString, at position: Int) {
            if !changed {
                changed = true
                output.reserveCapacity(input.count + input.count / 4)
            }
            output.append(contentsOf: input[copied..<position])
            mark.withUTF8Buffer { output.append(contentsOf: $0) }
            copied = position
        }

        mutating func finish() -> [UInt8]? {
            guard changed else { return nil }
            output.append(contentsOf: input[copied...])
            return output
        }

        /// The scalar starting at byte `i` and its length in bytes (the input is valid UTF-8, being a
        /// Swift string; a truncated sequence still cannot read past the end).
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let b0 = input[i]
            if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
            let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
            guard i + length <= input.count else { return ("\u{FFFD}", 1) }
            var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | (UInt32(input[i + k]) & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }

    private static let softHyphenUTF8: StaticString = "\u{AD}"
    private static let zeroWidthSpaceUTF8: StaticString = "\u{200B}"

    /// Splits the text into white-space-separated tokens.
    private func scanText(_ scan: inout Scan) {
        let n = scan.input.count
        var i = 0
        while i < n {
            let (s, length) = scan.scalar(at: i)
            if Self.isSpace(s) { i += length; continue }
            var end = i + length
            while end < n {
                let (t, l) = scan.scalar(at: end)
                if Self.isSpace(t) { break }
                end += l
            }
            if end - i >= 3, !isVerbatim(scan, i, end) { scanToken(&scan, i, end) }
            i = end
        }
    }

    /// One token: words (letter runs) are hyphenated, a slash between letters gets a zero-width space.
    private func scanToken(_ scan: inout Scan, _ start: Int, _ end: Int) {
        var i = start
        var previousIsLetter = false
        scan.letterStarts.removeAll(keepingCapacity: true)
        scan.key.removeAll(keepingCapacity: true)
        var latin1 = true
        while i < end {
            let (s, length) = scan.scalar(at: i)
            if Self.isWordScalar(s) {
                scan.letterStarts.append(i)
                if s.value <= 0xFF { scan.key.append(Self.lower(UInt8(s.value))) } else { latin1 = false }
                previousIsLetter = true
                i += length
                continue
            }
            if !scan.letterStarts.isEmpty {
                if latin1 { hyphenateWord(&scan) }
                scan.letterStarts.removeAll(keepingCapacity: true)
                scan.key.removeAll(keepingCapacity: true)
                latin1 = true
            }
            if s == "/", previousIsLetter, i + 1 < end, Self.isWordScalar(scan.scalar(at: i + 1).0) {
                scan.insert(Self.zeroWidthSpaceUTF8, at: i + 1)
            }
            previousIsLetter = false
            i += length
        }
        if !scan.letterStarts.isEmpty, latin1 { hyphenateWord(&scan) }
    }

    /// Inserts soft hyphens into the word whose letters are in `scan.letterStarts` / `scan.key`.
    private func hyphenateWord(_ scan: inout Scan) {
        let count = scan.key.count
        guard count >= minWordLength, count <= Self.longestWord else { return }
        let breaks: [Int]
        if let cached = cache[scan.key] {
            breaks = cached
        } else {
            breaks = computeBreaks(scan.key)
            if count <= Self.cacheableLength {
                if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
                cache[scan.key] = breaks
            }
        }
        for offset in breaks { scan.insert(Self.softHyphenUTF8, at: scan.letterStarts[offset]) }
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
        var allowed = [Bool](repeating: false, count: n + 1)
        for i in 0..<(n - 1) where hyphens[i] & 1 == 1 {
            // Non-standard hyphenation (letters change at the break): not expressible with U+00AD.
            if let rep, rep[i] != nil { continue }
            allowed[i + 1] = true
        }
        applyExceptions(word, &allowed)
        var breaks: [Int] = []
        for offset in 1..<n where allowed[offset] && offset >= leftMin && n - offset >= rightMin { breaks.append(offset) }
        return breaks
    }

    /// Wherever an exception word occurs in `word`, its breaks replace the patterns' inside it.
    private func applyExceptions(_ word: [UInt8], _ allowed: inout [Bool]) {
        guard !exceptions.isEmpty else { return }
        var decided = [Bool](repeating: false, count: word.count)
        for ex in exceptions where ex.letters.count <= word.count {
            let m = ex.letters.count
            var start = 0
            while start + m <= word.count {
                if word[start] == ex.letters[0], word[start..<(start + m)].elementsEqual(ex.letters),
                   !decided[start..<(start + m)].contains(true) {
                    for k in start..<(start + m) { decided[k] = true }
                    for k in 1..<max(1, m) { allowed[start + k] = false }
                    for b in ex.breaks where b > 0 && b < m { allowed[start + b] = true }
                    start += m
                } else {
                    start += 1
                }
            }
        }
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
    private func isVerbatim(_ scan: Scan, _ start: Int, _ end: Int) -> Bool {
        var i = start
        var previous: Unicode.Scalar = " "
        while i < end {
            let (s, length) = scan.scalar(at: i)
            switch s {
            case "@", Self.softHyphen, Self.zeroWidthSpace, "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "0"..."9":
                return true
            case ":" where i + 2 < end && scan.input[i + 1] == UInt8(ascii: "/") && scan.input[i + 2] == UInt8(ascii: "/"):
                return true
            default:
                if s.value >= 0x80, s.properties.numericType != nil { return true }
                // A dot before a letter, not at the start: "ange.se", "www.…", "t.ex." (short anyway).
                if previous == ".", i - 1 > start, Self.isWordScalar(s) { return true }
            }
            previous = s
            i += length
        }
        return false
    }

    /// ISO-8859-1 lower case: A–Z and À–Þ (except ×) move up by 0x20; ß and ÿ have no upper case here.
    private static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && b <= 0xDE && b != 0xD7) ? b + 0x20 : b
    }
}
