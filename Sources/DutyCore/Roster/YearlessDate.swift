import DutyPhrases
/// A roster date written without its year (`10月1日`, `10/1`), placed in the year of the holiday
/// period it belongs to, and refused when the calendar cannot say which year that is.
enum YearlessDate {
    /// How far from a holiday period a year-less date may be (a workday shift before or after it).
    static let reach = 15

    /// The month and day of a date written without a year: `10月1日`, `10月1号`, `10/1`, `10-1`.
    static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        var normalized = CSVCellText.trimmed(text)
        if normalized.hasSuffix("日") || normalized.hasSuffix("号") { normalized.removeLast() }
        let parts = normalized.split(omittingEmptySubsequences: false, whereSeparator: { "/-月".contains($0) })
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (month, day)
    }

    /// The date in the one year whose holiday period lies within `reach` days of it, or why there is none.
    static func resolve(_ text: String, month: Int, day: Int, calendar: HolidayCalendar) -> Result<LocalDate, RosterCellError> {
        guard !calendar.periods.isEmpty else {
            return .failure(RosterCellError(Phrase("roster.yearlessNoCalendar", CSVCellText.quoted(text), "2026-\(LocalDate.two(month))-\(LocalDate.two(day))")))
        }
        var candidates: [LocalDate] = []
        for period in calendar.periods {
            for year in Set([period.first.year, period.last.year]).sorted() {
                guard let date = LocalDate(year: year, month: month, day: day) else { continue }
                let near = period.first.adding(days: -reach) <= date && date <= period.last.adding(days: reach)
                if near, !candidates.contains(date) { candidates.append(date) }
            }
        }
        switch candidates.count {
        case 1:
            return .success(candidates[0])
        case 0:
            let names = calendar.periods.map { "\($0.name) \($0.first)–\($0.last)" }.joined(separator: ", ")
            return .failure(RosterCellError(Phrase("roster.yearlessFar", CSVCellText.quoted(text), names)))
        default:
            let years = candidates.map { String($0.year) }
            return .failure(RosterCellError(Phrase("roster.yearlessAmbiguous", CSVCellText.quoted(text), years.joined(separator: " or "), years.joined(separator: " 或 "))))
        }
    }
}
