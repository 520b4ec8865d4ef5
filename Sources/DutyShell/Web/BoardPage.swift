import DutyCore
import Foundation

extension FieldPages {
    /// The 值班室 board of `unit` and everything below it at `now`, or nil for an unknown unit.
    /// On a holiday day it lists each unit's daily report of the day: 已报, 零报告 or 未报.
    func board(_ unit: String, at now: Date) -> BoardView? {
        let configuration = loaded.configuration
        guard let root = configuration.tree[unit] else { return nil }
        let tree = configuration.tree
        let clock = loaded.clock
        let name = { (id: String) in tree[id]?.name ?? id }
        let onDuty = configuration.roster.onDuty(at: now).filter { tree.isWithin($0.unit, ancestor: unit) }.map { shift in
            let checkedIn = state.duty.records[shift.id]?.checkedInAt
            return BoardView.Row(
                unit: name(shift.unit),
                text: "值班 \(shift.dutyOfficer.name)　带班 \(shift.leaderOnDuty?.name ?? "—")　\(checkedIn == nil ? "未签到" : "已签到")",
                warn: checkedIn == nil)
        }
        let open = state.alerts.alerts(matching: AlertFilter(unit: unit), tree: tree)
        let missed = open.filter { $0.kind == .missedCheckin || $0.kind == .absentAtSpotCheck }.map { alert in
            BoardView.Row(unit: name(alert.unit), text: "\(Self.kindText(alert.kind))：\(alert.summary)（\(clock.readable(alert.raisedAt))）", warn: true)
        }
        let levels = Dictionary(grouping: open, by: \.level).sorted { $0.key < $1.key }.map { level, alerts in
            BoardView.Row(unit: "第 \(level) 级", text: "\(alerts.count) 条：" + alerts.sorted { $0.id < $1.id }.prefix(5).map { "#\($0.id) \(name($0.unit))" }.joined(separator: "，"), warn: level > 0)
        }
        let unfinished: Set<HazardStatus> = [.open, .rectifying, .reopened]
        let overdue = state.hazards.hazards.values.filter { $0.deadline < now && unfinished.contains($0.status) && tree.isWithin($0.unit, ancestor: unit) }
        let hazards = Dictionary(grouping: overdue, by: \.unit).sorted { $0.value.count > $1.value.count }.map { id, items in
            BoardView.Row(unit: name(id), text: "\(items.count) 项逾期：" + items.prefix(3).map(\.entry.location).joined(separator: "，"), warn: true)
        }
        let today = clock.localDate(now)
        let holiday = configuration.calendar.periods.contains { $0.contains(today) }
        let filings: [BoardView.Row] = holiday ? configuration.tree.depthFirst(from: unit).map { member in
            let filing = state.daily.filing(member.unit.id, today)
            return BoardView.Row(unit: member.unit.name, text: Self.filedText(filing), warn: filing == nil)
        } : []
        return BoardView(
            title: "\(root.name) 值班看板", updated: clock.readable(now), onDuty: onDuty, missed: missed, levels: levels, hazards: hazards,
            filings: filings, footer: "每分钟自动刷新。")
    }
}

/// What the 值班室 board shows.
struct BoardView: Sendable {
    /// One line: a unit (or a level) and what is said of it.
    struct Row: Sendable {
        var unit, text: String
        var warn: Bool
    }

    var title, updated: String
    var onDuty, missed, levels, hazards: [Row]
    /// Each unit's daily report of today (已报 / 零报告 / 未报); empty outside holiday periods.
    var filings: [Row]
    var footer: String
}
