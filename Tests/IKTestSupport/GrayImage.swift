import Foundation

/// An 8-bit grey image (0 black … 255 white), row by row from the top left: what pdftoppm -gray
/// renders, kept as binary PGM (P5) because that format needs no library to read or write.
public struct GrayImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) throws {
        guard width > 0, height > 0, pixels.count == width * height else {
            throw PDFInspectorError("a \(width)×\(height) image needs \(max(0, width * height)) pixels, not \(pixels.count)")
        }
        self.width = width; self.height = height; self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// The lightest and darkest pixel values in a region (clamped to the image), e.g. to check that
    /// a margin is blank: `region(...).min == 255`.
    public func range(x: Int, y: Int, width w: Int, height h: Int) -> (min: UInt8, max: UInt8) {
        var lo: UInt8 = 255, hi: UInt8 = 0
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                let v = pixels[row * width + col]
                lo = min(lo, v); hi = max(hi, v)
            }
        }
        return (lo, hi)
    }

    // MARK: - PGM

    /// Reads binary PGM (P5, maxval ≤ 255), with `#` comments in the header.
    public init(pgm data: Data) throws {
        let bytes = [UInt8](data)
        var i = 0
        func token() throws -> String {
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "#") {
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                } else if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) {
                    i += 1
                } else { break }
            }
            let start = i
            while i < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "#")].contains(bytes[i]) { i += 1 }
            guard i > start else { throw PDFInspectorError("PGM: header ends early") }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        guard try token() == "P5" else { throw PDFInspectorError("not a binary PGM (P5) image") }
        guard let w = Int(try token()), let h = Int(try token()), let maxval = Int(try token()),
              w > 0, h > 0, maxval > 0, maxval <= 255 else {
            throw PDFInspectorError("PGM: bad size or maxval (only 8-bit images are read)")
        }
        i += 1 // the single white-space character after maxval
        guard bytes.count - i >= w * h else {
            throw PDFInspectorError("PGM: \(w)×\(h) needs \(w * h) bytes of pixels, found \(max(0, bytes.count - i))")
        }
        var px = Array(bytes[i..<(i + w * h)])
        if maxval != 255 { px = px.map { UInt8(min(255, Int($0) * 255 / maxval)) } }
        try self.init(width: w, height: h, pixels: px)
    }

    public init(contentsOf url: URL) throws {
        try self.init(pgm: Data(contentsOf: url))
    }

    public var pgmData: Data {
        Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    public func write(to url: URL) throws {
        try pgmData.write(to: url, options: .atomic)
    }

    // MARK: - Comparing

    /// How far apart two images are: the mean absolute difference of pixel values (0…255) and the
    /// fraction of pixels differing by more than `threshold` levels (anti-aliasing noise stays below).
    /// Images of different sizes are as different as can be: (255, 1).
    public static func compare(_ a: GrayImage, _ b: GrayImage, threshold: UInt8 = 32) -> (meanAbsDiff: Double, differingFraction: Double) {
        guard a.width == b.width, a.height == b.height else { return (255, 1) }
        var sum = 0
        var differing = 0
        a.pixels.withUnsafeBufferPointer { pa in
            b.pixels.withUnsafeBufferPointer { pb in
                for k in 0..<pa.count {
                    let d = abs(Int(pa[k]) - Int(pb[k]))
                    sum += d
                    if d > Int(threshold) { differing += 1 }
                }
            }
        }
        let n = Double(a.pixels.count)
        return (Double(sum) / n, Double(differing) / n)
    }
}

/// Free-function spelling of `GrayImage.compare`, as tests read more naturally with it.
public func compare(_ a: GrayImage, _ b: GrayImage, threshold: UInt8 = 32) -> (meanAbsDiff: Double, differingFraction: Double) {
    GrayImage.compare(a, b, threshold: threshold)
}

extension PDFInspector {
    /// One page (numbered from 1) rendered in grey by `pdftoppm -gray` at `dpi`.
    public func render(page: Int, dpi: Int = 72) throws -> GrayImage {
        let count = try pageCount
        guard page >= 1, page <= count, dpi > 0 else {
            throw PDFInspectorError("cannot render page \(page) at \(dpi) dpi of \(url.lastPathComponent) (\(count) pages)")
        }
        let r = try PDFTool.runData("pdftoppm", ["-gray", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", url.path])
        return try GrayImage(pgm: r.stdout)
    }

    /// One page as a colour PNG for people to look at (`pdftoppm -png`), written to `url`.
    public func writePNG(page: Int, dpi: Int, to url: URL) throws {
        let root = url.deletingPathExtension().path
        _ = try PDFTool.runData("pdftoppm", ["-png", "-singlefile", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)",
                                             self.url.path, root])
    }
}
