/// A date as the Info dictionary writes it (`D:20251126000000Z`, `D:20251126120000+01'00'`) and as XMP
/// writes it (`2025-11-26T00:00:00Z`), so the two carry the same instant as PDF/A requires.
struct PDFDate: Equatable {
    var year: Int, month = 1, day = 1, hour = 0, minute = 0, second = 0
    /// Offset from UTC in minutes; nil when the file gave none (then both spellings leave it out).
    var offsetMinutes: Int?

    /// Reads an Info date, with or without the `D:` prefix (Cairo 1.16 omits it). Nil when it is no date.
    init?(info text: String) {
        var s = Substring(text)
        if s.hasPrefix("D:") { s = s.dropFirst(2) }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4, digits.count % 2 == 0, digits.count <= 14 else { return nil }
        var fields: [Int] = []
        var rest = Substring(digits)
        fields.append(Int(rest.prefix(4)) ?? 0)
        rest = rest.dropFirst(4)
        while !rest.isEmpty { fields.append(Int(rest.prefix(2)) ?? 0); rest = rest.dropFirst(2) }
        year = fields[0]
        if fields.count > 1 { month = fields[1] }
        if fields.count > 2 { day = fields[2] }
        if fields.count > 3 { hour = fields[3] }
        if fields.count > 4 { minute = fields[4] }
        if fields.count > 5 { second = fields[5] }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        var tail = s.dropFirst(digits.count)
        if tail.first == "Z" {
            offsetMinutes = 0
        } else if let sign = tail.first, sign == "+" || sign == "-" {
            tail = tail.dropFirst()
            let parts = tail.split(separator: "'", omittingEmptySubsequences: true)
            let h = parts.first.flatMap { Int($0) } ?? 0
            let m = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            offsetMinutes = (sign == "-" ? -1 : 1) * (h * 60 + m)
        }
    }

    private func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private func four(_ v: Int) -> String { String(repeating: "0", count: max(0, 4 - String(v).count)) + String(v) }

    /// `D:YYYYMMDDHHmmSS` with `Z` or `+HH'mm'`.
    var infoString: String {
        var s = "D:\(four(year))\(two(month))\(two(day))\(two(hour))\(two(minute))\(two(second))"
        if let o = offsetMinutes {
            if o == 0 { s += "Z" } else { s += (o < 0 ? "-" : "+") + "\(two(abs(o) / 60))'\(two(abs(o) % 60))'" }
        }
        return s
    }

    /// ISO 8601 as XMP writes it.
    var xmpString: String {
        var s = "\(four(year))-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
        if let o = offsetMinutes {
            if o == 0 { s += "Z" } else { s += (o < 0 ? "-" : "+") + "\(two(abs(o) / 60)):\(two(abs(o) % 60))" }
        }
        return s
    }
}
