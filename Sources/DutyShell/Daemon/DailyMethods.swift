import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// `io.dutyd.DailyReport` and `io.dutyd.FileDailyReport`: a unit's daily duty report (值班日报)
/// for one day of a holiday period, and the note or zero report it files.
enum DailyMethods {
    static func report(_ request: DailyReportRequest, _ daemon: isolated Daemon) -> Result<DailyReportReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        let now = Date.nowToTheMillisecond()
        var date = clock.localDate(now)
        if let text = request.date {
            guard let parsed = LocalDate(text) else { return .failure(.invalidValue("date", phrase: Phrase("value.since", text))) }
            date = parsed
        }
        guard let unit = request.unit ?? configuration.tree.depthFirst().first?.unit.id else { return .failure(.unknownUnit("")) }
        let followUps: [String: [Date]]
        do {
            followUps = try self.followUps(under: unit, state: daemon.state, store: daemon.store)
        } catch {
            return .failure(.storageFailed("reading the follow-ups of incidents", cause: error))
        }
        do throws(DailyReportError) {
            let report = try DailyReport.assemble(
                unit: unit, date: date, state: daemon.state, filings: daemon.state.daily.all, followUps: followUps, now: now)
            return .success(DailyPresenter(clock: clock).reply(report))
        } catch {
            switch error {
            case .unknownUnit(let unit): return .failure(.unknownUnit(unit))
            case .notInHolidayPeriod(let date): return .failure(.invalidValue("date", phrase: Phrase("value.notHolidayDate", date.description)))
            }
        }
    }

    /// The report's summary table as CSV or an .xlsx workbook.
    static func export(_ request: DailyReportRequest, _ daemon: isolated Daemon) -> Result<ExportLedgerReply, VarlinkError> {
        if let error = ExportReply.check(request.format) { return .failure(error) }
        return report(request, daemon).flatMap { reply in
            ExportReply.make(request.format, sheet: "值班日报", header: DailyReportReply.summaryHeader, rows: reply.summaryRows())
        }
    }

    /// Sends the reports of one unit (or every unit with a parent) to the level above.
    static func send(_ request: SendDailyReportRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<SendDailyReportReply, VarlinkError> {
        var date: LocalDate?
        if let text = request.date {
            guard let parsed = LocalDate(text) else { return .failure(.invalidValue("date", phrase: Phrase("value.since", text))) }
            date = parsed
        }
        let followUps: [String: [Date]]
        do {
            followUps = try self.followUps(under: request.unit, state: daemon.state, store: daemon.store)
        } catch {
            return .failure(.storageFailed("reading the follow-ups of incidents", cause: error))
        }
        return daemon.run(.sendDaily(unit: request.unit, date: date, followUps: followUps, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .dailySent(let reports, let notices) = reply else { preconditionFailure("SendDailyReport replies with its reports") }
                let day = date ?? daemon.loaded.clock.localDate(Date.nowToTheMillisecond())
                return SendDailyReportReply(date: reports.first?.date.description ?? day.description, units: reports.map(\.unit.id), notifications: notices)
            }
    }

    static func file(_ request: FileDailyReportRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<FileDailyReportReply, VarlinkError> {
        var date: LocalDate?
        if let text = request.date {
            guard let parsed = LocalDate(text) else { return .failure(.invalidValue("date", phrase: Phrase("value.since", text))) }
            date = parsed
        }
        guard let unit = request.unit ?? daemon.scope.flatMap({ $0.roots.count == 1 ? $0.roots.first : nil }) else {
            return .failure(.invalidValue("unit", phrase: Phrase("daily.whichUnit")))
        }
        let clock = daemon.loaded.clock
        return daemon.run(.fileDaily(unit: unit, date: date, note: request.note, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .daily(let filing) = reply else { preconditionFailure("FileDailyReport replies with its filing") }
                return FileDailyReportReply(
                    unit: filing.unit, unitName: daemon.loaded.configuration.tree[filing.unit]?.name ?? filing.unit, date: filing.date.description,
                    filed: filing.isZeroReport ? "zero" : "note", note: filing.note, filedAt: clock.iso8601(filing.filedAt), filedBy: filing.filedBy.description,
                    late: filing.late)
            }
    }

    /// The times of the follow-ups of every incident at `unit` and below (everywhere when nil), from their alerts' history.
    static func followUps(under unit: String?, state: DutyState, store: StateStore) throws -> [String: [Date]] {
        let tree = state.configuration.tree
        var times: [String: [Date]] = [:]
        for alert in state.alerts.alerts.values where alert.kind == .incident && unit.map({ tree.isWithin(alert.unit, ancestor: $0) }) ?? true {
            let followed = try store.history(ofAlert: alert.id).filter { $0.action == AlertAction.followedUp.rawValue }
            if !followed.isEmpty { times[alert.subject.id] = followed.map(\.time) }
        }
        return times
    }
}
