import Foundation

/// The `checklists:` section of a layout file: the sheet's measures and the words it prints. Every key is
/// optional, so any layout (the plan's grayscale look too) prints checklists; Layouts/checklist-ange.yaml
/// gives them all.
struct ChecklistSettings: LayoutSection {
    /// Rows in the sample table when the plan gives no `samples:` for a control.
    var defaultSamples = 5
    /// The least height of a sample row: room to write by hand.
    var rowHeight = 36.0
    /// The side of a drawn check box.
    var checkBox = 8.0
    /// Ruled lines for the summary in the conclusion box.
    var conclusionLines = 3
    /// Relative widths of Nr, Stickprov, Datum, Resultat, Kommentar/åtgärd, Signatur.
    var columns: [Double] = [5, 24, 12, 21, 25, 13]
    /// The diameter of the årshjul.
    var wheelDiameter = 330.0
    /// Print the sheets with form fields (`fillable: true`; `checklists --fillable` asks it for one run).
    var fillable = false
    var texts = ChecklistTexts()

    static let key = "checklists"
    static let keys = ["default_samples", "row_height", "check_box", "conclusion_lines", "columns", "wheel_diameter", "fillable", "texts"]

    init() {}

    init(reading m: LayoutMap) {
        if let v = m.int("default_samples", in: 1...200) { defaultSamples = v }
        if let v = m.length("row_height", in: 12...200, what: "a sample row") { rowHeight = v }
        if let v = m.length("check_box", in: 4...30, what: "a check box") { checkBox = v }
        if let v = m.int("conclusion_lines", in: 0...20) { conclusionLines = v }
        if let v = m.length("wheel_diameter", in: 120...600, what: "the årshjul") { wheelDiameter = v }
        if let v = m.bool("fillable") { fillable = v }
        if let list = m.list("columns") {
            let widths = list.compactMap { $0.string.flatMap(Double.init) }.filter { $0 > 0 && $0.isFinite && $0 <= 1000 }
            if widths.count == 6, list.count == 6 { columns = widths } else {
                m.error("columns", "expected six positive widths (Nr, Stickprov, Datum, Resultat, Kommentar/åtgärd, Signatur)",
                        hint: "for example [5, 24, 12, 21, 25, 13]")
            }
        }
        if let t = m.map("texts", known: ChecklistTexts.keys.map(\.0)) { texts = ChecklistTexts(reading: t) }
    }
}

/// The words the sheets and the overview print; each can be replaced under `checklists.texts`.
struct ChecklistTexts: Sendable {
    var control = "Kontrollmoment"
    var plan = "Plan"
    var area = "Område"
    var process = "Process"
    var risk = "Risk"
    var riskValue = "riskvärde"
    var what = "Vad kontrolleras?"
    var how = "Hur sker kontrollen?"
    var when = "När utförs kontrollen?"
    var responsible = "Ansvarig"
    var occasion = "Tillfälle"
    var samples = "Stickprov"
    var perOccasion = "per tillfälle"
    var seed = "Slumpfrö"
    var population = "Population"
    var rows = "Antal rader"
    var sha256 = "SHA-256"
    var noPopulation = "Ingen population angiven: kontrollanten väljer och skriver in stickproven."
    var number = "Nr"
    var unit = "Stickprov"
    var date = "Datum"
    var result = "Resultat"
    var comment = "Kommentar/åtgärd"
    var signature = "Signatur"
    var noRemark = "Utan anmärkning"
    var deviation = "Avvikelse"
    var conclusion = "Sammanfattande bedömning"
    var reportedTo = "Avvikelser rapporterade till"
    var controller = "Kontrollant (namn)"
    var undatedPrefix = "Datum"
    var overviewTitle = "Kontrollplan {year} – årshjul"
    var overviewIntro = "Varje tillfälle då ett kontrollmoment ska vara utfört, markerat i den månad det senast ska göras. Tertialerna är styrelsens uppföljningar: T1 januari–april, T2 maj–augusti, T3 september–december."
    var wheelTitle = "Årshjulet"
    var wheelText = "Årshjulet i text"
    var undated = "Utan datum"
    var sheets = "Blad"

    init() {}

    /// The keys under `checklists.texts`, and the word each replaces.
    static var keys: [(String, WritableKeyPath<ChecklistTexts, String>)] { [
        ("control", \.control), ("plan", \.plan), ("area", \.area), ("process", \.process), ("risk", \.risk),
        ("risk_value", \.riskValue), ("what", \.what), ("how", \.how), ("when", \.when), ("responsible", \.responsible),
        ("occasion", \.occasion), ("samples", \.samples), ("per_occasion", \.perOccasion), ("seed", \.seed),
        ("population", \.population), ("rows", \.rows), ("sha256", \.sha256), ("no_population", \.noPopulation),
        ("number", \.number), ("unit", \.unit), ("date", \.date), ("result", \.result), ("comment", \.comment),
        ("signature", \.signature), ("no_remark", \.noRemark), ("deviation", \.deviation), ("conclusion", \.conclusion),
        ("reported_to", \.reportedTo), ("controller", \.controller), ("undated_prefix", \.undatedPrefix),
        ("overview_title", \.overviewTitle), ("overview_intro", \.overviewIntro), ("wheel_title", \.wheelTitle),
        ("wheel_text", \.wheelText), ("undated", \.undated), ("sheets", \.sheets),
    ] }

    init(reading m: LayoutMap) {
        for (key, path) in Self.keys { if let v = m.string(key) { self[keyPath: path] = v } }
    }
}
