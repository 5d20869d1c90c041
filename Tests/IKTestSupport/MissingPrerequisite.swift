import Foundation
import XCTest

/// A test that cannot run because something it needs is missing: skipped on a developer's machine, but a
/// failure when `CI=true`, so a missing binary or tool never turns a CI run green by skipping.
public struct MissingPrerequisite: Error, CustomStringConvertible {
    public var description: String
}

/// Throws `XCTSkip` locally and `MissingPrerequisite` (a failure) in CI.
public func missingPrerequisite(_ message: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Error {
    if environment["CI"]?.lowercased() == "true" { return MissingPrerequisite(description: "\(message) (CI=true: a missing prerequisite fails)") }
    return XCTSkip(message)
}
