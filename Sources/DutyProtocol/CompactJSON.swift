/// Writes compact JSON byte for byte as `VarlinkCoding` does (`JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes`), for replies too large for the encoder's generic machinery.
///
/// The caller writes an object's members in sorted key order and leaves out absent optionals,
/// as the synthesized `Encodable` conformances do.
public struct CompactJSON {
    public private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container has nothing in it yet.
    private var empty = true
    /// Whether a key was written and its value is next.
    private var awaitingValue = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object, as a value or an array element.
    public mutating func openObject() { open(UInt8(ascii: "{")) }
    public mutating func closeObject() { close(UInt8(ascii: "}")) }
    /// Opens an array, as a value or an array element.
    public mutating func openArray() { open(UInt8(ascii: "[")) }
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Writes a member's key; its value follows.
    public mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        awaitingValue = true
    }

    public mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        awaitingValue = false
        string(value)
    }

    public mutating func member(_ name: String, _ value: Int64) {
        key(name)
        awaitingValue = false
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func member(_ name: String, _ value: Int) { member(name, Int64(value)) }

    /// Ends the framed message with its NUL terminator.
    public mutating func terminate() { bytes.append(0) }

    private mutating func open(_ bracket: UInt8) {
        if awaitingValue { awaitingValue = false } else { separate() }
        bytes.append(bracket)
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        empty = false
    }

    /// A comma before every member or element but the first of its container.
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
    }

    /// A string as `JSONEncoder` escapes it: quotation mark, reverse solidus and the control
    /// characters; everything else, `/` included, as it is. Runs needing no escape are copied whole.
    private mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0..<0x20: bytes.append(contentsOf: "u00".utf8 + [Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
                default: bytes.append(byte)  // the quotation mark or the reverse solidus itself
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
