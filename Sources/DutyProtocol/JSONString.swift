/// JSON string literals written by hand, escaped byte for byte as `JSONEncoder` escapes them: for
/// `ReplyWriter`, and for the recipients and notification fields of 100,000 alerts raised by one
/// check (bench/README.md, row "the check raising 100,000 alerts took 48 s").
public enum JSONString {
    /// Appends `value` as a quoted JSON string; `/` is escaped unless `escapingSlashes` is false
    /// (`JSONEncoder`'s `.withoutEscapingSlashes`).
    public static func append(_ value: String, to bytes: inout [UInt8], escapingSlashes: Bool) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (escapingSlashes && byte == UInt8(ascii: "/")) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case ..<0x20: bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex(byte >> 4), hex(byte & 0xF)])
                default: bytes.append(byte)  // the quotation mark, reverse solidus or solidus itself
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A JSON array of strings, as `JSONEncoder().encode(strings)` writes it.
    public static func array(_ strings: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, string) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(string, to: &bytes, escapingSlashes: true)
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON object of string members, its keys sorted, as `JSONEncoder` with `.sortedKeys` writes it.
    public static func object(_ members: [String: String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in members.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(key, to: &bytes, escapingSlashes: true)
            bytes.append(UInt8(ascii: ":"))
            append(members[key]!, to: &bytes, escapingSlashes: true)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ digit: UInt8) -> UInt8 {
        digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }
}
