import Foundation
import IKEngine

/// The PDF/UA-1 step of the output pipeline (see `PDFUAConverter`): runs before the PDF/A step, which then
/// claims conformance level A and PDF/UA in the XMP.
public struct PDFUAStep: PDFPostProcessor {
    /// What the step writes.
    public var converter: PDFUAConverter

    public init(language: String) { converter = PDFUAConverter(language: language) }

    public var name: String { "PDF/UA-1" }

    public func process(_ pdf: RenderedPDF) throws -> RenderedPDF {
        var out = pdf
        out.bytes = Data(try converter.convert([UInt8](pdf.bytes), structure: pdf.structure).bytes)
        return out
    }
}
