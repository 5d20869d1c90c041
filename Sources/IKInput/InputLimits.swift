/// The documented limits on what a plan folder may hold (docs/plan-format.md, Limits). Each is far above
/// any real plan (the Ånge plan of 2026 is 60 kB of text and 15 pages) and low enough that every input
/// ends in seconds and a few hundred megabytes: past one, validate names the limit instead of the run
/// ending in a failed allocation or a render that never finishes.
public enum InputLimits {
    /// plan.yaml, in bytes.
    public static let planFileBytes = 8 << 20
    /// One Markdown file, in bytes.
    public static let markdownFileBytes = 4 << 20
    /// One text value (a field of plan.yaml or one Markdown file), in bytes of UTF-8.
    public static let fieldBytes = 4 << 20
    /// All text of the plan together, in bytes of UTF-8, counted after YAML aliases are expanded.
    public static let totalTextBytes = 16 << 20
    /// YAML nodes (values, lists, mappings) once aliases are expanded: a few aliases that refer to
    /// each other can otherwise stand for billions of values.
    public static let expandedNodes = 200_000
    /// A logo, in bytes.
    public static let logoBytes = 4 << 20
    /// A logo's width and height, in pixels (PNG) or as its SVG declares them.
    public static let logoPixels = 10_000
    /// A population file (CSV), in bytes.
    public static let populationFileBytes = 16 << 20
    /// A layout file, in bytes.
    public static let layoutFileBytes = 1 << 20

    /// "4 MB", "512 kB": a size as a person says it.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) kB" }
        return Messages.text(.bytesMany, bytes)
    }
}
