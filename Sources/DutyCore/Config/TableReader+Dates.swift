import DutyPhrases
import DutyTOML

extension TableReader {
    /// A TOML local date (`2026-10-01`).
    func date(_ key: String) -> Located<LocalDate>? {
        guard let node = table[key]?.node else { return nil }
        return localDate(node, key: key)
    }

    func requiredDate(_ key: String) -> Located<LocalDate>? {
        guard table[key] != nil else {
            reportMissing(key, expected: "a date such as 2026-10-01 (without quotes)")
            return nil
        }
        return date(key)
    }

    /// An array of TOML local dates; bad elements are reported and skipped.
    func dates(_ key: String) -> [Located<LocalDate>]? {
        guard let node = table[key]?.node else { return nil }
        guard case .array(let elements) = node.value else {
            log.report(Phrase("config.datesArray", "\(key)", "\(context)", "\(node.value.typeName)", "\(Phrase("config.type.\(node.value.typeName)").chinese)"), at: node.location)
            return nil
        }
        return elements.compactMap { localDate($0, key: key) }
    }

    /// A TOML local date-time (`2026-10-01T08:00:00`), read as a date and a time of day.
    func dateTime(_ key: String) -> Located<(LocalDate, TimeOfDay)>? {
        guard let node = table[key]?.node else {
            reportMissing(key, expected: "a local date-time such as 2026-10-01T08:00:00 (without quotes)")
            return nil
        }
        guard case .dateTime(let value) = node.value, value.kind == .localDateTime,
            let date = LocalDate(year: value.year!, month: value.month!, day: value.day!),
            let time = TimeOfDay(hour: value.hour!, minute: value.minute!), value.second == 0
        else {
            log.report(Phrase("config.localDateTime", "\(key)", "\(context)"), at: node.location)
            return nil
        }
        return Located((date, time), at: node.location)
    }

    private func localDate(_ node: TOMLNode, key: String) -> Located<LocalDate>? {
        guard case .dateTime(let value) = node.value, value.kind == .localDate,
            let date = LocalDate(year: value.year!, month: value.month!, day: value.day!)
        else {
            log.report(Phrase("config.date", "\(key)", "\(context)", "\(node.value.typeName)", "\(Phrase("config.type.\(node.value.typeName)").chinese)"), at: node.location)
            return nil
        }
        return Located(date, at: node.location)
    }
}
