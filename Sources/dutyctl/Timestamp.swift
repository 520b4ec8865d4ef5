/// A time as dutyd sends it, `2026-10-01T08:00:00+08:00`, read without Foundation.
struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    let unixSeconds: Int

    /// Reads exactly `YYYY-MM-DDTHH:MM:SS` followed by `±HH:MM` or `Z`; nil for anything else.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int, is character: Unicode.Scalar) -> Bool {
            bytes[index] == UInt8(ascii: character)
        }
        guard bytes.count == 20 || bytes.count == 25,
            byte(4, is: "-"), byte(7, is: "-"), byte(10, is: "T"), byte(13, is: ":"), byte(16, is: ":"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let offset: Int
        if bytes.count == 20 {
            guard byte(19, is: "Z") else { return nil }
            offset = 0
        } else {
            guard byte(19, is: "+") || byte(19, is: "-"), byte(22, is: ":"),
                let offsetHours = number(20..<22), let offsetMinutes = number(23..<25),
                offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offset = (byte(19, is: "-") ? -1 : 1) * (offsetHours * 3_600 + offsetMinutes * 60)
        }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        unixSeconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
    }

    /// Days from 1970-01-01 to a date of the Gregorian calendar (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
