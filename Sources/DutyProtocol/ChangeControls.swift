#if canImport(FoundationEssentials)
import DutyPhrases
import FoundationEssentials
#else
import Foundation
#endif

/// The optional members every change takes beside its own: `idempotency_key`, which makes a
/// repeated call answer with the first call's reply instead of changing anything again, and
/// `not_after`, after which the daemon refuses the call unread (the client has given up on it).
public struct ChangeControls: Codable, Sendable, Equatable {
    /// Chosen by the client, unique per change it means to make once; nil: no protection from repeats.
    public var idempotencyKey: String?
    /// An ISO 8601 instant (`2026-10-01T00:00:01.250Z`); nil: no deadline.
    public var notAfter: String?

    /// The longest key the daemon accepts.
    public static let maximumKeyLength = 128

    public init(idempotencyKey: String? = nil, notAfter: String? = nil) {
        self.idempotencyKey = idempotencyKey
        self.notAfter = notAfter
    }

    enum CodingKeys: String, CodingKey {
        case idempotencyKey = "idempotency_key"
        case notAfter = "not_after"
    }

    /// `not_after` as an instant: nil when there is none, `.failure` naming the parameter when it is not ISO 8601.
    public func deadline() -> Result<Date?, VarlinkError> {
        guard let notAfter else { return .success(nil) }
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let instant = (try? withFraction.parse(notAfter)) ?? (try? Date.ISO8601FormatStyle().parse(notAfter)) {
            return .success(instant)
        }
        return .failure(.invalidValue(
            CodingKeys.notAfter.rawValue, phrase: Phrase("value.notISOTime", String(notAfter.prefix(64)))))
    }

    /// The key, or `.failure` naming the parameter when it is empty or longer than `maximumKeyLength`.
    public func validKey() -> Result<String?, VarlinkError> {
        guard let key = idempotencyKey else { return .success(nil) }
        guard !key.isEmpty, key.utf8.count <= Self.maximumKeyLength else {
            return .failure(.invalidValue(CodingKeys.idempotencyKey.rawValue, phrase: Phrase("value.keyLength", String(Self.maximumKeyLength))))
        }
        return .success(key)
    }
}

/// A change's parameters with its `ChangeControls` beside the method's own members, as `dutyctl` sends them.
public struct ControlledChange<Request: Codable & Sendable>: Codable, Sendable {
    public var request: Request
    public var controls: ChangeControls

    public init(_ request: Request, controls: ChangeControls) {
        self.request = request
        self.controls = controls
    }

    public init(from decoder: Decoder) throws {
        request = try Request(from: decoder)
        controls = try ChangeControls(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        try request.encode(to: encoder)
        try controls.encode(to: encoder)
    }
}

extension VarlinkError {
    /// The change reached the daemon after the `not_after` its client set; nothing was changed.
    public static func deadlinePassed(notAfter: String, receivedAt: String) -> VarlinkError {
        VarlinkError("io.dutyd.DeadlinePassed", ["not_after": .string(notAfter), "received_at": .string(receivedAt)])
    }

    /// The key was first used for another method; nothing was changed.
    public static func idempotencyKeyReused(_ key: String, method: String) -> VarlinkError {
        VarlinkError("io.dutyd.IdempotencyKeyReused", ["key": .string(key), "method": .string(method)])
    }
}

extension DutydInterface {
    /// The methods that change state, which take `ChangeControls` (`RouteTable`'s `change` and `changeLater` routes).
    public static let changes: Set<String> = [
        reload, acknowledge, resolve, report, passUpIncident, followUpIncident, reply, retryNotification, notifyTest, checkIn, spotCheck,
        hazardProgress, hazardRectified,
        verifyHazard, reopenHazard, extendHazard, importLedger, revokeLinks,
    ]
}
