import DutyTOML
import Testing

@Suite("Dates and times")
struct DateTimeTests {
    @Test("all four kinds, with offsets and fractions", arguments: [
        ("1979-05-27T07:32:00Z",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 7, minute: 32, second: 0, nanosecond: 0, offsetMinutes: 0)),
        ("1979-05-27T00:32:00-07:00",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 0, minute: 32, second: 0, nanosecond: 0, offsetMinutes: -420)),
        ("1979-05-27T00:32:00.999999+05:30",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 0, minute: 32, second: 0, nanosecond: 999_999_000, offsetMinutes: 330)),
        ("1979-05-27 07:32:00z",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 7, minute: 32, second: 0, nanosecond: 0, offsetMinutes: 0)),
        ("1979-05-27t07:32:00",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 7, minute: 32, second: 0, nanosecond: 0)),
        ("1979-05-27T00:32:00.5",
         TOMLDateTime(year: 1979, month: 5, day: 27, hour: 0, minute: 32, second: 0, nanosecond: 500_000_000)),
        ("1979-05-27", TOMLDateTime(year: 1979, month: 5, day: 27)),
        ("2024-02-29", TOMLDateTime(year: 2024, month: 2, day: 29)),
        ("2000-02-29", TOMLDateTime(year: 2000, month: 2, day: 29)),
        ("07:32:00", TOMLDateTime(hour: 7, minute: 32, second: 0, nanosecond: 0)),
        ("00:32:00.1234567899", TOMLDateTime(hour: 0, minute: 32, second: 0, nanosecond: 123_456_789)),
        ("23:59:60", TOMLDateTime(hour: 23, minute: 59, second: 60, nanosecond: 0)),
    ])
    func dateTimes(text: String, expected: TOMLDateTime) throws {
        let table = try TOMLParser.parse("d = \(text) # comment")
        #expect(table.node("d")?.value == .dateTime(expected))
    }

    @Test("the kind follows from the parts written")
    func kinds() throws {
        let table = try TOMLParser.parse("""
            odt = 1979-05-27T07:32:00Z
            ldt = 1979-05-27T07:32:00
            ld = 1979-05-27
            lt = 07:32:00
            """)
        #expect(table.node("odt")?.value.dateTimeValue?.kind == .offsetDateTime)
        #expect(table.node("ldt")?.value.dateTimeValue?.kind == .localDateTime)
        #expect(table.node("ld")?.value.dateTimeValue?.kind == .localDate)
        #expect(table.node("lt")?.value.dateTimeValue?.kind == .localTime)
    }

    @Test("a date followed by a space and a comment is a local date")
    func dateThenSpace() throws {
        let table = try TOMLParser.parse("d = [1979-05-27 , 1979-05-27 ]")
        let expected = TOMLDateTime(year: 1979, month: 5, day: 27)
        #expect(table.node("d")?.value.arrayValue?.map(\.value) == [.dateTime(expected), .dateTime(expected)])
    }
}
