import Foundation

/// The `checklists:` section of a layout file: the sheet's measures and the words it prints. Every key is
/// optional, so any layout (the plan's grayscale look too) prints checklists; Layouts/checklist-ange.yaml
/// gives them all.
struct ChecklistSettings: Decodable {
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
    var texts = ChecklistTexts()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case defaultSamples = "default_samples", rowHeight = "row_height", checkBox = "check_box"
        case conclusionLines = "conclusion_lines", columns, wheelDiameter = "wheel_diameter", texts
    }

    init() {}

    init(from decoder: Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ChecklistSettings()
        defaultSamples = try c.decodeIfPresent(Int.self, forKey: .defaultSamples) ?? d.defaultSamples
        rowHeight = try c.decodeIfPresent(LayoutLength.self, forKey: .rowHeight)?.points ?? d.rowHeight
        checkBox = try c.decodeIfPresent(LayoutLength.self, forKey: .checkBox)?.points ?? d.checkBox
        conclusionLines = try c.decodeIfPresent(Int.self, forKey: .conclusionLines) ?? d.conclusionLines
        columns = try c.decodeIfPresent([Double].self, forKey: .columns) ?? d.columns
        wheelDiameter = try c.decodeIfPresent(LayoutLength.self, forKey: .wheelDiameter)?.points ?? d.wheelDiameter
        texts = try c.decodeIfPresent(ChecklistTexts.self, forKey: .texts) ?? d.texts
        guard (1...200).contains(defaultSamples) else {
            throw DecodingError.dataCorruptedError(forKey: .defaultSamples, in: c, debugDescription: "default_samples must be 1–200")
        }
        guard (12...200).contains(rowHeight), (4...30).contains(checkBox), (0...20).contains(conclusionLines),
              (120...600).contains(wheelDiameter) else {
            throw DecodingError.dataCorruptedError(forKey: .rowHeight, in: c,
                debugDescription: "row_height 12–200 pt, check_box 4–30 pt, conclusion_lines 0–20, wheel_diameter 120–600 pt")
        }
        guard columns.count == 6, columns.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw DecodingError.dataCorruptedError(forKey: .columns, in: c, debugDescription: "columns takes six positive widths")
        }
    }
}

/// The words the sheets and the overview print; each can be replaced under `checklists.texts`.
struct ChecklistTexts: Decodable {
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

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case control, plan, area, process, risk, riskValue = "risk_value", what, how, when, responsible, occasion
        case samples, perOccasion = "per_occasion", seed, population, rows, sha256, noPopulation = "no_population"
        case number, unit, date, result, comment, signature, noRemark = "no_remark", deviation, conclusion
        case reportedTo = "reported_to", controller, undatedPrefix = "undated_prefix", overviewTitle = "overview_title"
        case overviewIntro = "overview_intro", wheelTitle = "wheel_title", wheelText = "wheel_text", undated, sheets
    }

    init(from decoder: Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys, _ value: inout String) throws {
            if let v = try c.decodeIfPresent(String.self, forKey: key) { value = v }
        }
        try read(.control, &control); try read(.plan, &plan); try read(.area, &area); try read(.process, &process)
        try read(.risk, &risk); try read(.riskValue, &riskValue); try read(.what, &what); try read(.how, &how)
        try read(.when, &when); try read(.responsible, &responsible); try read(.occasion, &occasion)
        try read(.samples, &samples); try read(.perOccasion, &perOccasion); try read(.seed, &seed)
        try read(.population, &population); try read(.rows, &rows); try read(.sha256, &sha256)
        try read(.noPopulation, &noPopulation); try read(.number, &number); try read(.unit, &unit)
        try read(.date, &date); try read(.result, &result); try read(.comment, &comment); try read(.signature, &signature)
        try read(.noRemark, &noRemark); try read(.deviation, &deviation); try read(.conclusion, &conclusion)
        try read(.reportedTo, &reportedTo); try read(.controller, &controller); try read(.undatedPrefix, &undatedPrefix)
        try read(.overviewTitle, &overviewTitle); try read(.overviewIntro, &overviewIntro); try read(.wheelTitle, &wheelTitle)
        try read(.wheelText, &wheelText); try read(.undated, &undated); try read(.sheets, &sheets)
    }
}
