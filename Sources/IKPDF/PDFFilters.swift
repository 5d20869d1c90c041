/// Decoding of stream data: FlateDecode (with PNG and TIFF predictors) and ASCIIHexDecode, which is what
/// Cairo, qpdf and pyHanko write for the streams this layer has to read (xref and object streams,
/// metadata). Image codecs (DCT, JPX, CCITT, JBIG2) are left encoded: nothing here needs their pixels.
public enum PDFFilters {
    /// The stream's data with all its filters undone.
    /// - Throws: `PDFError.filter` for an unsupported filter, `PDFError.limit` beyond the decoded-size limit.
    public static func decode(_ stream: PDFStream, limits: PDFLimits = PDFLimits()) throws -> [UInt8] {
        let filters: [String]
        switch stream.dictionary["Filter"] {
        case nil: return stream.data
        case .name(let n)?: filters = [n]
        case .array(let a)?: filters = a.compactMap(\.nameValue)
        default: throw PDFError.filter("/Filter is neither a name nor an array")
        }
        let parms: [PDFDictionary?]
        switch stream.dictionary["DecodeParms"] {
        case .dictionary(let d)?: parms = [d]
        case .array(let a)?: parms = a.map(\.dictionaryValue)
        default: parms = []
        }
        var data = stream.data
        for (i, filter) in filters.enumerated() {
            let p = i < parms.count ? parms[i] : nil
            switch filter {
            case "FlateDecode", "Fl":
                data = try Flate.decompress(data, limit: limits.maxDecodedStreamBytes)
                data = try unpredict(data, parms: p)
            case "ASCIIHexDecode", "AHx":
                data = try asciiHex(data)
            default:
                throw PDFError.filter("\(filter) is not supported")
            }
        }
        return data
    }

    static func asciiHex(_ data: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count / 2)
        var high: UInt8?
        for b in data {
            if b == 0x3E { break }
            if PDFBytes.isWhitespace(b) { continue }
            guard let v = PDFBytes.hexValue(b) else { throw PDFError.filter("ASCIIHexDecode data holds a non-hex character") }
            if let h = high { out.append(h << 4 | v); high = nil } else { high = v }
        }
        if let h = high { out.append(h << 4) }
        return out
    }

    /// Undoes a /Predictor (2 = TIFF, 10…15 = PNG, which qpdf uses for xref streams).
    static func unpredict(_ data: [UInt8], parms: PDFDictionary?) throws -> [UInt8] {
        guard let parms, let predictor = parms["Predictor"]?.integerValue, predictor > 1 else { return data }
        let colors = max(1, parms["Colors"]?.integerValue ?? 1)
        let bits = max(1, parms["BitsPerComponent"]?.integerValue ?? 8)
        let columns = max(1, parms["Columns"]?.integerValue ?? 1)
        guard colors <= 32, bits <= 16, columns <= 1 << 24 else { throw PDFError.filter("predictor parameters out of range") }
        let bpp = max(1, (colors * bits + 7) / 8)
        let rowLength = (colors * bits * columns + 7) / 8
        if predictor == 2 {
            guard bits == 8 else { throw PDFError.filter("TIFF predictor with \(bits) bits per component is not supported") }
            var out = data
            var i = 0
            while i < out.count {
                let rowEnd = min(out.count, i + rowLength)
                var k = i + bpp
                while k < rowEnd { out[k] = out[k] &+ out[k - bpp]; k += 1 }
                i = rowEnd
            }
            return out
        }
        guard predictor >= 10 else { throw PDFError.filter("predictor \(predictor) is not supported") }
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowLength)
        var row = [UInt8](repeating: 0, count: rowLength)
        var i = 0
        while i < data.count {
            let type = data[i]
            i += 1
            let n = min(rowLength, data.count - i)
            for k in 0..<rowLength { row[k] = k < n ? data[i + k] : 0 }
            i += n
            for k in 0..<rowLength {
                let left: UInt8 = k >= bpp ? row[k - bpp] : 0
                let up = previous[k]
                let upLeft: UInt8 = k >= bpp ? previous[k - bpp] : 0
                switch type {
                case 0: break
                case 1: row[k] = row[k] &+ left
                case 2: row[k] = row[k] &+ up
                case 3: row[k] = row[k] &+ UInt8((Int(left) + Int(up)) / 2)
                case 4:
                    let p = Int(left) + Int(up) - Int(upLeft)
                    let pa = abs(p - Int(left)), pb = abs(p - Int(up)), pc = abs(p - Int(upLeft))
                    row[k] = row[k] &+ (pa <= pb && pa <= pc ? left : (pb <= pc ? up : upLeft))
                default: throw PDFError.filter("PNG predictor row type \(type) is not valid")
                }
            }
            out.append(contentsOf: row[0..<n])
            swap(&previous, &row)
        }
        return out
    }
}
