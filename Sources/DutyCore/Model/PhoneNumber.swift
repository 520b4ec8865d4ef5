import DutyPhrases
/// A Chinese phone number read from a spreadsheet cell or a configuration value: a mobile
/// (11 digits starting with 1, optionally written with +86 or 86) or a landline (an area code
/// starting with 0 and a 7 or 8 digit local number, optionally with an extension).
///
/// Spaces, hyphens, dots and brackets between the digits are dropped and full-width digits read
/// as ASCII; `text` is the normal form: `13906412345`, `0633-1234567`, `0633-1234567转801`.
/// Anything else — notably a number Excel turned into `1.39064E+10` — is refused, so that a
/// damaged cell never replaces a phone someone must be reached on.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// Whether the number reaches a mobile (SMS works) or a fixed line.
    public enum Kind: String, Sendable, Hashable {
        case mobile
        case landline
    }

    public let kind: Kind
    /// The normal form, as dutyd stores and shows it.
    public let text: String

    /// Reads a cell; the error says what was expected, with the Excel hint where it applies.
    public init(parsing cell: String) throws(PhoneNumberError) {
        let written = CSVCellText.trimmed(cell)
        guard !written.isEmpty else { throw PhoneNumberError(text: cell, reason: .empty) }
        if Self.isScientific(written) || Self.isDecimal(written) {
            throw PhoneNumberError(text: written, reason: .excelNumber)
        }
        let (number, extensionDigits) = Self.splitExtension(Self.asciiDigits(written))
        guard number.allSatisfy({ ($0.isASCII && $0.isNumber) || Self.separators.contains($0) }),
              extensionDigits.allSatisfy({ $0.isASCII && $0.isNumber })
        else { throw PhoneNumberError(text: written, reason: .shape) }
        var digits = number.filter(\.isNumber)
        let international = number.hasPrefix("+")
        if international || (digits.hasPrefix("86") && digits.count == 13) {
            guard digits.hasPrefix("86") else { throw PhoneNumberError(text: written, reason: .shape) }
            digits.removeFirst(2)
            if digits.first != "1" && digits.first != "0" { digits = "0" + digits }
        }
        if digits.count == 11, digits.first == "1", extensionDigits.isEmpty {
            self.init(kind: .mobile, text: digits)
        } else {
            self.init(kind: .landline, text: try Self.landline(digits, extension: extensionDigits, written: written))
        }
    }

    private init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// A landline's normal form from its digits: area code (3 digits for 010 and 02x, else 4) and local number.
    private static func landline(_ digits: String, extension extensionDigits: String, written: String) throws(PhoneNumberError) -> String {
        guard digits.first == "0" else {
            let looksMobile = digits.first == "1" && (9...13).contains(digits.count)
            throw PhoneNumberError(text: written, reason: looksMobile ? .mobileLength : .shape)
        }
        let areaLength = digits.hasPrefix("010") || digits.hasPrefix("02") ? 3 : 4
        let local = digits.dropFirst(areaLength)
        guard (7...8).contains(local.count) else {
            throw PhoneNumberError(text: written, reason: .landlineLength)
        }
        return "\(digits.prefix(areaLength))-\(local)" + (extensionDigits.isEmpty ? "" : "转\(extensionDigits)")
    }

    public var description: String { text }

    /// Characters allowed between the digits of a number.
    private static let separators: Set<Character> = [" ", "-", ".", "(", ")", "+", "\u{3000}", "（", "）", "－", "—", "–"]

    /// `1.39064E+10`, `1.39064e10`: what Excel shows for a long number in a General cell.
    private static func isScientific(_ text: String) -> Bool {
        guard let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return false }
        let mantissa = text[..<marker].split(separator: ".", omittingEmptySubsequences: false)
        var exponent = text[text.index(after: marker)...]
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        return (1...2).contains(mantissa.count) && mantissa.allSatisfy(isDigits) && isDigits(exponent)
    }

    /// `13906412345.0`: a number stored as a decimal.
    private static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy(isDigits) && parts[0].first != "0"
    }

    /// Whether `text` is one or more ASCII digits.
    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Full-width digits (０-９) as ASCII.
    private static func asciiDigits(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
        })
    }

    /// The number and its extension: `…转801`, `… ext 801`, `…#801`, `…-801` after a full landline.
    private static func splitExtension(_ text: String) -> (String, String) {
        for marker in ["转", "ext.", "ext", "EXT", "Ext", "#", "分机"] {
            if let range = text.range(of: marker) {
                return (String(text[..<range.lowerBound]), CSVCellText.trimmed(String(text[range.upperBound...])))
            }
        }
        if let dash = text.lastIndex(of: "-") {
            let number = text[..<dash], extensionDigits = text[text.index(after: dash)...]
            let digits = number.filter(\.isNumber)
            if number.first == "0", (10...12).contains(digits.count), number.contains(where: { $0 == "-" || $0 == " " }),
                (1...6).contains(extensionDigits.count), isDigits(extensionDigits) {
                return (String(number), String(extensionDigits))
            }
        }
        return (text, "")
    }
}

/// Why a cell is not a phone number; `message` says what was expected.
public struct PhoneNumberError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong with the cell.
    public enum Reason: Sendable, Equatable {
        case empty
        /// Scientific notation or a decimal: Excel stored the phone as a number.
        case excelNumber
        case mobileLength
        case landlineLength
        case shape
    }

    /// The cell as written.
    public let text: String
    public let reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }

    /// The advice shown at the cell's row and column, in English.
    public var message: String { phrase.english }

    /// The advice as a phrase, for either language.
    public var phrase: Phrase {
        switch reason {
        case .empty: Phrase("phone.missing")
        case .excelNumber: Phrase("phone.excelNumber", CSVCellText.quoted(text))
        case .mobileLength: Phrase("phone.mobileLength", CSVCellText.quoted(text))
        case .landlineLength: Phrase("phone.landlineLength", CSVCellText.quoted(text))
        case .shape: Phrase("phone.shape", CSVCellText.quoted(text))
        }
    }

    public var description: String { message }
}
