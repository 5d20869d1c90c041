import Yams

/// A YAML node with where it sits in the plan (`risks[3].probability`) and in `file`,
/// so every check can report a precise position without threading it by hand.
struct YAMLField {
    let node: Node
    /// Field path: keys joined by dots, list elements as `[i]` counted from 0.
    let path: String
    let file: String
    let log: DiagnosticLog
    let position: SourcePosition
    /// The file's lines as written, to find text YAML dropped silently; nil when not at hand.
    let source: YAMLSource?

    init(node: Node, path: String, file: String, log: DiagnosticLog, fallback: SourcePosition, source: YAMLSource? = nil) {
        self.node = node; self.path = path; self.file = file; self.log = log; self.source = source
        self.position = node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? fallback
    }

    func child(_ node: Node, key: String) -> YAMLField {
        YAMLField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file, log: log, fallback: position, source: source)
    }

    func element(_ node: Node, index: Int) -> YAMLField {
        YAMLField(node: node, path: "\(path)[\(index)]", file: file, log: log, fallback: position, source: source)
    }

    func error(_ message: String, hint: String? = nil) {
        log.error(file, position, field: path, message, hint: hint ?? FieldHelp.hint(for: path))
    }

    func warning(_ message: String, hint: String = "") {
        log.warning(file, position, field: path, message, hint: hint)
    }

    /// A YAML null: `key:` with nothing after it, `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return scalarTag == .null
    }

    /// The type YAML gives the value: an explicit tag (`!!str 2`) as written, a quoted scalar text, a plain
    /// one by YAML 1.1's rules (`YAMLScalarType`: plans are read without Yams' regular-expression typing).
    var scalarTag: Tag.Name {
        guard case .scalar(let s) = node else { return Tag.Name(rawValue: node.tag.rawValue) }
        guard s.tag.rawValue == Tag.Name.implicit.rawValue else { return Tag.Name(rawValue: node.tag.rawValue) }
        return s.style == .plain || s.style == .any ? YAMLScalarType.tag(of: s.string) : .str
    }

    /// The scalar exactly as written (without quotes), whatever type YAML would give it:
    /// `2.4` stays "2.4", `10:00` stays "10:00".
    var sourceText: String? {
        if case .scalar(let s) = node { return s.string }
        return nil
    }

    /// How the value reads to a person, for "expected …, found …" messages.
    var kindDescription: String {
        switch node {
        case .mapping: return Messages.text(.kindMapping)
        case .sequence: return Messages.text(.kindList)
        case .alias: return Messages.text(.kindAlias)
        case .scalar(let s):
            if isNull { return Messages.text(.kindNothing) }
            if s.style == .plain || s.style == .any {
                switch scalarTag {
                case .int, .float: return Messages.text(.kindNumber, s.string)
                case .bool: return Messages.text(.kindValue, s.string)
                default: break
                }
            }
            // An explicit tag reads as the author wrote it: `!!str 2` is the text "2" tagged so.
            if s.style == .plain || s.style == .any, s.tag.rawValue == Tag.Name.str.rawValue,
               Int(s.string) != nil || Double(s.string) != nil {
                return Messages.text(.kindTaggedText, s.string)
            }
            return Messages.text(.kindText, s.string)
        }
    }
}
