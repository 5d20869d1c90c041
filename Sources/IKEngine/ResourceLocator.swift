import Foundation

/// Finds ikplan's resource folders (`Fonts`, `Layouts`) wherever the binary is installed, in this order:
/// 1. the folder's own variable (`IKPLAN_FONTS`, `IKPLAN_LAYOUTS`), then `IKPLAN_SHARE/<name>`;
/// 2. `<executable>/../share/ikplan/<name>` (what `make install PREFIX=…` lays down);
/// 3. the source checkout the executable was built in (`.build/<config>/ikplan`, or a test bundle).
/// The current directory is never searched: a `Fonts/` folder where the user happens to stand must not
/// silently change what a plan is printed with.
public enum ResourceLocator {
    /// The variable naming one resource folder: `Fonts` → `IKPLAN_FONTS`.
    public static func variable(for name: String) -> String { "IKPLAN_" + name.uppercased() }

    /// The folder `name` is read from; when none exists, the first place searched, so the error that
    /// follows names a real candidate (and `hint(for:)` the variables).
    public static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let fm = FileManager.default
        let all = candidates(name, environment: environment)
        // An explicitly named folder wins even when missing: its error must not be hidden by a fallback.
        if let explicit = environment[variable(for: name)], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        return all.first { fm.fileExists(atPath: $0.path) } ?? all[0]
    }

    /// Every place searched for `name`, in order.
    public static func candidates(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var result: [URL] = []
        if let own = environment[variable(for: name)], !own.isEmpty { result.append(URL(fileURLWithPath: own)) }
        if let share = environment["IKPLAN_SHARE"], !share.isEmpty {
            result.append(URL(fileURLWithPath: share).appendingPathComponent(name))
        }
        let exeDir = executable.deletingLastPathComponent()
        result.append(exeDir.deletingLastPathComponent().appendingPathComponent("share/ikplan").appendingPathComponent(name))
        // A checkout: the folder holding Package.swift above the executable (.build/<triple>/debug/ikplan).
        var dir = exeDir
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                result.append(dir.appendingPathComponent(name)); break
            }
            dir = dir.deletingLastPathComponent()
        }
        // Tests (and a binary run from its build folder): the package this source file belongs to.
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()   // Sources/IKEngine
            .deletingLastPathComponent().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path) {
            result.append(package.appendingPathComponent(name))
        }
        return result
    }

    /// What to tell a user whose resource folder is missing: the variables that override it.
    public static func hint(for name: String) -> String {
        "set \(variable(for: name))=/path/to/\(name) (or IKPLAN_SHARE=/path/to/share/ikplan), or install ikplan with `make install PREFIX=…` so it finds share/ikplan/\(name) beside bin/"
    }

    /// The running executable, symlinks resolved (/proc/self/exe on Linux; argv[0] elsewhere).
    static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }
}
