import Crypto
import Foundation
import IKModel
import SwiftCSV

/// Reads a population file (CSV: a header row, then one row per unit; UTF-8; comma or semicolon, as
/// Swedish Excel writes it) with SwiftCSV, reporting every problem with the file and the line.
public enum PopulationReader {
    /// Reads `url`; `name` is how diagnostics name the file (its path in the plan folder, or as given on
    /// the command line). The population is nil when the file has errors.
    public static func read(_ url: URL, name: String) -> (population: Population?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        var population: Population?
        switch InputFile.read(path: url.path, limit: InputLimits.populationFileBytes) {
        case .success(let bytes):
            population = read(bytes, fileName: url.lastPathComponent, name: name, log: log)
        case .failure(let failure):
            log.error(name, .wholeFile, field: "", Messages.text(.popUnreadable, name, failure.reason),
                      hint: Messages.text(.popUnreadableHint))
        }
        return (log.hasErrors ? nil : population, log.diagnostics.sorted())
    }

    /// The population in `bytes`; `fileName` is what its sheets print, `name` what diagnostics say.
    static func read(_ bytes: [UInt8], fileName: String, name: String, log: DiagnosticLog) -> Population? {
        let data = Data(bytes)
        if let bad = TextFile.firstInvalidUTF8(in: data) {
            log.error(name, SourcePosition(line: bad.line, column: bad.column), field: "", Messages.text(.notUTF8, name),
                      hint: Messages.text(.popSaveAsUTF8))
            return nil
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = recordLines(text)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            log.error(name, SourcePosition(line: 1, column: 0), field: "", Messages.text(.planFileEmpty, name),
                      hint: Messages.text(.popEmptyHint))
            return nil
        }
        let delimiter = guessDelimiter(text)
        var records: [[String]] = []
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { records.append($0.map { $0.trimmingCharacters(in: .whitespaces) }) }
        } catch {
            log.error(name, .wholeFile, field: "", Messages.text(.popBadQuote, name),
                      hint: Messages.text(.popBadQuoteHint, delimiter.rawValue))
            return nil
        }
        func line(_ record: Int) -> Int { record < lines.count ? lines[record] : record + 1 }
        // Blank lines between units carry nothing; Excel leaves them at the end.
        let numbered = records.enumerated().filter { !$0.element.allSatisfy(\.isEmpty) }
        guard let (headerIndex, header) = numbered.first else {
            log.error(name, SourcePosition(line: 1, column: 0), field: "", Messages.text(.planFileEmpty, name), hint: Messages.text(.popEmptyHintShort))
            return nil
        }
        let headerLine = SourcePosition(line: line(headerIndex), column: 0)
        if let unnamed = header.firstIndex(where: \.isEmpty) {
            log.error(name, headerLine, field: "", Messages.text(.popUnnamedColumn, unnamed + 1),
                      hint: Messages.text(.popUnnamedColumnHint, "Arbetsplats\(delimiter.rawValue)Förvaltning"))
            return nil
        }
        if header.allSatisfy({ Double($0.replacingOccurrences(of: ",", with: ".")) != nil }) {
            log.error(name, headerLine, field: "", Messages.text(.popNoHeader, name, header.joined(separator: String(delimiter.rawValue))),
                      hint: Messages.text(.popNoHeaderHint, "Nr\(delimiter.rawValue)Arbetsplats"))
            return nil
        }
        var seen: Set<String> = []
        for h in header where !seen.insert(h).inserted {
            log.error(name, headerLine, field: "", Messages.text(.popColumnTwice, h), hint: Messages.text(.popColumnTwiceHint))
        }
        var rows: [[String]] = []
        for (index, record) in numbered.dropFirst() {
            guard record.count == header.count else {
                log.error(name, SourcePosition(line: line(index), column: 0), field: "",
                          Messages.text(.popRowFields, Messages.count(record.count, one: .popFieldOne, many: .popFieldMany), header.count),
                          hint: Messages.text(.popRowFieldsHint, delimiter.rawValue))
                continue
            }
            rows.append(record)
        }
        if rows.isEmpty, !log.hasErrors {
            log.error(name, headerLine, field: "", Messages.text(.popNoUnits, name), hint: Messages.text(.popNoUnitsHint))
        }
        let digest = SHA256.hash(data: data).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        return Population(fileName: fileName, header: header, rows: rows, sha256: digest)
    }

    /// Semicolon when the first line has more semicolons than commas outside quotes, else comma.
    static func guessDelimiter(_ text: String) -> CSVDelimiter {
        var commas = 0, semicolons = 0, quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() } else if !quoted {
                if c.isNewline { break }
                if c == "," { commas += 1 } else if c == ";" { semicolons += 1 }
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }

    /// The 1-based line each CSV record starts on: a line break inside double quotes continues the record.
    static func recordLines(_ text: String) -> [Int] {
        var starts = [1]
        var line = 1, quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() } else if c.isNewline {
                line += 1
                if !quoted { starts.append(line) }
            }
        }
        return starts
    }
}
