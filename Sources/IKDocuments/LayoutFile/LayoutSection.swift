/// A document's own section of a layout file (`plan:`, `prose:`, `matrix:`, `minutes:`…), read with the
/// one grammar of `LayoutMap`.
///
/// To add a section: write a type with its `key`, its `keys` and `init()` (the defaults), read each key in
/// `init(reading:)` with `map.length`, `map.color`, `map.bool`, `map.map(_:known:)`… (a problem goes to the
/// log, and the value's default stands in), and add the type to `LayoutSections.all`. The file then refuses
/// unknown keys in it with a did-you-mean, `ikplan validate` checks it, and the document reads it back
/// with `layout.section(MySection.self)`.
protocol LayoutSection: Sendable {
    /// The top-level key: `plan`.
    static var key: String { get }
    /// Every key the section knows, for the unknown-key check and its did-you-mean.
    static var keys: [String] { get }
    /// The defaults, when the file leaves the section out.
    init()
    /// Reads the section; wrong values are recorded in the map's log and read as their defaults.
    init(reading map: LayoutMap)
}

/// Every document section a layout file may hold.
enum LayoutSections {
    static let all: [any LayoutSection.Type] = [
        ProseSection.self, PlanSection.self, MatrixStyle.Section.self, BadgeStyle.Section.self,
        ProcessFigureStyle.Section.self, MinutesSettings.self, ChecklistSettings.self, FollowUpSettings.self,
    ]

    /// The top-level keys every layout file may use: the shared sections, then the documents'.
    static var topLevelKeys: [String] { ["name", "colors", "styles", "tables", "page"] + all.map { $0.key } }
}
