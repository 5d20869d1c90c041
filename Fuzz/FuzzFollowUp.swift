// Compiled into one module named IKInput with Sources/IKInput (scripts/fuzz.sh), so it sees the internals.
import Foundation
import IKModel
import Yams

/// The plan the follow-up files are checked against: the example plan, read once. Its folder comes from
/// IKPLAN_FUZZ_PLAN (scripts/fuzz.sh sets it to a copy of examples/ange-2026 without its follow-ups).
private let fuzzPlan: (plan: Plan, folder: URL)? = {
    guard let path = ProcessInfo.processInfo.environment["IKPLAN_FUZZ_PLAN"] else { return nil }
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    guard let plan = PlanLoader.load(folder: folder).plan else { return nil }
    return (plan, folder)
}()

/// libFuzzer target: the follow-up reader on an untrusted `uppfoljning/*.yaml` against a real plan, as
/// FollowUpLoader reads it (UTF-8, YAML, the text budget, every id, occasion, sample and date checked).
/// Diagnostics are fine; a crash, a hang or an allocation the input cannot back is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFollowUpReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let (plan, folder) = fuzzPlan else {
        FileHandle.standardError.write(Data("IKPLAN_FUZZ_PLAN must name a plan folder that loads without errors\n".utf8))
        exit(2)
    }
    guard count <= InputLimits.planFileBytes else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard case .success(let text) = TextFile.decode(bytes) else { return 0 }
    let file = "uppfoljning/2026-T1.yaml"
    let log = DiagnosticLog()
    guard let root = try? Yams.compose(yaml: text) else { return 0 }
    let tally = TextTally()
    guard let used = TextBudget.check(root, file: file, log: log), tally.add(used) else { return 0 }
    let field = YAMLField(node: root, path: "", file: file, log: log, fallback: SourcePosition(line: 1, column: 1))
    let reader = FollowUpReader(plan: plan, file: file, fileName: "2026-T1.yaml", prose: ProseReader(folder: folder, tally: tally), seenTertials: [:])
    _ = reader.read(field)
    _ = log.diagnostics.sorted().renderedText()
    return 0
}
