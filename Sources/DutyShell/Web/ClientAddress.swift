import Foundation
import Hummingbird

/// The client's address: the peer's, or the one a trusted proxy reports in `X-Real-IP` or the
/// last entry of `X-Forwarded-For` (the one the proxy itself added).
enum ClientAddress {
    static func of(peer: String?, headers: HTTPFields, trusted: Set<String>) -> String {
        guard let peer else { return "unknown" }
        guard trusted.contains(peer) else { return peer }
        if let real = value("x-real-ip", in: headers), !real.isEmpty { return real }
        if let forwarded = value("x-forwarded-for", in: headers)?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty {
            return forwarded
        }
        return peer
    }

    private static func value(_ name: String, in headers: HTTPFields) -> String? {
        headers.first { $0.name.canonicalName == name }?.value.trimmingCharacters(in: .whitespaces)
    }
}
