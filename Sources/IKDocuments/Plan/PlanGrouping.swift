import IKModel

/// The plan's entries sorted the way chapters 2–4 print them: by area (in the plan's order), then by
/// process in KLASSA order. Only groups that have entries appear, so numbering has no gaps.
struct PlanGrouping {
    struct ProcessGroup<Entry> { var process: Process; var entries: [Entry] }
    struct AreaGroup<Entry> { var area: ControlArea; var processes: [ProcessGroup<Entry>] }

    let plan: Plan

    /// Risks by process, processes in KLASSA order, risks by number within a process.
    var risksByProcess: [ProcessGroup<Risk>] {
        let byCode = Dictionary(grouping: plan.risks, by: \.process)
        return byCode.keys.sorted().map { code in
            ProcessGroup(process: plan.process(code) ?? Process(code: code, name: "", area: ""),
                         entries: (byCode[code] ?? []).sorted { $0.number < $1.number })
        }
    }

    /// An entry belongs to the process of its first risk (the plan checks that the risks exist).
    func byArea<Entry>(_ entries: [Entry], risks: (Entry) -> [Int]) -> [AreaGroup<Entry>] {
        var byCode: [KlassaCode: [Entry]] = [:]
        for e in entries {
            guard let first = risks(e).first, let risk = plan.risk(first) else { continue }
            byCode[risk.process, default: []].append(e)
        }
        return plan.areas.compactMap { area in
            let groups = byCode.keys.sorted().compactMap { code -> ProcessGroup<Entry>? in
                guard let p = plan.process(code), p.area == area.id, let list = byCode[code] else { return nil }
                return ProcessGroup(process: p, entries: list)
            }
            return groups.isEmpty ? nil : AreaGroup(area: area, processes: groups)
        }
    }

    /// The titles of the risks an entry addresses, in the order given.
    func riskTitles(_ numbers: [Int]) -> [String] { numbers.compactMap { plan.risk($0)?.title } }
}
