import Foundation
import IKInput
import IKModel
import XCTest

/// Where the test plans live: Fixtures/ beside this file, and the repository root two levels up.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name, isDirectory: true) }

    /// Read in English, whatever the machine's locale: the tests assert English messages
    /// (SecretaryMessageTests asks for Swedish where it tests Swedish).
    static func load(_ name: String) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        Messages.$language.withValue(.english) { PlanLoader.load(folder: url(name)) }
    }
}

/// `file:line:column: severity: field: message`, without the hint: one string per diagnostic,
/// so a test states the whole expected output of a fixture and any extra or missing line fails it.
/// In English unless a test asks for another language, whatever the machine's locale.
func headlines(_ diagnostics: [Diagnostic], in language: MessageLanguage = .english) -> [String] {
    Messages.$language.withValue(language) {
        diagnostics.map { $0.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? "" }
    }
}

/// The single diagnostic for `field`; fails the test when there is none or more than one.
func diagnostic(_ diagnostics: [Diagnostic], field: String, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
    let matches = diagnostics.filter { $0.field == field }
    XCTAssertEqual(matches.count, 1, "diagnostics for \(field): \(headlines(diagnostics))", file: file, line: line)
    return matches.first
}

/// A plan written to a fresh temporary folder, for checks too small to deserve a fixture folder.
enum TemporaryPlan {
    static func load(_ yaml: String, files: [String: String] = [:],
                     language: MessageLanguage = .english) -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ikplan-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        } catch {
            XCTFail("could not write a temporary plan: \(error)")
        }
        return Messages.$language.withValue(language) { PlanLoader.load(folder: folder) }
    }
}
