import Yams

/// A YAML mapping read against a fixed set of keys. Unknown keys are reported when it is made,
/// with a "did you mean" when a known key is close.
struct YAMLMapping {
    let field: YAMLField
    private let entries: [(key: String, keyPosition: SourcePosition, value: Node)]

    /// Nil (and an error reported) when the node is not a mapping.
    init?(_ field: YAMLField, keys known: [String], what: String = "a mapping") {
        guard case .mapping(let mapping) = field.node else {
            field.error("expected \(what), found \(field.kindDescription)")
            return nil
        }
        self.field = field
        var entries: [(String, SourcePosition, Node)] = []
        for (keyNode, value) in mapping {
            let keyField = field.child(keyNode, key: "")
            let key = keyField.sourceText ?? keyField.kindDescription
            entries.append((key, keyField.position, value))
            guard !known.contains(key) else { continue }
            let unknownPath = field.path.isEmpty ? key : "\(field.path).\(key)"
            var hint = "known keys here: " + known.joined(separator: ", ")
            var message = "unknown key \"\(key)\""
            if let guess = EditDistance.closest(to: key, among: known) {
                message += "; did you mean \"\(guess)\"?"
                hint = ""
            }
            field.log.error(field.file, keyField.position, field: unknownPath, message, hint: hint)
        }
        self.entries = entries
    }

    /// The value under `key`; nil when absent or null (`key:` with nothing after it).
    func optional(_ key: String) -> YAMLField? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        let child = field.child(entry.value, key: key)
        return child.isNull ? nil : child
    }

    /// The value under `key`; reports a missing or empty value.
    func required(_ key: String) -> YAMLField? {
        guard let entry = entries.first(where: { $0.key == key }) else {
            let path = field.path.isEmpty ? key : "\(field.path).\(key)"
            field.log.error(field.file, field.position, field: path, "missing required field \"\(key)\"",
                            hint: FieldHelp.hint(for: path))
            return nil
        }
        let child = field.child(entry.value, key: key)
        if child.isNull {
            child.error("\"\(key)\" has no value")
            return nil
        }
        return child
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
}
