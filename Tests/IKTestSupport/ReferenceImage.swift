import Foundation
import XCTest

/// Compares rendered pages with reviewed reference images in `Tests/References/<name>.pgm`.
///
/// References change only on purpose: run the tests with `IKPLAN_UPDATE_REFERENCES=1` to (re)write
/// them, look at the PNG written beside each one, and commit both. Without that variable a missing
/// reference fails the test (it is never created silently, or a broken page would become the truth).
public enum ReferenceImage {
    /// The environment variable that turns comparing into recording.
    public static let updateVariable = "IKPLAN_UPDATE_REFERENCES"

    /// `Tests/References/` of this repository, found from this source file's place.
    public static var directory: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return dir.appendingPathComponent("Tests/References", isDirectory: true)
            }
            dir = dir.deletingLastPathComponent()
        }
        // Tests/IKTestSupport/ReferenceImage.swift → Tests/References
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("References", isDirectory: true)
    }

    /// What comparing a page with its reference came to.
    public enum Outcome: Sendable, Equatable {
        /// Within tolerance.
        case matched(meanAbsDiff: Double, differingFraction: Double)
        /// Reference (re)written on request, with a PNG beside it.
        case recorded(URL)
        /// No reference yet: nothing was written.
        case missing(URL)
        /// Too different; the rendered page was written to `actual` for a look.
        case mismatch(meanAbsDiff: Double, differingFraction: Double, actual: URL, sizesDiffer: Bool)
    }

    /// Fails the calling test unless page `page` of `pdf` looks like the reference `name`.
    /// - Parameters:
    ///   - name: file name without extension: letters, digits, `-`, `_`, `.`.
    ///   - dpi: rendering resolution; the reference must have been made at the same.
    ///   - tolerance: the largest fraction of pixels that may differ by more than 32 grey levels
    ///     (the default, 0.1 %, absorbs anti-aliasing noise but not a moved line of text).
    public static func assertMatches(pdf: URL, page: Int, name: String, dpi: Int = 50, tolerance: Double = 0.001,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let update = ProcessInfo.processInfo.environment[updateVariable] == "1"
        do {
            switch try check(pdf: pdf, page: page, name: name, dpi: dpi, tolerance: tolerance,
                             directory: directory, update: update) {
            case .matched:
                break
            case .recorded(let url):
                print("ReferenceImage: wrote \(url.path) (and .png): review it before committing")
            case .missing(let url):
                XCTFail("""
                    no reference image \(url.path). Look at the page, and if it is right create the \
                    reference with: \(updateVariable)=1 swift test --filter <this test>; then review \
                    Tests/References/\(name).png and commit both files.
                    """, file: file, line: line)
            case let .mismatch(mean, fraction, actual, sizesDiffer):
                let numbers = String(format: "%.4f%% of pixels differ (tolerance %.4f%%), mean absolute difference %.3f levels",
                                     fraction * 100, tolerance * 100, mean)
                XCTFail("page \(page) differs from reference \(name): \(numbers)."
                        + (sizesDiffer ? " The image sizes differ." : "") + " Actual image: \(actual.path)",
                        file: file, line: line)
            }
        } catch {
            XCTFail("reference image \(name): \(error)", file: file, line: line)
        }
    }

    /// The comparison itself, without XCTest, on any folder (so the toolkit can test it).
    public static func check(pdf: URL, page: Int, name: String, dpi: Int, tolerance: Double,
                             directory: URL, update: Bool) throws -> Outcome {
        guard !name.isEmpty, !name.hasPrefix("."),
              name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }) else {
            throw PDFInspectorError("reference name \"\(name)\" must be letters, digits, - _ . only")
        }
        let inspector = PDFInspector(pdf)
        let reference = directory.appendingPathComponent(name + ".pgm")
        let actual = try inspector.render(page: page, dpi: dpi)
        if update {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: reference)
            try inspector.writePNG(page: page, dpi: dpi, to: directory.appendingPathComponent(name + ".png"))
            return .recorded(reference)
        }
        guard FileManager.default.fileExists(atPath: reference.path) else { return .missing(reference) }
        let expected = try GrayImage(contentsOf: reference)
        let (mean, fraction) = GrayImage.compare(actual, expected)
        guard fraction > tolerance else { return .matched(meanAbsDiff: mean, differingFraction: fraction) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-actual-\(name).pgm")
        try actual.write(to: out)
        return .mismatch(meanAbsDiff: mean, differingFraction: fraction, actual: out,
                         sizesDiffer: actual.width != expected.width || actual.height != expected.height)
    }
}
