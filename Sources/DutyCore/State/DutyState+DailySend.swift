import Foundation

extension DutyState {
    /// The reports of `unit` (every unit with a parent when nil) for `date` as notices to the level
    /// above, with their `daily_report_sent` journal entries; or why a report cannot be assembled
    /// (then nothing is sent). Shared by `dutyctl daily send` and the send at `[daily_report] send_at`.
    func dailyNotices(
        unit: String?, date: LocalDate, followUps: [String: [Date]], actor: ActorIdentity, now: Date
    ) -> (reports: [DailyReport], notices: [OutboundNotification], journal: [JournalEntry], error: DailyReportError?) {
        let units = unit.map { [$0] } ?? configuration.tree.depthFirst().filter { $0.unit.parent != nil }.map(\.unit.id)
        var reports: [DailyReport] = []
        for id in units {
            do throws(DailyReportError) {
                reports.append(try DailyReport.assemble(unit: id, date: date, state: self, filings: daily.all, followUps: followUps, now: now))
            } catch {
                return ([], [], [], error)
            }
        }
        let notices = DailyNoticePlanner(configuration: configuration).notifications(for: reports, now: now)
        return (reports, notices, reports.map { DailyJournal.sent($0, notices: notices, actor: actor) }, nil)
    }
}
