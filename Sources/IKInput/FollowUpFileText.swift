import Foundation
import IKModel
import Yams

/// The text of a follow-up file as `followup import` changes it: the existing file kept line for line (its
/// comments too), an occasion already there compared value by value, a new occasion appended to the
/// `controls:` list, and an occasion that gains values rewritten in place. A disagreement with the file is a
/// problem naming the file's line and the form's field.
struct FollowUpFileText {
    private let plan: Plan
    private let existing: FollowUp?
    /// The file as messages name it (`uppfoljning/2026-T1.yaml`).
    private let file: String
    private var lines: [String]
    /// Each existing control entry's lines (0-based, half-open), in file order.
    private var entries: [Range<Int>] = []
    /// Where appended entries go; nil: after a new `controls:` at the end.
    private var insertAt: Int?
    /// The column of the entries' dash.
    private var indent = 2
    private var replaced: [Int: String] = [:]
    private var appended: [String] = []
    private(set) var problems: [String] = []
    private(set) var notes: [String] = []
    private(set) var changed = false

    init(url: URL, existing: FollowUp?, plan: Plan, tertial: Int) throws {
        self.plan = plan
        self.existing = existing
        file = existing?.file ?? "\(FollowUpLoader.folderName)/\(url.lastPathComponent)"
        guard let existing else {
            lines = ["# Uppföljning av \(plan.info.title), tertial \(tertial), from filled checklists (ikplan followup import).",
                     "period: T\(tertial)"]
            return
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw FollowUpImport.Refusal(problems: ["\(file): cannot be read (\(error.localizedDescription))"])
        }
        lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard let root = try? Yams.compose(yaml: text, .basic), let top = root.mapping else {
            throw FollowUpImport.Refusal(problems: ["\(file): cannot be read as YAML; correct it first (ikplan validate)"])
        }
        var controls: Node?
        var controlsLine = 0
        var keyLines: [Int] = []
        for (key, value) in top {
            if let line = key.mark?.line { keyLines.append(line - 1) }
            if key.string == "controls" { controls = value; controlsLine = key.mark?.line ?? 0 }
        }
        guard let controls else { return }
        // A block list's first entry starts below the key (Yams does not keep a sequence's style).
        guard let list = controls.sequence, let firstMark = list.first?.mark, firstMark.line > controlsLine else {
            throw FollowUpImport.Refusal(problems: ["\(file): controls: is not a block list (\"- control: …\" lines); write it so before importing into it"])
        }
        guard list.count == existing.controls.count else {
            throw FollowUpImport.Refusal(problems: ["\(file): holds entries the reader skipped; run ikplan validate and correct them first"])
        }
        indent = max(0, firstMark.column - 3)
        let starts = list.compactMap { $0.mark.map { $0.line - 1 } }
        let after = keyLines.filter { $0 > (starts.last ?? 0) }.min() ?? lines.count
        for (k, start) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1] : after
            // Blank lines and comments before the next entry (or key) belong to what follows.
            while end > start + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
            entries.append(start..<end)
        }
        insertAt = entries.last?.upperBound
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.hasPrefix("#")
    }

    /// The file's new text.
    var text: String {
        var out: [String] = []
        var k = 0
        var i = 0
        while i < lines.count {
            if k < entries.count, entries[k].lowerBound == i {
                if let new = replaced[k] { out.append(new) } else { out += lines[entries[k]] }
                i = entries[k].upperBound
                if insertAt == i, k == entries.count - 1 { out += appended }
                k += 1
                continue
            }
            out.append(lines[i])
            i += 1
        }
        if insertAt == nil, !appended.isEmpty {
            out.append("")
            out.append("controls:")
            // The first entry right under the key, the others a blank line apart.
            out += appended.enumerated().map { $0.offset == 0 ? String($0.element.drop { $0 == "\n" }) : $0.element }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Takes one occasion from the forms.
    mutating func merge(_ new: ControlResult, sources: FollowUpImport.Filled?) {
        let year = plan.info.year
        let what = "\(new.controlID) \(new.period.printed(year: year))"
        guard let existing, let j = existing.controls.firstIndex(where: { $0.controlID == new.controlID && $0.period == new.period }) else {
            var r = new
            r.deviations = Self.deviations(new.samples)
            appended.append(Self.entry(r, indent: indent, year: year))
            changed = true
            notes.append("\(what): added to \(file)")
            return
        }
        let old = existing.controls[j]
        let line = j < entries.count ? entries[j].lowerBound + 1 : 0
        let place = "\(file):\(line) (\(what))"
        func conflict(_ field: String, _ was: String, _ now: String, _ source: FollowUpImport.Source?) {
            problems.append("\(place) gives \(field) \"\(was)\", but \(source.map(\.description) ?? "the forms") says \"\(now)\"; correct the form or the file")
        }
        var merged = old
        var added = false
        if old.date != new.date { conflict("date", old.date.description, new.date.description, sources?.date?.source) }
        func text(_ field: String, _ was: String?, _ now: String?, _ source: FollowUpImport.Source?, _ set: (String) -> Void) {
            guard let now else { return }
            guard let was else { set(now); added = true; return }
            if FollowUpImport.normal(was) != FollowUpImport.normal(now) { conflict(field, FollowUpImport.normal(was), now, source) }
        }
        text("controller", old.controller, new.controller, sources?.controller?.source) { merged.controller = $0 }
        text("conclusion", old.conclusion, new.conclusion, sources?.conclusion?.source) { merged.conclusion = $0 }
        for s in new.samples {
            let row = sources?.rows[s.number]
            guard let k = merged.samples.firstIndex(where: { $0.number == s.number }) else {
                merged.samples.append(s)
                merged.samples.sort { $0.number < $1.number }
                if old.deviations.isEmpty { merged.deviations += Self.deviations([s]) }
                added = true
                continue
            }
            let o = merged.samples[k]
            if o.result != s.result { conflict("row \(s.number) result", o.result.rawValue, s.result.rawValue, row?.result?.source) }
            text("row \(s.number) unit", o.unit, s.unit, row?.unit?.source) { merged.samples[k].unit = $0 }
            text("row \(s.number) comment", o.comment, s.comment, row?.comment?.source) { merged.samples[k].comment = $0 }
        }
        if added {
            // In place of the old lines: without the blank line that separates an appended entry.
            replaced[j] = String(Self.entry(merged, indent: indent, year: year).drop { $0 == "\n" })
            changed = true
            notes.append("\(place): values added to the entry (comments inside it are not kept)")
        } else {
            notes.append("\(place): already there with the same values")
        }
    }

    /// A deviation row in the words the board reads: "Hemtjänsten Fränsta: planen saknas".
    static func deviations(_ samples: [SampleResult]) -> [String] {
        samples.filter { $0.result == .deviation }.map { s in
            let unit = s.unit ?? "Stickprov \(s.number)"
            return s.comment.map { "\(unit): \($0)" } ?? "\(unit): avvikelse"
        }
    }

    /// One `controls:` entry in the file's own spelling.
    static func entry(_ r: ControlResult, indent: Int, year: Int) -> String {
        let d = String(repeating: " ", count: indent)
        let k = d + "  "
        var out = ["", "\(d)- control: \(scalar(r.controlID))", "\(k)occasion: \(scalar(occasion(r.period, year: year)))", "\(k)date: \(r.date)"]
        if let c = r.controller { out.append("\(k)controller: \(scalar(c))") }
        if !r.samples.isEmpty {
            out.append("\(k)samples:")
            for s in r.samples {
                out.append("\(k)  - number: \(s.number)")
                if let u = s.unit { out.append("\(k)    unit: \(scalar(u))") }
                out.append("\(k)    result: \(s.result.rawValue)")
                if let c = s.comment { out.append("\(k)    comment: \(scalar(c))") }
            }
        }
        if !r.deviations.isEmpty {
            out.append("\(k)deviations:")
            out += r.deviations.map { "\(k)  - \(scalar($0))" }
        }
        if !r.correctiveActions.isEmpty {
            out.append("\(k)corrective_actions:")
            for a in r.correctiveActions {
                out.append("\(k)  - what: \(scalar(a.what))")
                out.append("\(k)    who: \(scalar(a.who))")
                out.append("\(k)    by: \(a.by)")
                out.append("\(k)    status: \(scalar([a.status.rawValue, a.statusNote].compactMap { $0 }.joined(separator: " ")))")
            }
        }
        if let c = r.conclusion { out.append("\(k)conclusion: \(scalar(c))") }
        return out.joined(separator: "\n")
    }

    /// The occasion as the example files write it: `mars`, `T1`, `Q1`, `utan datum`.
    static func occasion(_ p: Period, year: Int) -> String {
        if case .month(let m) = p, (1...12).contains(m) { return Period.monthNames[m - 1].lowercased() }
        return p.written(year: year)
    }

    /// A plain scalar when YAML reads it back as the same string, else a double-quoted one.
    static func scalar(_ s: String) -> String {
        let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]
        let first = s.unicodeScalars.first
        let plain = !s.isEmpty && s == s.trimmingCharacters(in: .whitespaces)
            && first.map { !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains($0) } == true
            && !s.contains(": ") && !s.contains(" #") && !s.hasSuffix(":")
            && !s.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{7F}" }
            && !reserved.contains(s.lowercased())
            && !s.allSatisfy({ $0.isNumber || "+-.:_ eE".contains($0) })
        if plain { return s }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += String(format: "\\x%02X", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
