import Foundation
import IKModel

/// `schedule:` — a period name, or `{months: [..]}` / `{tertials: [..]}`.
extension YAMLField {
    static let scheduleNames: [String: Schedule] = [
        "monthly": .monthly, "quarterly": .quarterly, "per_tertial": .perTertial,
        "half_yearly": .halfYearly, "yearly": .yearly, "event_driven": .eventDriven,
    ]
    private static let orderedScheduleNames = ["monthly", "quarterly", "per_tertial", "half_yearly", "yearly", "event_driven"]

    func schedule() -> Schedule? {
        switch node {
        case .mapping:
            guard let m = YAMLMapping(self, keys: ["months", "tertials"], what: Messages.text(.aSchedule)) else { return nil }
            let months = m.optional("months"), tertials = m.optional("tertials")
            switch (months, tertials) {
            case (let f?, nil): return periodNumbers(f, in: 1...12, unit: "month").map(Schedule.months)
            case (nil, let f?): return periodNumbers(f, in: 1...3, unit: "tertial").map(Schedule.tertials)
            case (.some, .some):
                error(Messages.text(.scheduleBoth))
            case (nil, nil):
                if !m.has("months") && !m.has("tertials") { error("a schedule mapping needs months or tertials") }
                else { error("the schedule lists no months or tertials") }
            }
            return nil
        default:
            guard let name = text() else { return nil }
            if let s = Self.scheduleNames[name] { return s }
            var message = Messages.text(.unknownSchedule, name)
            var hint = Messages.text(.scheduleHint)
            if let swedish = SwedishWords.schedule(for: name) {
                message += "; " + Messages.text(.didYouMean, swedish)
                hint = Messages.text(.valuesAreEnglish, name, swedish)
            } else if let guess = EditDistance.closest(to: name, among: Self.orderedScheduleNames) {
                message += "; " + Messages.text(.didYouMean, guess)
            }
            error(message, hint: hint)
            return nil
        }
    }

    /// Month or tertial numbers: a non-empty list, each in range, none repeated.
    private func periodNumbers(_ field: YAMLField, in range: ClosedRange<Int>, unit: String) -> [Int]? {
        guard let elements = field.list() else { return nil }
        guard !elements.isEmpty else {
            field.error("lists no \(unit)")
            return nil
        }
        var numbers: [Int] = []
        var ok = true
        for e in elements {
            guard let n = e.integer() else { ok = false; continue }
            if !range.contains(n) {
                e.error(Messages.text(unit == "month" ? .monthOutside : .tertialOutside, n, range.lowerBound, range.upperBound))
                ok = false
            } else if numbers.contains(n) {
                e.error("\(unit) \(n) is listed twice")
                ok = false
            }
            numbers.append(n)
        }
        return ok ? numbers : nil
    }

    /// `samples:` — a positive number, or a range "min-max" (hyphen or en dash) with min ≤ max.
    func sampleCount() -> SampleCount? {
        if case .scalar(let s) = node, let n = Int(s.string) {
            guard integer() != nil else { return nil }
            guard n >= 1 else {
                error(Messages.text(.samplesNotPositive, n))
                return nil
            }
            return SampleCount(exactly: n)
        }
        guard let raw = text() else { return nil }
        let parts = raw.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]),
              raw.filter({ $0 == "-" || $0 == "–" }).count == 1 else {
            error(Messages.text(.notASampleCount, raw))
            return nil
        }
        guard lo >= 1 else {
            error("the range \(raw) must start at 1 or more")
            return nil
        }
        guard lo <= hi else {
            error(Messages.text(.rangeBackwards, raw, lo, hi), hint: Messages.text(.rangeBackwardsHint, "\(hi)-\(lo)"))
            return nil
        }
        return SampleCount(min: lo, max: hi)
    }
}
