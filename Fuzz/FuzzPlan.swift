// Compiled into one module named IKInput with Sources/IKInput (scripts/fuzz.sh), so it sees the internals.
import Foundation

/// A folder of this process's own for the input under test: libFuzzer runs one input at a time.
private let fuzzFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-fuzz-plan-\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// libFuzzer target: the plan loader on an untrusted plan.yaml, as `ikplan validate` and `render` read it
/// (UTF-8 check, YAML with aliases, the text budget, every field rule, the follow-up folder if any).
/// Diagnostics are fine; a crash, a hang or an allocation the input cannot back is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanLoader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let file = fuzzFolder.appendingPathComponent(PlanFolder.planFileName)
    guard (try? Data(bytes: data, count: count).write(to: file)) != nil else { return 0 }
    let result = PlanLoader.load(folder: fuzzFolder)
    _ = result.diagnostics.renderedText()
    _ = result.diagnostics.renderedJSON()
    return 0
}
