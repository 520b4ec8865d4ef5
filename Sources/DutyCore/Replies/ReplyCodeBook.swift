import Foundation

/// Every reply code issued, by person: the pure record `dutyctl reply` is matched against.
public struct ReplyCodeBook: Sendable {
    private var codes: [String: [Int: ReplyCode]] = [:]
    private var byAlert: [String: Int] = [:]

    /// A book of the codes the state database holds.
    public init(codes: [ReplyCode] = []) {
        for code in codes { store(code) }
    }

    /// The person's code for the alert: the one issued before, or the next of their counter (new).
    public mutating func issue(person: String, alertID: Int64, now: Date) -> (code: ReplyCode, isNew: Bool) {
        if let number = byAlert[Self.alertKey(person, alertID)], let code = codes[person]?[number] { return (code, false) }
        let code = ReplyCode(person: person, code: (codes[person]?.keys.max() ?? 0) + 1, alertID: alertID, issuedAt: now)
        store(code)
        return (code, true)
    }

    /// The code `number` issued to `person`, if any.
    public func code(_ number: Int, of person: String) -> ReplyCode? { codes[person]?[number] }

    private mutating func store(_ code: ReplyCode) {
        codes[code.person, default: [:]][code.code] = code
        byAlert[Self.alertKey(code.person, code.alertID)] = code.code
    }

    private static func alertKey(_ person: String, _ alertID: Int64) -> String { "\(person)/\(alertID)" }
}
