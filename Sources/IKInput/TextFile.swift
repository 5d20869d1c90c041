import Foundation

/// Reading a text file of the plan folder as UTF-8, saying where decoding fails. The file is opened as
/// `InputFile` opens it: confined to the plan folder, without blocking, regular files only, bounded.
enum TextFile {
    enum Failure: Error, Equatable {
        case file(InputFile.Failure)
        case notUTF8(line: Int, column: Int)
    }

    /// `name` (relative, already checked lexically) in `folder`, at most `limit` bytes.
    static func read(_ name: String, in folder: URL, limit: Int) -> Result<String, Failure> {
        switch InputFile.read(name, confinedTo: folder, limit: limit) {
        case .failure(let f): return .failure(.file(f))
        case .success(let bytes): return decode(bytes)
        }
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        // The standard library validates fast; the scalar-by-scalar walk only finds where it failed.
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(in: bytes) ?? (line: 1, column: 1)
            return .failure(.notUTF8(line: bad.line, column: bad.column))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }   // a byte-order mark some editors write
        return .success(text)
    }

    /// Line and column (1-based, in scalars) of the first byte that is not valid UTF-8; nil when all is valid.
    static func firstInvalidUTF8<Bytes: Sequence>(in data: Bytes) -> (line: Int, column: Int)? where Bytes.Element == UInt8 {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }
}
