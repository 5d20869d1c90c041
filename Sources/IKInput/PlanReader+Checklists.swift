import Foundation
import IKModel

/// What the checklist checks need once every action and control is read.
struct ChecklistInputs {
    /// Explicit ids in plan order, with where each is written.
    var actionIDs: [(id: String, field: YAMLField)] = []
    var controlIDs: [(id: String, field: YAMLField)] = []
    /// Each `sample_from:` with the control's samples per occasion.
    var populationFields: [(reference: PopulationReference, samples: SampleCount?, field: YAMLField)] = []
}

/// The inputs of the stickprov checklists: ids of controls and actions, population files, undated controls.
extension PlanReader {
    enum IdentifiedKind {
        case control, action
        var list: String { self == .control ? "controls" : "actions" }
        var prefix: String { self == .control ? "K" : "A" }
    }

    /// `id:` — letters, digits, `-` and `_` (it names files and is typed on the command line).
    func identifier(_ field: YAMLField, kind: IdentifiedKind) -> String? {
        guard let id = field.text() else { return nil }
        guard PlanIdentifier.isValid(id) else {
            field.error("\"\(id)\" is not a usable id: use letters, digits, - and _ only, at most 32, starting with a letter or digit",
                        hint: "for example \(kind.prefix)-brand-1; leave id out to have \(kind.prefix)1, \(kind.prefix)2, … in plan order")
            return nil
        }
        if kind == .control { identifiers.controlIDs.append((id, field)) } else { identifiers.actionIDs.append((id, field)) }
        return id
    }

    /// `sample_from: populations/x.csv` or `{file: populations/x.csv, column: Arbetsplats}`.
    func populationReference(_ field: YAMLField) -> PopulationReference? {
        let fileField: YAMLField?
        var column: String?
        switch field.node {
        case .mapping:
            guard let m = YAMLMapping(field, keys: ["file", "column"], what: "a file name or {file: …, column: …}") else { return nil }
            fileField = m.required("file")
            if let c = m.optional("column") {
                guard let name = c.text() else { return nil }
                column = name
            }
        default:
            fileField = field
        }
        guard let fileField, let path = fileField.text() else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.contains("") else {
            fileField.error("\"\(path)\" must name a file inside the plan folder",
                            hint: "write a path relative to the plan folder, such as populations/arbetsplatser.csv; nothing from outside it is printed")
            return nil
        }
        return PopulationReference(file: path, column: column)
    }

    /// An event-driven control has no date the plan knows: its sheet is printed undated.
    func warnUndated(_ field: YAMLField) {
        field.warning(Messages.text(.eventDrivenUndated), hint: Messages.text(.eventDrivenUndatedHint))
    }

    /// Ids are unique among controls and among actions, derived ones (K1, A1, …) included.
    func checkIdentifiers(actions: [PreventiveAction], controls: [ControlActivity]) {
        check(identifiers.controlIDs, derived: controls.enumerated().compactMap { $0.element.id == nil ? "K\($0.offset + 1)" : nil }, kind: .control)
        check(identifiers.actionIDs, derived: actions.enumerated().compactMap { $0.element.id == nil ? "A\($0.offset + 1)" : nil }, kind: .action)
    }

    private func check(_ explicit: [(id: String, field: YAMLField)], derived: [String], kind: IdentifiedKind) {
        var first: [String: YAMLField] = [:]
        for (id, field) in explicit {
            if let earlier = first[id] {
                field.error("the id \(id) is already used by \(earlier.path.replacingOccurrences(of: ".id", with: "")) (line \(earlier.position.line))",
                            hint: "every \(kind == .control ? "control" : "action") needs an id of its own")
            } else if derived.contains(id) {
                field.error("the id \(id) is also the id another \(kind == .control ? "control" : "action") without an id gets from its place in the plan",
                            hint: "choose another id, or give that one an id of its own")
            } else {
                first[id] = field
            }
        }
    }

    /// Reads every population file named by `sample_from:`, once each; problems are reported in that file,
    /// a missing column and too few units at the `sample_from:` that asks for them.
    func readPopulations() -> [String: Population] {
        var populations: [String: Population] = [:]
        var failed: Set<String> = []
        for (reference, samples, field) in identifiers.populationFields {
            if failed.contains(reference.file) { continue }
            let population: Population
            if let known = populations[reference.file] {
                population = known
            } else {
                let bytes: [UInt8]
                switch PlanFolder.fileURL(reference.file, in: prose.folder).map({ _ in
                    InputFile.read(reference.file, confinedTo: prose.folder, limit: InputLimits.populationFileBytes)
                }) {
                case nil:
                    field.error("\"\(reference.file)\" must name a file inside the plan folder", hint: "give a relative path without \"..\"")
                    failed.insert(reference.file)
                    continue
                case .failure(.missing)?:
                    field.error("the population file \(reference.file) does not exist in the plan folder",
                                hint: "put the CSV file there, or correct the path (it is relative to the plan folder)")
                    failed.insert(reference.file)
                    continue
                case .failure(let failure)?:
                    let (message, hint) = failure.describe(reference.file, what: "the population file")
                    field.error(message, hint: hint)
                    failed.insert(reference.file)
                    continue
                case .success(let b)?:
                    bytes = b
                }
                let fileName = (reference.file as NSString).lastPathComponent
                guard let read = PopulationReader.read(bytes, fileName: fileName, name: reference.file, log: field.log) else {
                    failed.insert(reference.file)
                    continue
                }
                population = read
                populations[reference.file] = read
            }
            if let column = reference.column, population.columnIndex(column) == nil {
                var message = "\(reference.file) has no column \"\(column)\""
                if let guess = EditDistance.closest(to: column, among: population.header) { message += "; did you mean \"\(guess)\"?" }
                field.error(message, hint: "its columns: " + population.header.joined(separator: ", "))
            }
            if let wanted = samples?.max, population.rowCount < wanted, population.rowCount > 0 {
                field.warning("\(reference.file) holds \(population.rowCount) unit\(population.rowCount == 1 ? "" : "s") but each occasion draws \(wanted); every sheet lists all \(population.rowCount)",
                              hint: "add the missing units to the file, or lower samples:")
            }
        }
        return populations
    }
}
