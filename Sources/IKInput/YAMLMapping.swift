import Yams

/// A YAML mapping read against a fixed set of keys. Unknown keys are reported when it is made,
/// with a "did you mean" when a known key is close.
struct YAMLMapping {
    let field: YAMLField
    private let entries: [(key: String, keyPosition: SourcePosition, value: Node)]

    /// Known keys an unknown key was taken for ("did you mean"): their absence is not reported again,
    /// so a misspelt key gives one error, not a second "missing required field".
    private let guessed: Set<String>

    /// Nil (and an error reported) when the node is not a mapping.
    init?(_ field: YAMLField, keys known: [String], what: String = Messages.text(.aMapping)) {
        guard case .mapping(let mapping) = field.node else {
            field.error(Messages.text(.expectedWhat, what, field.kindDescription))
            return nil
        }
        self.field = field
        var entries: [(String, SourcePosition, Node)] = []
        var unknown: [(key: String, position: SourcePosition)] = []
        for (keyNode, value) in mapping {
            let keyField = field.child(keyNode, key: "")
            let key = keyField.sourceText ?? keyField.kindDescription
            entries.append((key, keyField.position, value))
            if !known.contains(key) { unknown.append((key, keyField.position)) }
        }
        var guessed: Set<String> = []
        // Built only for a mapping with an unknown key: most mappings have none, and there are thousands.
        let present = unknown.isEmpty ? [] : Set(entries.map(\.0))
        for (key, position) in unknown {
            let unknownPath = field.path.isEmpty ? key : "\(field.path).\(key)"
            var message = Messages.text(.unknownKey, key)
            var hint = Messages.text(.knownKeysHere, known.joined(separator: ", "))
            if let swedish = SwedishWords.key(for: key, among: known) {
                message += "; " + Messages.text(.didYouMean, swedish)
                hint = Messages.text(.keysAreEnglish, key, swedish)
                if !present.contains(swedish) { guessed.insert(swedish) }
            } else if let guess = EditDistance.closest(to: key, among: known) {
                message += "; " + Messages.text(.didYouMean, guess)
                hint = ""
                if !present.contains(guess) { guessed.insert(guess) }
            }
            field.log.error(field.file, position, field: unknownPath, message, hint: hint)
        }
        self.entries = entries
        self.guessed = guessed
    }

    /// Whether `key` is absent because an unknown key was taken for it (already reported).
    func misspelt(_ key: String) -> Bool { guessed.contains(key) }

    /// The value under `key`; nil when absent or null (`key:` with nothing after it).
    func optional(_ key: String) -> YAMLField? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        let child = field.child(entry.value, key: key)
        return child.isNull ? nil : child
    }

    /// The value under `key`; reports a missing or empty value.
    func required(_ key: String) -> YAMLField? {
        guard let entry = entries.first(where: { $0.key == key }) else {
            guard !guessed.contains(key) else { return nil }
            let path = field.path.isEmpty ? key : "\(field.path).\(key)"
            field.log.error(field.file, field.position, field: path, Messages.text(.missingField, key),
                            hint: FieldHelp.hint(for: path))
            return nil
        }
        let child = field.child(entry.value, key: key)
        if child.isNull {
            child.error(Messages.text(.fieldHasNoValue, key))
            return nil
        }
        return child
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
}
