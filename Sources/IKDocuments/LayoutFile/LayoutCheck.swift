import Foundation
import IKEngine
import IKInput

/// Checks layout files as the documents would read them, without laying anything out, so
/// `ikplan validate` refuses every layout that `render` would refuse.
public enum LayoutCheck {
    /// The problems of `url` read as a plan layout: the file itself (every section), the styles the plan
    /// needs, and its figures. With `fonts`, every `family:` must be one of them.
    public static func plan(_ url: URL, fonts: FontLibrary?) -> [Diagnostic] {
        check(url, fonts: fonts) { layout in
            _ = try PlanStyles(layout: layout)
        }
    }

    /// The problems of `url` read as a minutes layout.
    public static func minutes(_ url: URL, fonts: FontLibrary?) -> [Diagnostic] {
        check(url, fonts: fonts) { layout in
            _ = try MinutesStyles(layout: layout)
            _ = try ProseStyles(layout: layout)
        }
    }

    private static func check(_ url: URL, fonts: FontLibrary?, _ document: (LayoutFile) throws -> Void) -> [Diagnostic] {
        do {
            try document(try LayoutFile(contentsOf: url, fonts: fonts))
            return []
        } catch let e as LayoutFileError {
            return e.diagnostics
        } catch {
            return [Diagnostic(file: url.path, line: 0, column: 0, severity: .error, field: "", message: "\(error)")]
        }
    }
}
