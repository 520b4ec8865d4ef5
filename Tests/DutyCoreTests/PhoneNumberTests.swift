import DutyCore
import Testing

@Suite("Phone numbers from spreadsheet cells")
struct PhoneNumberTests {
    @Test("mobiles are recognised with +86, 86, spaces, hyphens and full-width digits, and stored as 11 digits", arguments: [
        "13906412345", " 139 0641 2345 ", "139-0641-2345", "+86 139 0641 2345", "+86-13906412345", "8613906412345",
        "(+86)13906412345", "１３９０６４１２３４５", "139\u{3000}0641\u{3000}2345",
    ])
    func mobiles(_ cell: String) throws {
        let phone = try PhoneNumber(parsing: cell)
        #expect(phone.kind == .mobile)
        #expect(phone.text == "13906412345")
    }

    @Test("landlines keep their area code and extension, whatever the separators", arguments: [
        ("0633-1234567", "0633-1234567"),
        ("0633 1234567", "0633-1234567"),
        ("(0633)1234567", "0633-1234567"),
        ("（0633）1234567", "0633-1234567"),
        ("06331234567", "0633-1234567"),
        ("010-12345678", "010-12345678"),
        ("02112345678", "021-12345678"),
        ("0635-8123456转801", "0635-8123456转801"),
        ("0635-8123456-801", "0635-8123456转801"),
        ("0635-8123456 ext 801", "0635-8123456转801"),
        ("+86 633 1234567", "0633-1234567"),
    ])
    func landlines(_ cell: String, _ expected: String) throws {
        let phone = try PhoneNumber(parsing: cell)
        #expect(phone.kind == .landline)
        #expect(phone.text == expected)
    }

    @Test("a phone Excel turned into scientific notation or a decimal is refused with the hint to format the column as text", arguments: [
        "1.39064E+10", "1.39064e10", "13906412345.0",
    ])
    func excelNumbers(_ cell: String) {
        #expect(throws: PhoneNumberError(text: cell, reason: .excelNumber)) { try PhoneNumber(parsing: cell) }
        let message = PhoneNumberError(text: cell, reason: .excelNumber).message
        #expect(message.contains("format the column as text"))
        #expect(message.contains("\"\(cell)\""))
    }

    @Test("other shapes are refused, saying what a phone looks like", arguments: [
        ("1390641234", PhoneNumberError.Reason.mobileLength),
        ("139064123456", .mobileLength),
        ("0633-12345", .landlineLength),
        ("0633-123456789", .landlineLength),
        ("李娜", .shape),
        ("无", .shape),
        ("12345", .shape),
        ("+1 650 555 0100", .shape),
        ("", .empty),
    ])
    func otherShapes(_ cell: String, _ reason: PhoneNumberError.Reason) {
        #expect(throws: PhoneNumberError(text: cell, reason: reason)) { try PhoneNumber(parsing: cell) }
        #expect(PhoneNumberError(text: cell, reason: reason).message.contains("0633-1234567"))
    }
}
