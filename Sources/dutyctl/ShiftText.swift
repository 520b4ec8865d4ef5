import DutyProtocol
import DutyTerminal

/// How the roster verbs show shifts.
extension ShiftInfo {
    /// `10-01 08:00`, the start without year and seconds.
    var startText: String { Self.brief(start) }
    var endText: String { Self.brief(end) }

    /// `陈静 13906332002`, or `赵磊 13900000001、孙丽 13900000002` for two officers.
    var officerText: String { ([dutyOfficer] + otherDutyOfficers).map { "\($0.name) \($0.phone)" }.joined(separator: "、") }
    /// `刘洋 13906332001`, or `-` when the roster names no leader on duty.
    var leaderText: String { leaderOnDuty.map { "\($0.name) \($0.phone)" } ?? "-" }

    static func brief(_ time: String) -> String {
        String(time.dropFirst(5).prefix(11).replacing("T", with: " "))
    }

    /// A table of shifts: unit, times, duty officer, leader on duty, status and the shift's id.
    static func table(_ shifts: [ShiftInfo], style: TerminalStyle) -> TextTable {
        var table = TextTable(
            columns: [
                .init(tr("UNIT"), wrapsTo: 8), .init(tr("START")), .init(tr("END"), priority: 3), .init(tr("DUTY OFFICER"), wrapsTo: 11),
                .init(tr("LEADER ON DUTY"), wrapsTo: 11), .init(tr("STATUS"), priority: 1), .init(tr("SHIFT"), priority: 2),
            ],
            rows: shifts.map {
                [$0.unitName, $0.startText, $0.endText, $0.officerText, $0.leaderText, Vocabulary.shiftStatuses.show($0.status), $0.id]
            })
        table.cellStyle = { row, column, text in
            guard column == 5 else { return text }
            let colour: TerminalStyle.Attribute? = switch shifts[row].status {
            case "missed_check_in": .red
            case "awaiting_check_in", "late": .yellow
            default: nil
            }
            return colour.map { style.apply($0, to: text) } ?? text
        }
        return table
    }
}

/// `12`, `1.5`: hours without a needless fraction.
func hoursText(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
