import Foundation

/// Files named by plan.yaml must stay inside the plan folder.
enum PlanFolder {
    static let planFileName = "plan.yaml"

    /// The URL of `name` in `folder`, or nil when the name is absolute or climbs out with "..".
    static func fileURL(_ name: String, in folder: URL) -> URL? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !name.hasPrefix("~"), !parts.contains(".."), !parts.contains("") else { return nil }
        return folder.appendingPathComponent(name)
    }
}
