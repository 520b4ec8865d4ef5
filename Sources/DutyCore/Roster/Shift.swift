import DutyPhrases
import Foundation

/// Someone on a shift: the configured person and the phone the roster gives for the shift.
public struct DutyPerson: Sendable, Equatable {
    /// The `[[people]]` id.
    public var id: String
    public var name: String
    /// The phone from the roster (the 24-hour number for the shift), else the configured one.
    public var phone: String

    public init(id: String, name: String, phone: String) {
        self.id = id
        self.name = name
        self.phone = phone
    }
}

/// One shift of one unit's duty roster.
public struct Shift: Sendable, Equatable, Identifiable {
    /// `unit/2026-10-01T08:00`: the unit and the local start.
    public var id: String
    public var unit: String
    public var start: Date
    public var end: Date
    /// The duty officer, the first when the roster names several.
    public var dutyOfficer: DutyPerson
    /// Further officers on the same shift (a roster cell `赵磊、孙丽`); each is reminded, may check in and is alerted.
    public var otherOfficers: [DutyPerson]
    /// nil when the roster leaves 带班领导 empty (reported as a gap).
    public var leaderOnDuty: DutyPerson?
    /// The roster file it was written in.
    public var file: String
    /// Its row in a spreadsheet, or the line of its `[[shifts]]` header in a TOML roster.
    public var row: Int

    public init(
        id: String, unit: String, start: Date, end: Date, dutyOfficer: DutyPerson, otherOfficers: [DutyPerson] = [], leaderOnDuty: DutyPerson?,
        file: String, row: Int
    ) {
        self.id = id
        self.unit = unit
        self.start = start
        self.end = end
        self.dutyOfficer = dutyOfficer
        self.otherOfficers = otherOfficers
        self.leaderOnDuty = leaderOnDuty
        self.file = file
        self.row = row
    }

    /// `row 7` in a spreadsheet, `line 12` in a TOML roster.
    public var place: String { placePhrase.english }

    /// The place as a phrase, for either language.
    public var placePhrase: Phrase { Phrase(file.hasSuffix(".toml") ? "config.line" : "sheet.row", String(row)) }

    /// Every duty officer of the shift, the first one first.
    public var dutyOfficers: [DutyPerson] { [dutyOfficer] + otherOfficers }

    /// `赵磊` or `赵磊、孙丽`, for messages.
    public var officerNames: String { dutyOfficers.map(\.name).joined(separator: "、") }

    /// Whether it ends after it starts; a back-to-front shift is reported and never watched.
    public var isWellFormed: Bool { end > start }

    /// Whether the shift is on at `instant`.
    public func covers(_ instant: Date) -> Bool { start <= instant && instant < end }

    /// The escalation contacts of the shift's alerts: level 0 and `duty_officer` are the officers.
    public var contacts: SubjectContacts {
        let officers = dutyOfficers.map(\.id)
        return SubjectContacts(responsible: officers, dutyOfficer: officers, leaderOnDuty: leaderOnDuty.map { [$0.id] } ?? [])
    }

    /// The id of the shift of `unit` starting at `start`.
    public static func id(unit: String, start: Date, clock: WallClock) -> String {
        "\(unit)/\(clock.minuteStamp(start))"
    }
}
