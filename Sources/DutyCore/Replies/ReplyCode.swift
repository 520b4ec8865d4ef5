import Foundation

/// A short number a person answers an SMS with: `回复3确认`. Unique per person, never reused:
/// each person's codes count up from 1, so an old code cannot act on a newer item.
public struct ReplyCode: Sendable, Equatable {
    /// The person the SMS went to.
    public var person: String
    public var code: Int
    public var alertID: Int64
    public var issuedAt: Date

    public init(person: String, code: Int, alertID: Int64, issuedAt: Date) {
        self.person = person
        self.code = code
        self.alertID = alertID
        self.issuedAt = issuedAt
    }

    /// What the SMS says about the code, e.g. `回复3确认，回复3已处理即办结`.
    public var instruction: String { "回复\(code)确认，回复\(code)已处理即办结" }
}
