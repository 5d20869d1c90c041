import Foundation

/// Files named by plan.yaml must stay inside the plan folder.
public enum PlanFolder {
    public static let planFileName = "plan.yaml"

    /// The plan folder a command-line argument means: the argument itself, or the folder of a
    /// `plan.yaml` named directly (`ikplan validate plans/2026/plan.yaml`).
    public static func folder(forArgument argument: String) -> String {
        var isDirectory: ObjCBool = false
        guard (argument as NSString).lastPathComponent == planFileName,
              FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return argument }
        let parent = (argument as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The URL of `name` in `folder`, or nil when the name is absolute or climbs out with "..".
    static func fileURL(_ name: String, in folder: URL) -> URL? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !name.hasPrefix("~"), !parts.contains(".."), !parts.contains("") else { return nil }
        return folder.appendingPathComponent(name)
    }
}
