/// The names of the form fields on a fillable checklist sheet, shared by the sheet that writes them and
/// `followup import` that reads them back: `K4/2026-T1/datum`, `K4/2026-T1/3/avvikelse`. A name holds the
/// control id, the occasion's key (`Occasion.key`: 2026-T1, 2026-03, 2026-Q1, 2026-H2, 2026, undated) and,
/// for a sample row, its number on the sheet. Slashes, not dots: a dot in a field's name means a parent field.
public struct ChecklistFieldName: Hashable, Sendable {
    /// What a field holds.
    public enum Part: Hashable, Sendable {
        /// The day the control was carried out (`datum`).
        case date
        /// The controller's name (`kontrollant`).
        case controller
        /// Sammanfattande bedömning (`bedomning`).
        case conclusion
        /// A sample row's unit (`stickprov`).
        case unit(Int)
        /// A row's "Utan anmärkning" box (`utan-anmarkning`).
        case noRemark(Int)
        /// A row's "Avvikelse" box (`avvikelse`).
        case deviation(Int)
        /// A row's comment (`kommentar`).
        case comment(Int)

        /// The sample row it belongs to, nil for the occasion's own fields.
        public var row: Int? {
            switch self {
            case .date, .controller, .conclusion: return nil
            case .unit(let n), .noRemark(let n), .deviation(let n), .comment(let n): return n
            }
        }

        var word: String {
            switch self {
            case .date: return "datum"
            case .controller: return "kontrollant"
            case .conclusion: return "bedomning"
            case .unit: return "stickprov"
            case .noRemark: return "utan-anmarkning"
            case .deviation: return "avvikelse"
            case .comment: return "kommentar"
            }
        }
    }

    /// The control's id (`K4`).
    public var controlID: String
    /// The occasion's key (`2026-T1`, `undated`).
    public var occasionKey: String
    public var part: Part

    public init(controlID: String, occasionKey: String, part: Part) {
        self.controlID = controlID; self.occasionKey = occasionKey; self.part = part
    }

    public init(_ occasion: Occasion, _ part: Part) {
        self.init(controlID: occasion.controlID, occasionKey: occasion.key, part: part)
    }

    /// The field's /T.
    public var name: String {
        let row = part.row.map { "/\($0)" } ?? ""
        return "\(controlID)/\(occasionKey)\(row)/\(part.word)"
    }

    /// Reads a name written by `name`; nil for any other (a field some other tool added).
    public init?(parsing name: String) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        controlID = parts[0]
        occasionKey = parts[1]
        if parts.count == 3 {
            switch parts[2] {
            case "datum": part = .date
            case "kontrollant": part = .controller
            case "bedomning": part = .conclusion
            default: return nil
            }
        } else {
            guard let n = Int(parts[2]), n >= 1, n <= 10_000, String(n) == parts[2] else { return nil }
            switch parts[3] {
            case "stickprov": part = .unit(n)
            case "utan-anmarkning": part = .noRemark(n)
            case "avvikelse": part = .deviation(n)
            case "kommentar": part = .comment(n)
            default: return nil
            }
        }
    }
}
