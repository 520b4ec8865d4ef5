import Foundation

/// A unit that had filed no daily report for `date` at that day's deadline: its
/// `daily_report_missing` alert was raised at `missedAt`, once.
public struct DailyMiss: Sendable, Equatable {
    public var unit: String
    public var date: LocalDate
    public var missedAt: Date

    public init(unit: String, date: LocalDate, missedAt: Date) {
        self.unit = unit
        self.date = date
        self.missedAt = missedAt
    }
}

/// A day whose reports dutyd sent to the level above by itself at `[daily_report] send_at`, once.
public struct DailySend: Sendable, Equatable {
    public var date: LocalDate
    public var sentAt: Date

    public init(date: LocalDate, sentAt: Date) {
        self.date = date
        self.sentAt = sentAt
    }
}
