import Foundation
import SwiftASN1
@_spi(FixedExpiryValidationTime) import X509

/// The outcome of building a chain from a certificate to one of the trust anchors.
public struct ChainCheck: Sendable {
    /// A chain to a trust anchor was found and meets the policy.
    public let trusted: Bool
    /// The chain found, leaf first (empty if none).
    public let chain: [Certificate]
    /// Why no chain was accepted.
    public let problems: [String]
}

/// What a certificate must be good for.
public enum CertificatePurpose: Sendable {
    /// Signing documents: key usage digitalSignature or nonRepudiation (when the extension is present).
    case documentSigning
    /// Time-stamping: extended key usage timeStamping (RFC 3161 requires it, critical).
    case timeStamping
}

/// Chain building with swift-certificates' `Verifier` (RFC 5280 policy at a given time) plus the purpose.
public enum ChainValidator {
    public static func validate(leaf: Certificate, intermediates: [Certificate], roots: [Certificate],
                                at time: Date, purpose: CertificatePurpose) -> ChainCheck {
        guard !roots.isEmpty else {
            return ChainCheck(trusted: false, chain: [], problems: ["no trust anchor given (use --trust CA.pem)"])
        }
        let box = ResultBox<CertificateValidationResult>()
        Task.detached {
            var verifier = Verifier(rootCertificates: CertificateStore(roots)) {
                RFC5280Policy(fixedExpiryValidationTime: time)
                PurposePolicy(purpose: purpose)
            }
            box.set(await verifier.validate(leaf: leaf, intermediates: CertificateStore(intermediates)))
        }
        switch box.wait() {
        case .validCertificate(let chain):
            return ChainCheck(trusted: true, chain: Array(chain), problems: [])
        case .couldNotValidate(let failures):
            let reasons = Set(failures.map { $0.policyFailureReason.description })
            return ChainCheck(trusted: false, chain: [],
                              problems: reasons.isEmpty ? ["no chain to a trust anchor"] : reasons.sorted())
        }
    }
}

/// Checks the leaf's key usage for the purpose, and declares the extended key usage extension handled (a
/// TSA certificate carries it critical, which the RFC 5280 policy alone would refuse).
struct PurposePolicy: VerifierPolicy {
    let purpose: CertificatePurpose
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [.X509ExtensionID.extendedKeyUsage]

    mutating func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) async -> PolicyEvaluationResult {
        let leaf = chain.leaf
        switch purpose {
        case .documentSigning:
            if let usage = try? leaf.extensions.keyUsage, !usage.digitalSignature, !usage.nonRepudiation {
                return .failsToMeetPolicy(reason: "the certificate's key usage does not allow signatures")
            }
        case .timeStamping:
            guard let eku = try? leaf.extensions.extendedKeyUsage, eku.contains(.timeStamping) else {
                return .failsToMeetPolicy(reason: "the certificate is not a time-stamping certificate (no timeStamping extended key usage)")
            }
        }
        // Other certificates in the chain with a critical EKU: accept only if it is not restricted away from us.
        for cert in chain.dropFirst() {
            if let ext = cert.extensions[oid: .X509ExtensionID.extendedKeyUsage], ext.critical,
               let eku = try? ExtendedKeyUsage(ext), !eku.contains(.any),
               !(purpose == .timeStamping && eku.contains(.timeStamping)) {
                return .failsToMeetPolicy(reason: "an issuing certificate restricts its extended key usage")
            }
        }
        return .meetsPolicy
    }
}

/// One value handed from a detached task back to synchronous code. The semaphore orders the write before
/// the read, so sharing it across threads is safe.
final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    func set(_ value: Value) {
        self.value = value
        done.signal()
    }

    func wait() -> Value {
        done.wait()
        // The only path to here is after `set`, which assigned the value before signalling.
        guard let value else { preconditionFailure("ResultBox signalled without a value") }
        return value
    }
}
