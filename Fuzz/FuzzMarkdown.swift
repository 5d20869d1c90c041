// Compiled into one module named IKInput with Sources/IKInput (scripts/fuzz.sh), so it sees the internals.
import IKModel

/// libFuzzer target: the Markdown path of a `{file: name.md}` text — UTF-8 check, control characters,
/// libcmark and the conversion into prose blocks (nesting, figures, lists, tables of inlines).
/// Diagnostics are fine; a crash, a hang or an allocation the input cannot back is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count <= InputLimits.markdownFileBytes else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard case .success(let text) = TextFile.decode(bytes) else { return 0 }
    _ = ControlCharacters.first(in: text)
    var reports = 0
    let blocks = MarkdownConverter { _, _, _, _, _ in reports += 1 }.convert(text)
    _ = Prose(blocks)
    return 0
}
