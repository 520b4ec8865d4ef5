import DutyCore
import DutyProtocol
import Foundation

extension FieldPages {
    /// The daily report page of `unit` for the day of `now`, as `dutyctl daily --unit` assembles
    /// it, or nil for an unknown unit. The forms show only for a person and while nothing is
    /// filed; after the day's deadline a filing is late (补报).
    func daily(_ unit: String, person: String?, at now: Date) -> DailyView? {
        let configuration = loaded.configuration
        guard let root = configuration.tree[unit] else { return nil }
        let clock = loaded.clock
        let today = clock.localDate(now)
        let settings = configuration.dailyReport
        var view = DailyView(
            title: "\(root.name) 值班日报", dateText: today.description, deadlineText: settings.map { "当日 \($0.deadline) 前" } ?? "不限时间",
            footer: footer(person))
        let followUps = (try? DailyMethods.followUps(under: unit, state: state, store: store)) ?? [:]
        let report: DailyReport
        do throws(DailyReportError) {
            report = try DailyReport.assemble(unit: unit, date: today, state: state, filings: state.daily.all, followUps: followUps, now: now)
        } catch {
            view.noticeText = "今天（\(today)）不在假期值班期间，无需报送值班日报。"
            return view
        }
        let reply = DailyPresenter(clock: clock).reply(report)
        let closed = settings.map { now >= clock.instant(today, $0.deadline) } ?? false
        view.dateText = "\(reply.period) \(reply.date)"
        view.filedText = Self.filedText(report.filing)
        if let filing = report.filing {
            let who = filing.filedBy.person?.name ?? filing.filedBy.account ?? "—"
            view.filedText += "（\(who) \(Self.shortTime(clock.iso8601(filing.filedAt)))）"
        }
        view.note = report.filing?.note
        if report.filing != nil {
            view.noticeText = "今日值班日报已报送。"
        } else if closed, let settings {
            view.noticeText = "今日值班日报已于 \(today) \(settings.deadline) 截止，现在报送记为补报。"
        }
        view.canFile = person != nil && report.filing == nil
        view.shifts = reply.shifts.map { shift in
            BoardView.Row(
                unit: Self.shortTime(shift.start) + "—" + Self.shortTime(shift.end),
                text: "值班 \(shift.dutyOfficers)　带班 \(shift.leaderOnDuty ?? "—")　\(shift.statusText)", warn: shift.status == "missed" || shift.status == "late")
        }
        view.spotChecks = reply.spotChecks.map { check in
            BoardView.Row(unit: Self.shortTime(check.requestedAt), text: "抽查 \(check.names)：\(check.foundText)", warn: check.state == "missed")
        }
        view.incidents = reply.incidents.map { incident in
            BoardView.Row(
                unit: Self.shortTime(incident.reportedAt), text: "\(incident.summary)（续报 \(incident.followUps) 次，\(incident.stateText)）",
                warn: !incident.resolved)
        }
        let totals = reply.totals
        view.hazardText = "新增 \(totals.hazardsFound) 项，当日整改 \(totals.hazardsRectified) 项，逾期 \(totals.hazardsOverdue) 项，整改率 \(totals.rateText)"
        view.units = reply.units.filter { !$0.own }.map { below in
            let figures = below.figures
            let duty = "班次 \(figures.shifts)（迟到 \(figures.late)，未签到 \(figures.missed)），抽查 \(figures.spotChecks)，事件 \(figures.incidents)"
            return BoardView.Row(
                unit: below.unitName, text: "\(below.filedText)　\(duty)，逾期隐患 \(figures.hazardsOverdue)，整改率 \(figures.rateText)",
                warn: below.filed == "none" || figures.missed > 0)
        }
        view.hasUnits = !view.units.isEmpty
        return view
    }

    /// A unit's filing state of the day: 已报, 零报告 or 未报, with （补报） when filed late.
    static func filedText(_ filing: DailyFiling?) -> String {
        DailyUnitInfo.filedText(DailyPresenter.filed(filing), late: filing?.late ?? false)
    }
}

/// What the daily report page shows.
struct DailyView: Sendable {
    var title, dateText, deadlineText: String
    var filedText = "未报"
    var note: String?
    /// Above the forms: the report is filed, the deadline passed (a filing now is late, 补报), or the day is no holiday.
    var noticeText: String?
    var canFile = false
    var shifts: [BoardView.Row] = []
    var spotChecks: [BoardView.Row] = []
    var incidents: [BoardView.Row] = []
    var hazardText = "—"
    /// The units directly below, each summed over its subtree.
    var units: [BoardView.Row] = []
    var hasUnits = false
    var footer: String
}
