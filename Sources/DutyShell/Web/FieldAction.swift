import DutyCore

/// A change a field page offers, named as in its URL (`/a/TOKEN/acknowledge`).
enum FieldAction: String, Sendable {
    case acknowledge
    case resolve
    case checkin
    case progress
    case rectified
    case verify
    case reopen
    /// A note for the unit's daily report (值班日报), as `dutyctl daily note` files it.
    case note
    /// A zero report (零报告), as `dutyctl daily zero` files it.
    case zero

    /// Whether a link to `subject` may take this action.
    func applies(to subject: LinkSubject) -> Bool {
        switch (self, subject) {
        case (.acknowledge, .alert), (.resolve, .alert), (.checkin, .shift): true
        case (.progress, .hazard), (.rectified, .hazard), (.verify, .hazard), (.reopen, .hazard): true
        case (.note, .daily), (.zero, .daily): true
        default: false
        }
    }

    /// Whether the form must carry a note.
    var needsNote: Bool { [.resolve, .progress, .reopen, .note].contains(self) }

    /// The command the action asks of the daemon for `subject`, as `person`.
    func command(for subject: LinkSubject, person: String, note: String?, actor: ActorIdentity) -> Command {
        switch (self, subject) {
        case (.acknowledge, .alert(let id)): .acknowledge(alert: id, note: note, actor: actor)
        case (.resolve, .alert(let id)): .resolve(alert: id, note: note, actor: actor)
        case (.progress, .hazard(let id)): .hazard(id: id, .progress(note: note ?? ""), actor: actor)
        case (.rectified, .hazard(let id)): .hazard(id: id, .rectified(note: note), actor: actor)
        case (.verify, .hazard(let id)): .hazard(id: id, .verify(note: note), actor: actor)
        case (.reopen, .hazard(let id)): .hazard(id: id, .reopen(reason: note ?? ""), actor: actor)
        case (_, .shift(let id)): .checkIn(shift: id, unit: nil, person: person, actor: actor)
        case (.note, .daily(let unit)): .fileDaily(unit: unit, date: nil, note: note, actor: actor)
        case (.zero, .daily(let unit)): .fileDaily(unit: unit, date: nil, note: nil, actor: actor)
        default: preconditionFailure("checked by applies(to:)")
        }
    }

    /// What the page says once the action is done.
    var doneText: String {
        switch self {
        case .acknowledge: "已确认收到"
        case .resolve: "已处理"
        case .checkin: "已签到"
        case .progress: "已提交整改进展"
        case .rectified: "已报告整改完成"
        case .verify: "已验收销号"
        case .reopen: "已退回重新整改"
        case .note: "已报送值班日报备注"
        case .zero: "已报送零报告"
        }
    }
}
