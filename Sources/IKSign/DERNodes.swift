import Foundation
import SwiftASN1

/// Small, checked accessors for walking parsed ASN.1 nodes of untrusted input. Every accessor throws a
/// `SignError` naming what was expected instead of trapping.
extension ASN1Node {
    /// The children of a constructed node.
    func children(_ what: @autoclosure () -> String) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = content else {
            throw SignError("Invalid signature data: \(what()) is not a structure.")
        }
        return Array(nodes)
    }

    /// The content bytes of a primitive node.
    func primitive(_ what: @autoclosure () -> String) throws -> ArraySlice<UInt8> {
        guard case .primitive(let bytes) = content else {
            throw SignError("Invalid signature data: \(what()) is not a primitive value.")
        }
        return bytes
    }

    /// True when the node is a context-specific tag `[number]`.
    func isContext(_ number: UInt) -> Bool {
        identifier.tagClass == .contextSpecific && identifier.tagNumber == number
    }

    /// The node's object identifier.
    func oid(_ what: @autoclosure () -> String) throws -> ASN1ObjectIdentifier {
        do { return try ASN1ObjectIdentifier(berEncoded: self) } catch {
            throw SignError("Invalid signature data: \(what()) is not an object identifier.")
        }
    }
}

/// One element of an array of children, or an error naming it.
func element(_ nodes: [ASN1Node], _ index: Int, _ what: String) throws -> ASN1Node {
    guard index >= 0, index < nodes.count else { throw SignError("Invalid signature data: \(what) is missing.") }
    return nodes[index]
}

/// Parses untrusted bytes as BER (DER is a subset); swift-asn1 bounds the nesting depth.
func parseASN1(_ bytes: ArraySlice<UInt8>, _ what: String) throws -> ASN1Node {
    do { return try BER.parse(bytes) } catch {
        throw SignError("Invalid signature data: \(what) cannot be read as ASN.1 (\(error)).")
    }
}

/// A `GeneralizedTime` or `UTCTime` node as a `Date`.
func asn1Date(_ node: ASN1Node, _ what: String) throws -> Date {
    var components = DateComponents()
    components.timeZone = TimeZone(identifier: "UTC")
    var fraction = 0.0
    if node.identifier == GeneralizedTime.defaultIdentifier {
        let time = try GeneralizedTime(berEncoded: node)
        components.year = time.year; components.month = time.month; components.day = time.day
        components.hour = time.hours; components.minute = time.minutes; components.second = time.seconds
        fraction = time.fractionalSeconds
    } else if node.identifier == UTCTime.defaultIdentifier {
        let time = try UTCTime(berEncoded: node)
        components.year = time.year; components.month = time.month; components.day = time.day
        components.hour = time.hours; components.minute = time.minutes; components.second = time.seconds
    } else {
        throw SignError("Invalid signature data: \(what) is not a time.")
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let date = calendar.date(from: components) else {
        throw SignError("Invalid signature data: \(what) is not a valid time.")
    }
    return date.addingTimeInterval(fraction)
}

/// Serialises with a fresh DER serializer.
func derBytes(_ build: (inout DER.Serializer) throws -> Void) rethrows -> [UInt8] {
    var serializer = DER.Serializer()
    try build(&serializer)
    return serializer.serializedBytes
}
