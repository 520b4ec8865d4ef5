import Foundation

/// One person's shifts as an iCalendar file (RFC 5545): one VEVENT per shift and role, in the
/// bureau's zone with its VTIMEZONE for Asia/Shanghai (China keeps no daylight saving time since
/// 1991), else in UTC. Lines end in CRLF and are folded at 75 octets.
public struct ShiftCalendar: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The calendar of `person`'s shifts, stamped `now`.
    public func ics(person: Person, now: Date) -> String {
        let clock = WallClock(zoneIdentifier: configuration.daemon.timeZone)
        let local = clock.timeZone.identifier == "Asia/Shanghai"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dutyd//duty roster//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape("值班表 \(person.name)"),
        ]
        if local {
            lines += [
                "X-WR-TIMEZONE:Asia/Shanghai", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19910915T000000",
                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
            ]
        }
        for shift in configuration.roster.shifts where shift.isWellFormed {
            for (someone, role) in shift.staff where someone.id == person.id {
                let unit = configuration.tree[shift.unit]?.name ?? shift.unit
                let title = role == .dutyOfficer ? "值班人员" : "带班领导"
                var details = ["单位：\(unit)", "班次：\(shift.id)"]
                let others = shift.dutyOfficers.filter { $0.id != person.id }.map { "\($0.name) \($0.phone)" }
                if !others.isEmpty { details.append("值班人员：" + others.joined(separator: "、")) }
                if role == .dutyOfficer, let leader = shift.leaderOnDuty { details.append("带班领导：\(leader.name) \(leader.phone)") }
                lines += [
                    "BEGIN:VEVENT",
                    "UID:" + Self.escape("\(shift.id)/\(role.rawValue)/\(person.id)@dutyd"),
                    "DTSTAMP:" + Self.utc(now),
                    local ? "DTSTART;TZID=Asia/Shanghai:" + Self.floating(shift.start, clock) : "DTSTART:" + Self.utc(shift.start),
                    local ? "DTEND;TZID=Asia/Shanghai:" + Self.floating(shift.end, clock) : "DTEND:" + Self.utc(shift.end),
                    "SUMMARY:" + Self.escape("值班：\(unit)（\(title)）"),
                    "LOCATION:" + Self.escape(unit),
                    "DESCRIPTION:" + Self.escape(details.joined(separator: "\n")),
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing(";", with: "\\;").replacing(",", with: "\\,").replacing("\n", with: "\\n")
    }

    /// `20261001T000000Z`.
    static func utc(_ instant: Date) -> String {
        WallClock(zoneIdentifier: "UTC").compact(instant) + "Z"
    }

    /// `20261001T080000`, the local time without a zone.
    static func floating(_ instant: Date, _ clock: WallClock) -> String {
        clock.compact(instant)
    }

    /// A content line folded into lines of at most 75 octets, never inside a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        var folded = ""
        var width = 0
        for character in line {
            let octets = String(character).utf8.count
            if width + octets > 75 {
                folded += "\r\n "
                width = 1
            }
            folded.append(character)
            width += octets
        }
        return folded
    }
}

extension WallClock {
    /// `20261001T080000` in this zone.
    func compact(_ instant: Date) -> String {
        String(iso8601(instant).prefix(19).filter { $0 != "-" && $0 != ":" })
    }
}
