import Foundation

/// Reading a text file of the plan folder as UTF-8, saying where decoding fails.
enum TextFile {
    enum Failure: Error, Equatable {
        case missing
        case notUTF8(line: Int, column: Int)
    }

    static func read(_ url: URL) -> Result<String, Failure> {
        guard let data = try? Data(contentsOf: url) else { return .failure(.missing) }
        if let bad = firstInvalidUTF8(in: data) { return .failure(.notUTF8(line: bad.line, column: bad.column)) }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }   // a byte-order mark some editors write
        return .success(text)
    }

    /// Line and column (1-based, in scalars) of the first byte that is not valid UTF-8; nil when all is valid.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int)? {
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
