import Foundation
import IKEngine
import IKModel

/// What every document of one run shares: the fonts, the hyphenation of the plan's language and the
/// shaper behind them. Created once per run (font set-up is the expensive part) and handed to each
/// document. Safe to share: the fonts and the shaper guard themselves with the library's lock.
public final class DocumentContext: Sendable {
    public let fonts: FontLibrary
    public let layout: LayoutContext
    /// The BCP 47 tag hyphenation follows ("sv-SE").
    public let language: String
    /// Problems that did not stop the run (no hyphenation for the language), for the command to print.
    public let warnings: [String]

    /// - Parameter language: the documents' language, from the plan (`plan.language`).
    public init(fontDirectory: URL = FontLibrary.defaultDirectory(), language: String = "sv-SE") throws {
        let fonts = try FontLibrary(directory: fontDirectory)
        self.fonts = fonts
        self.language = language
        // The engine's shared dictionary: loaded once per process, whatever asks for it.
        layout = LayoutContext(shaper: TextShaper(fonts: fonts, language: language))
        warnings = Self.hyphenationWarnings(language)
    }

    private init(fonts: FontLibrary, language: String) {
        self.fonts = fonts
        self.language = language
        layout = LayoutContext(shaper: TextShaper(fonts: fonts, language: language))
        warnings = Self.hyphenationWarnings(language)
    }

    /// This context for documents in `language`: itself when the hyphenation is the same, else one with
    /// the same fonts and a shaper for that language (set up before the plan was read, chosen after).
    public func forLanguage(_ language: String) -> DocumentContext {
        HyphenationLanguage.dictionary(for: language) == HyphenationLanguage.dictionary(for: self.language)
            ? self : DocumentContext(fonts: fonts, language: language)
    }

    static func hyphenationWarnings(_ language: String) -> [String] {
        guard HyphenationLanguage.dictionary(for: language) != nil else {
            return ["no hyphenation: plan.language is \"\(language)\", and ikplan hyphenates only "
                + HyphenationLanguage.supported.joined(separator: ", ") + " (Swedish); long words wrap whole\n"
                + "  hint: write language: sv-SE if the plan is in Swedish"]
        }
        return TextShaper.swedish == nil
            ? ["no hyphenation: \(Hyphenator.defaultDictionary.path) is missing (Debian: apt-get install hyphen-sv)"] : []
    }

    /// Reads a layout file and checks its fonts against the bundled ones.
    public func layoutFile(_ url: URL) throws -> LayoutFile { try LayoutFile(contentsOf: url, fonts: fonts) }
}

/// A document laid out into pages, ready for `PDFWriter`.
public struct RenderedDocument {
    public var pages: [LaidOutPage]
    public var metadata: PDFMetadata
    public init(pages: [LaidOutPage], metadata: PDFMetadata) { self.pages = pages; self.metadata = metadata }

    /// The pages drawn into a PDF in memory, for `PDFOutput`.
    public func pdf() throws -> RenderedPDF { try PDFWriter(metadata: metadata).render(pages) }

    /// Renders and writes this one document (no post-processing), checked and atomic.
    public func write(to url: URL) throws { try PDFWriter(metadata: metadata).write(pages, to: url) }
}

/// The version written into every PDF's creator field.
public enum IKPlanVersion {
    public static let current = "0.1.0"
    public static var creator: String { "ikplan \(current)" }
}

/// The PDF's date: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the document's own date,
/// never the clock, so two runs write the same bytes.
public enum DocumentDate {
    public static func pdfDate(_ date: CalendarDate, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0.trimmingCharacters(in: .whitespaces)) }), epoch >= 0 {
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "UTC")
            return f.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        }
        return "\(date)T00:00:00Z"
    }

    /// "26 november 2025"
    public static func swedish(_ date: CalendarDate) -> String {
        let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                      "oktober", "november", "december"]
        return "\(date.day) \(months[max(1, min(12, date.month)) - 1]) \(date.year)"
    }
}
