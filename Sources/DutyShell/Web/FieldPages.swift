import DutyCore
import DutyProtocol
import Foundation

/// Builds the field pages' views, in Chinese, from the engine's state as it was taken
/// (`Daemon.fieldPages()`): the books are values, so building a page never holds up the engine.
struct FieldPages: Sendable {
    let loaded: LoadedConfiguration
    let state: DutyState
    let store: StateStore

    /// The alert page's view, or nil when the alert no longer exists; without a person, read-only.
    func alert(_ id: Int64, person: String?) -> AlertView? {
        guard let alert = state.alerts.alerts[id] else { return nil }
        let presenter = AlertPresenter(configuration: loaded.configuration, clock: loaded.clock)
        let info = presenter.info(alert)
        let history = (try? store.history(ofAlert: id)).map(presenter.history) ?? []
        let clock = loaded.clock
        return AlertView(
            title: "告警 #\(id)", kindText: Self.kindText(alert.kind), riskClass: alert.risk?.rawValue ?? "none",
            riskText: alert.risk.map { $0.chineseName + "风险" } ?? "值班", summary: alert.summary, unitName: info.unitName,
            stateText: Self.stateText(alert), levelText: "第 \(alert.level) 级（最高 \(info.topLevel) 级）",
            reached: info.recipients.map(\.name), raisedAt: clock.readable(alert.raisedAt),
            canAcknowledge: person != nil && alert.state == .triggered, canResolve: person != nil && alert.state != .resolved,
            history: history.map { HistoryLine(time: Self.shortTime($0.time), actor: $0.actor, action: Self.actionText($0.action), note: $0.note) },
            footer: footer(person))
    }

    /// The shift page's view, or nil when the shift is not on the roster; without a person, read-only.
    func shift(_ id: String, person: String?) -> ShiftView? {
        let configuration = loaded.configuration
        guard let shift = configuration.roster[id] else { return nil }
        let clock = loaded.clock
        let record = state.duty.records[id]
        let openCheck = state.duty.spotChecks.values.contains { $0.shiftID == id && $0.confirmedAt == nil }
        let checkedIn = record?.checkedInAt.map { "已签到（\(clock.readable($0))）" } ?? "未签到"
        return ShiftView(
            title: "值班班次", unitName: configuration.tree[shift.unit]?.name ?? shift.unit,
            period: "\(clock.readable(shift.start)) 至 \(clock.readable(shift.end))", officer: shift.dutyOfficer.name,
            leader: shift.leaderOnDuty?.name ?? "—", checkInText: checkedIn,
            canCheckIn: person != nil && (record?.checkedInAt == nil || openCheck), checkInButton: openCheck ? "确认在岗" : "到岗签到",
            hasCalendar: person != nil, footer: footer(person))
    }

    /// The line under a page: whose it is, or that it only shows the item.
    func footer(_ person: String?) -> String {
        guard let person else { return "本页面仅供查看，操作请使用本人收到的链接。" }
        return "本页面仅供 \(personName(person)) 本人使用，请勿转发。"
    }

    /// The configured name of `person`, or the id.
    func personName(_ person: String) -> String {
        loaded.configuration.person(person)?.name ?? person
    }

    static func kindText(_ kind: AlertKind) -> String {
        switch kind {
        case .missedCheckin: "未按时签到"
        case .absentAtSpotCheck: "抽查不在岗"
        case .hazardOverdue: "隐患整改逾期"
        case .rectificationUnverified: "整改待验收超时"
        case .incident: "突发事件报告"
        case .rosterNotFiled: "值班表未报备"
        case .dailyReportMissing: "值班日报未报送"
        }
    }

    static func stateText(_ alert: Alert) -> String {
        switch alert.state {
        case .triggered: "待确认"
        case .acknowledged: "已确认（\(alert.acknowledgedBy ?? "")）"
        case .resolved: "已处理"
        }
    }

    static func actionText(_ action: String) -> String {
        ["raised": "发出告警", "escalated": "逐级上报", "renotified": "再次通知", "acknowledged": "确认收到", "unresolved": "逾期未处理", "resolved": "已处理"][action] ?? action
    }

    /// `2026-05-01T08:00:00+08:00` as `05-01 08:00`.
    static func shortTime(_ iso: String) -> String {
        let characters = Array(iso)
        guard characters.count >= 16 else { return iso }
        return String(characters[5..<10]) + " " + String(characters[11..<16])
    }
}

/// What the alert page shows.
struct AlertView: Sendable {
    var title, kindText, riskClass, riskText, summary, unitName, stateText, levelText: String
    var reached: [String]
    var raisedAt: String
    var canAcknowledge, canResolve: Bool
    var history: [HistoryLine]
    var footer: String
}

/// One line of an alert's history.
struct HistoryLine: Sendable {
    var time, actor, action: String
    var note: String?
}

/// What the shift page shows.
struct ShiftView: Sendable {
    var title, unitName, period, officer, leader, checkInText: String
    var canCheckIn: Bool
    var checkInButton: String
    /// The person's shifts can be downloaded as iCalendar (`shifts.ics`).
    var hasCalendar: Bool
    var footer: String
}

/// A page with one message: an error or a confirmation.
struct MessageView: Sendable {
    var title, text, style: String
    var footer = "dutyd 值班系统"
}
