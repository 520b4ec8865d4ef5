import DutyCore
import Foundation

extension StateStore {
    /// The whole core state for `configuration`: every book read back from the database.
    func loadState(configuration: Configuration, now: Date) throws -> DutyState {
        DutyState(
            configuration: configuration, alerts: try loadAlertBook(), duty: try loadDutyBook(now: now),
            hazards: try loadHazardBook(settings: configuration.hazards), audience: try loadNoticeAudience(),
            replyCodes: try loadReplyCodeBook(), swaps: try loadSwapBook(), filings: try loadFilingBook(),
            daily: try loadDailyBook())
    }
}
