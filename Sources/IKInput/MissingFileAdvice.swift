import Foundation

/// What to say when a Markdown file plan.yaml names is not there: the file that was probably meant
/// (the same name in another case, or a small typo away) and the Markdown files that are there.
enum MissingFileAdvice {
    /// At most this many names are listed; a folder with more shows the first ones and "…".
    static let listed = 12

    static func describe(_ name: String, in folder: URL, what: String) -> (message: String, hint: String) {
        let directoryPart = (name as NSString).deletingLastPathComponent
        let directory = directoryPart.isEmpty ? folder : folder.appendingPathComponent(directoryPart, isDirectory: true)
        let shown = directoryPart.isEmpty ? "." : directoryPart
        let files = markdownFiles(in: directory)
        var message = Messages.text(.fileNotFound, what, name)
        let base = (name as NSString).lastPathComponent
        if let guess = suggestion(for: base, among: files) {
            message += "; " + Messages.text(.didYouMean, directoryPart.isEmpty ? guess : directoryPart + "/" + guess)
        }
        let hint: String
        let names = files.prefix(listed).joined(separator: ", ") + (files.count > listed ? ", …" : "")
        switch (files.isEmpty, directoryPart.isEmpty) {
        case (true, true): hint = Messages.text(.noMarkdownFilesInPlanFolder)
        case (true, false): hint = Messages.text(.noMarkdownFilesThere, shown)
        case (false, true): hint = Messages.text(.markdownFilesInPlanFolder, names)
        case (false, false): hint = Messages.text(.markdownFilesThere, shown, names)
        }
        return (message, hint)
    }

    /// The same name in another case first (`Inledning.md` for `inledning.md`), else the closest by edits.
    static func suggestion(for name: String, among files: [String]) -> String? {
        if let sameLetters = files.first(where: { $0.lowercased() == name.lowercased() }) { return sameLetters }
        return EditDistance.closest(to: name, among: files)
    }

    /// The `.md` files (any case of the extension) directly in `directory`, sorted; none when it cannot be read.
    static func markdownFiles(in directory: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
    }
}
