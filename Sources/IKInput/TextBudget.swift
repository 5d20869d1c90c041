import Yams

/// The limits on plan.yaml's values as a whole, checked on the composed YAML before any section is read:
/// the number of values once aliases are expanded, the length of each text and of all texts together.
/// The walk stops at the first limit passed, so an alias bomb costs no more than the limit.
enum TextBudget {
    /// The bytes of text plan.yaml holds (aliases expanded); nil (and an error naming the limit reported)
    /// when it passes one of `InputLimits`.
    static func check(_ root: Node, file: String, log: DiagnosticLog) -> Int? {
        var walk = Walk(file: file, log: log)
        return walk.visit(root, path: "") ? walk.bytes : nil
    }

    struct Walk {
        let file: String
        let log: DiagnosticLog
        var nodes = 0
        var bytes = 0

        mutating func visit(_ node: Node, path: String) -> Bool {
            nodes += 1
            if nodes > InputLimits.expandedNodes {
                error(node, path, Messages.text(.limitAliasExpansion, file, InputLimits.expandedNodes),
                      hint: Messages.text(.limitAliasExpansionHint))
                return false
            }
            switch node {
            case .scalar(let s):
                let n = s.string.utf8.count
                if n > InputLimits.fieldBytes {
                    error(node, path, Messages.text(.limitTextLong, InputLimits.describe(bytes: n / 1024 * 1024), InputLimits.describe(bytes: InputLimits.fieldBytes)),
                          hint: Messages.text(.limitTextLongHint))
                    return false
                }
                bytes += n
                if bytes > InputLimits.totalTextBytes {
                    error(node, path, Messages.text(.limitTextsTogether, file, InputLimits.describe(bytes: InputLimits.totalTextBytes)),
                          hint: Messages.text(.limitTextsTogetherHint))
                    return false
                }
                return true
            case .mapping(let m):
                for (key, value) in m {
                    guard visit(key, path: path) else { return false }
                    let name = key.string ?? "?"
                    guard visit(value, path: path.isEmpty ? name : "\(path).\(name)") else { return false }
                }
                return true
            case .sequence(let seq):
                for (i, element) in seq.enumerated() {
                    guard visit(element, path: "\(path)[\(i)]") else { return false }
                }
                return true
            case .alias:
                return true
            }
        }

        private func error(_ node: Node, _ path: String, _ message: String, hint: String) {
            let at = node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? SourcePosition(line: 1, column: 1)
            log.error(file, at, field: path, message, hint: hint)
        }
    }
}

/// The bytes of text the plan's Markdown files add to plan.yaml's, against `InputLimits.totalTextBytes`.
/// One per load; not shared between threads.
final class TextTally {
    private(set) var bytes: Int
    init(bytes: Int = 0) { self.bytes = bytes }
    /// Whether the limit was passed and said so: the files after that one are not read.
    private(set) var passed = false

    /// Adds `count` bytes; false when the plan's total passes the limit.
    func add(_ count: Int) -> Bool {
        bytes += count
        if bytes > InputLimits.totalTextBytes { passed = true }
        return !passed
    }
}
