// Compiled into one module named IKDocuments with Sources/IKDocuments (scripts/fuzz.sh), so it sees the
// internals; IKEngine, IKInput and the C libraries come from the debug build.
import Foundation

/// A file of this process's own for the input under test: libFuzzer runs one input at a time.
private let fuzzFile: URL = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-fuzz-layout-\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("layout.yaml")
}()

/// libFuzzer target: the layout-file reader on an untrusted `--layout` file, read as every document would
/// read it (the one grammar, styles with inherit, colours, tables, page decorations, placeholders, images,
/// the styles of the plan, its figures, the minutes, the checklists and the follow-ups).
/// Errors are fine; a crash, a hang or an allocation the input cannot back is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayoutReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard (try? Data(bytes: data, count: count).write(to: fuzzFile)) != nil else { return 0 }
    // As every document kind reads it: the plan and its figures, the minutes, the checklists, the follow-ups.
    guard let layout = try? LayoutFile(contentsOf: fuzzFile, fonts: nil) else { return 0 }
    _ = try? PlanStyles(layout: layout)
    _ = try? MinutesStyles(layout: layout)
    _ = try? ProseStyles(layout: layout)
    _ = try? ChecklistStyles(layout: layout)
    _ = try? MatrixStyle(layout: layout)
    _ = try? BadgeStyle(layout: layout)
    _ = try? ProcessFigureStyle(layout: layout)
    _ = layout.section(FollowUpSettings.self)
    return 0
}
