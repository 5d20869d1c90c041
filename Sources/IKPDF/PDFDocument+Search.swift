extension PDFDocument {
    /// The numbers of the objects whose bytes contain `pattern` (e.g. "/CIDFontType2"), in order: a fast way
    /// to find the few objects a step must change without parsing every object of a large file. A match
    /// can be a false positive (inside a string or a stream's data): parse and check what is returned.
    public func objectNumbers(containing pattern: String) -> [Int] {
        let needle = Array(pattern.utf8)
        var found: Set<Int> = []
        // Plain objects: a match belongs to the object that starts last before it.
        let starts = xref.compactMap { number, entry -> (offset: Int, number: Int)? in
            if case .inFile(let offset, _) = entry, offset < bytes.count { return (offset, number) }
            return nil
        }.sorted { $0.offset < $1.offset }
        collect(needle, in: bytes, starts: starts, into: &found)
        // Objects in object streams, the same way inside each decoded stream.
        for (_, stream) in objectStreams {
            let inner = stream.entries.map { (offset: $0.offset, number: $0.number) }.sorted { $0.offset < $1.offset }
            collect(needle, in: stream.data, starts: inner, into: &found)
        }
        return found.filter { n in
            switch xref[n] {
            case .inFile?, .inObjectStream?: return true
            default: return false
            }
        }.sorted()
    }

    private func collect(_ needle: [UInt8], in data: [UInt8], starts: [(offset: Int, number: Int)], into found: inout Set<Int>) {
        guard !starts.isEmpty else { return }
        let parser = PDFParser(bytes: data)
        var from = 0
        var k = 0
        while let at = parser.find(needle, from: from) {
            while k + 1 < starts.count, starts[k + 1].offset <= at { k += 1 }
            if starts[k].offset <= at { found.insert(starts[k].number) }
            from = at + needle.count
        }
    }
}
