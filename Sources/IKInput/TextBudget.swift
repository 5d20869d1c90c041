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
                error(node, path, "\(file) holds more than \(InputLimits.expandedNodes) values once its aliases (*name) are expanded, the limit",
                      hint: "write each value out instead of repeating large parts with & and *; see docs/plan-format.md, Limits")
                return false
            }
            switch node {
            case .scalar(let s):
                let n = s.string.utf8.count
                if n > InputLimits.fieldBytes {
                    error(node, path, "this text is \(InputLimits.describe(bytes: n / 1024 * 1024)) long; a text may be at most \(InputLimits.describe(bytes: InputLimits.fieldBytes))",
                          hint: "shorten it; long prose belongs in a Markdown file, see docs/plan-format.md, Limits")
                    return false
                }
                bytes += n
                if bytes > InputLimits.totalTextBytes {
                    error(node, path, "\(file)'s texts together (aliases expanded) pass \(InputLimits.describe(bytes: InputLimits.totalTextBytes)), the limit for a plan",
                          hint: "shorten the texts or repeat less with & and *; see docs/plan-format.md, Limits")
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
