/// What a cell's number format shows: a plain number, a date, a time of day, or both; this decides how a serial number reads.
enum XLSXNumberFormat: Equatable {
    case number, date, time, dateTime

    /// The kind of the built-in format `id`, or of `code` for a custom one (ids 164 and up).
    static func kind(id: Int, code: String?) -> XLSXNumberFormat {
        if let code { return kind(code: code) }
        switch id {
        case 14...17, 27...31, 36, 50...58: return .date
        case 18...21, 32...35, 45...47: return .time
        case 22: return .dateTime
        default: return .number
        }
    }

    /// Reads the first section of a format code, ignoring quoted text, escaped characters and `[…]` (colours, locales)
    /// except elapsed time (`[h]`): `y`, `d` or a lone `m` mean a date, `h` or `s` a time.
    static func kind(code: String) -> XLSXNumberFormat {
        var letters: [Character] = []
        var iterator = code.makeIterator()
        while let character = iterator.next() {
            switch character {
            case ";": break
            case "\"": while let next = iterator.next(), next != "\"" {}
            case "\\", "_", "*": _ = iterator.next()
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.append(next) }
                if ["h", "hh", "m", "mm", "s", "ss"].contains(inside.lowercased()) { letters.append("h") }
            default: letters.append(contentsOf: character.lowercased())
            }
            if character == ";" { break }
        }
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate || (letters.contains("m") && !hasTime), hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }

    /// The text a reader expects for a serial number in this format: `2026-10-01`, `08:00`, `2026-10-01 08:00`;
    /// a plain number without a needless `.0` or exponent. Nil when `value` is not a number.
    func text(_ value: String, date1904: Bool) -> String? {
        guard let number = Double(value), number.isFinite else { return nil }
        if self == .number || number < 0 {
            guard number == number.rounded(), abs(number) < 1e15 else { return value }
            return String(Int64(number))
        }
        let totalMinutes = Int64((number * 1440).rounded())
        let days = Int(totalMinutes / 1440)
        let minutes = Int(totalMinutes % 1440)
        let time = Self.two(minutes / 60) + ":" + Self.two(minutes % 60)
        guard self != .time else { return time }
        guard let date = Self.date(serial: days, date1904: date1904) else { return value }
        return self == .dateTime && minutes != 0 ? "\(date) \(time)" : "\(date)"
    }

    /// The day of a serial number: 1 is 1900-01-01 (Excel counts a 1900-02-29 as serial 60), or 0 is 1904-01-01.
    static func date(serial: Int, date1904: Bool) -> LocalDate? {
        if date1904 { return LocalDate(year: 1904, month: 1, day: 1)?.adding(days: serial) }
        switch serial {
        case 1..<60: return LocalDate(year: 1899, month: 12, day: 31)?.adding(days: serial)
        case 61...: return LocalDate(year: 1899, month: 12, day: 30)?.adding(days: serial)
        default: return nil
        }
    }

    private static func two(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
