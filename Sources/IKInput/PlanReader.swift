import Foundation
import IKModel

/// Reads the top level of plan.yaml and each section in turn. Sections are read in dependency
/// order (plan → areas → processes → risks → actions, controls) whatever order the file uses,
/// so references can be checked on the spot with the position of the reference.
final class PlanReader {
    let prose: ProseReader
    /// What the plan declares, including entries that had other errors, so one mistake in a risk
    /// does not also make every reference to it "unknown".
    var areaIDs: [String: SourcePosition] = [:]
    var processCodes: [KlassaCode: SourcePosition] = [:]
    var riskNumbers: [Int: SourcePosition] = [:]
    /// Whether a section could be read at all; references into a broken section are not checked.
    var areasReadable = false, processesReadable = false, risksReadable = false
    var planYear: Int?
    /// Risk numbers named by any action or control, even one with other errors (for the handling warnings).
    var risksWithActions: Set<Int> = [], risksWithControls: Set<Int> = []
    /// Control and action ids and population files, checked once every control is read.
    var identifiers = ChecklistInputs()
    /// "risk 9", "åtgärd 4", "kontroll K3": how the diagnostics name the entries read.
    var names = EntryNames()

    static let topLevelKeys = ["plan", "texts", "areas", "processes", "risks", "actions", "controls", "meeting"]

    init(folder: URL, tally: TextTally = TextTally()) { prose = ProseReader(folder: folder, tally: tally) }

    func read(_ root: YAMLField) -> Plan? {
        guard let top = YAMLMapping(root, keys: Self.topLevelKeys, what: Messages.text(.planMapping)) else { return nil }
        let info = top.required("plan").flatMap(readInfo)
        planYear = info?.year
        let texts = top.optional("texts").flatMap(readTexts) ?? PlanTexts()
        let areas = top.required("areas").flatMap(readAreas)
        let processes = top.required("processes").flatMap(readProcesses)
        let riskEntries = top.required("risks").flatMap(readRisks)
        let actions = top.optional("actions").flatMap(readActions) ?? []
        let controls = top.optional("controls").flatMap(readControls) ?? []
        let meeting = top.optional("meeting").flatMap(readMeeting)

        if let riskEntries { checkHandling(riskEntries) }
        checkIdentifiers(actions: actions, controls: controls)
        let populations = readPopulations()
        guard let info, let areas, let processes, let riskEntries else { return nil }
        var plan = Plan(info: info, texts: texts, areas: areas, processes: processes, risks: riskEntries.map(\.risk),
                        actions: actions, controls: controls, meeting: meeting)
        plan.populations = populations
        return plan
    }

    /// Reads each element of a list with `readOne`, keeping those that could be read.
    func readList<T>(_ field: YAMLField, _ readOne: (YAMLField) -> T?) -> [T]? {
        guard let elements = field.list() else { return nil }
        return elements.compactMap(readOne)
    }

    /// A whole number in `range`, e.g. probability 1–4.
    func integer(_ field: YAMLField?, in range: ClosedRange<Int>) -> Int? {
        guard let field, let n = field.integer() else { return nil }
        guard range.contains(n) else {
            field.error(Messages.text(.outsideRange, n, range.lowerBound, range.upperBound))
            return nil
        }
        return n
    }

    /// A whole number of at least 1 (risk and agenda item numbers, sample counts).
    func positiveInteger(_ field: YAMLField?) -> Int? {
        guard let field, let n = field.integer() else { return nil }
        guard n >= 1 else {
            field.error(Messages.text(.notPositive, n))
            return nil
        }
        return n
    }

    /// A list of risk numbers, each checked against the risks the plan declares.
    /// Every number read is also recorded in `seen`, valid or not.
    func riskReferences(_ field: YAMLField?, recordingIn seen: ReferenceWritableKeyPath<PlanReader, Set<Int>>) -> [Int]? {
        guard let field, let elements = field.list() else { return nil }
        guard !elements.isEmpty else {
            field.error(Messages.text(.namesNoRisk))
            return nil
        }
        var numbers: [Int] = []
        var ok = true
        for element in elements {
            guard let n = element.integer() else { ok = false; continue }
            self[keyPath: seen].insert(n)
            if risksReadable, riskNumbers[n] == nil {
                let known = riskNumbers.keys.sorted().map(String.init).joined(separator: ", ")
                element.error(Messages.text(.unknownRisk, n), hint: known.isEmpty ? Messages.text(.planHasNoRisks) : Messages.text(.riskNumbersInPlan, known))
                ok = false
            }
            numbers.append(n)
        }
        return ok ? numbers : nil
    }
}
