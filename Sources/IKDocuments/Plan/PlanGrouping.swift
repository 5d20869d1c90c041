import IKModel

/// The order chapters 2–4 print the plan's entries in (the layout's `plan.order`).
enum PlanOrder: String, CaseIterable {
    /// As the plan file gives them: the adopted plan's order, which later texts cite by section number.
    case plan
    /// Processes by KLASSA code, for municipalities that want the classification's order.
    case klassa
}

/// The plan's entries grouped the way chapters 2–4 print them. Areas follow the plan's list of areas; within an
/// area, processes stand where their first entry stands (or in KLASSA order). Only groups that have entries
/// appear, so numbering has no gaps.
struct PlanGrouping {
    struct ProcessGroup<Entry> { var process: Process; var entries: [Entry] }
    struct AreaGroup<Entry> { var area: ControlArea; var processes: [ProcessGroup<Entry>] }

    let plan: Plan
    var order: PlanOrder = .plan

    /// Runs of consecutive risks of one process, in the plan's order: a process whose risks are not
    /// consecutive appears again where its next risk stands. In KLASSA order every process is one run,
    /// processes by code and risks by number within a process.
    var risksByProcess: [ProcessGroup<Risk>] {
        let risks = order == .plan ? plan.risks
            : plan.risks.enumerated().sorted { a, b in
                (a.element.process, a.element.number, a.offset) < (b.element.process, b.element.number, b.offset)
            }.map(\.element)
        var groups: [ProcessGroup<Risk>] = []
        for risk in risks {
            if let last = groups.last, last.process.code == risk.process {
                groups[groups.count - 1].entries.append(risk)
            } else {
                groups.append(ProcessGroup(process: plan.process(risk.process) ?? Process(code: risk.process, name: "", area: ""),
                                           entries: [risk]))
            }
        }
        return groups
    }

    /// An entry belongs to the process of its first risk (the plan checks that the risks exist). Entries keep
    /// the plan's order within their process.
    func byArea<Entry>(_ entries: [Entry], risks: (Entry) -> [Int]) -> [AreaGroup<Entry>] {
        var byCode: [KlassaCode: [Entry]] = [:]
        var firstSeen: [KlassaCode] = []
        for e in entries {
            guard let first = risks(e).first, let risk = plan.risk(first) else { continue }
            if byCode[risk.process] == nil { firstSeen.append(risk.process) }
            byCode[risk.process, default: []].append(e)
        }
        let codes = order == .plan ? firstSeen : firstSeen.sorted()
        return plan.areas.compactMap { area in
            let groups = codes.compactMap { code -> ProcessGroup<Entry>? in
                guard let p = plan.process(code), p.area == area.id, let list = byCode[code] else { return nil }
                return ProcessGroup(process: p, entries: list)
            }
            return groups.isEmpty ? nil : AreaGroup(area: area, processes: groups)
        }
    }

    /// The risks an entry addresses, in the order given (the plan checks that they exist).
    func risks(_ numbers: [Int]) -> [Risk] { numbers.compactMap { plan.risk($0) } }
}
