import CZlib

/// zlib's deflate and inflate for FlateDecode streams.
public enum Flate {
    /// Compresses at zlib's default level 6 (deterministic for a given zlib: same input, same bytes). Level 9
    /// took half as long again for 1 % smaller page streams, on the critical path of every archived file.
    public static func compress(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit_(&stream, 6, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFError.filter("deflateInit failed")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var out = [UInt8](repeating: 0, count: bound)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw PDFError.filter("deflate failed (\(status))") }
        out.removeSubrange(Int(stream.total_out)...)
        return out
    }

    /// Decompresses, refusing output beyond `limit` bytes. A truncated stream (common in real files) yields
    /// what could be decoded; corrupt data with nothing decodable is an error.
    public static func decompress(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFError.filter("inflateInit failed")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, max(1024, input.count * 4)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(c.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return c.count - Int(stream.avail_out)
                }
                if produced > 0 {
                    guard out.count + produced <= limit else {
                        throw PDFError.limit("a Flate stream decodes to more than \(limit) bytes")
                    }
                    out.append(contentsOf: chunk[0..<produced])
                }
                if status == Z_STREAM_END { return }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { return }   // truncated input
                if status != Z_OK {
                    if out.isEmpty { throw PDFError.filter("corrupt Flate data (zlib status \(status))") }
                    return
                }
                if produced == 0 && stream.avail_in == 0 { return }
            }
        }
        return out
    }
}
