import Foundation
import IKEngine

/// The PDF/A-2 step of the output pipeline (see `PDFAConverter`). On by default for every document;
/// `ikplan render --no-pdfa` leaves it out.
public struct PDFAStep: PDFPostProcessor {
    /// What the step writes.
    public var converter: PDFAConverter

    public init(converter: PDFAConverter = PDFAConverter()) { self.converter = converter }
    /// A PDF/A-2b step for a document in `language` (BCP 47, the plan's language).
    public init(language: String) { self.init(converter: PDFAConverter(language: language)) }

    public var name: String { "PDF/A-2\(converter.conformance.rawValue.lowercased())" }

    public func process(_ pdf: RenderedPDF) throws -> RenderedPDF {
        var out = pdf
        out.bytes = Data(try converter.convert([UInt8](pdf.bytes)))
        return out
    }
}
