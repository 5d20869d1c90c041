import Foundation

/// Everything that can go wrong while signing or verifying, worded for the person at the keyboard: what is
/// wrong, and what to do about it. No message ever contains key material.
public struct SignError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The message shown to the user.
    public let message: String

    /// A message; keep it actionable.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension SignError: LocalizedError {
    public var errorDescription: String? { message }
}
