extension JSONValue {
    /// The deepest nesting of arrays and objects read, so that a hostile text cannot exhaust the stack.
    public static let maximumNesting = 64

    /// A JSON text that is not well-formed or not accepted; `offset` is the byte where reading stopped.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        /// What is wrong with the text.
        public enum Problem: Equatable, Sendable {
            /// Not JSON (RFC 8259).
            case malformed
            /// Arrays and objects nested deeper than `maximumNesting`.
            case tooDeep
            /// An object with the same key twice, which readers would resolve differently.
            case duplicateKey(String)
        }

        public var offset: Int
        public var problem: Problem

        /// An error at byte `offset`; malformed JSON unless `problem` says otherwise.
        public init(offset: Int, problem: Problem = .malformed) {
            self.offset = offset
            self.problem = problem
        }

        public var description: String {
            switch problem {
            case .malformed: "not well-formed JSON at byte \(offset)"
            case .tooDeep: "arrays and objects nested deeper than \(JSONValue.maximumNesting) levels at byte \(offset)"
            case .duplicateKey(let key): "the key \"\(key.prefix(64))\" appears twice in one object at byte \(offset)"
            }
        }
    }

    /// Parses one JSON text (RFC 8259) without `JSONDecoder`, refusing nesting deeper than
    /// `maximumNesting` and objects that repeat a key.
    ///
    /// Two readers need it. The daemon reads every call with it first, so that the depth and
    /// duplicate-key checks stand in front of `JSONDecoder` (`io.dutyd.InvalidMessage`), and so that
    /// `Status` is read once (bench/README.md, row "`Status` 4.0× the floor"). `dutyctl` reads
    /// replies with it: `JSONDecoder` instantiates its generic containers at run time, each with a
    /// scan of every conformance record, which in the static `dutyctl` cost more than the rest of
    /// `dutyctl status` (bench/README.md, `dutyctl status` table, row "the reply parsed by a small
    /// JSON parser").
    public init(parsing bytes: [UInt8]) throws(SyntaxError) {
        var parser = JSONParser(bytes: bytes)
        self = try parser.document()
    }
}

/// A recursive-descent reader of JSON text into `JSONValue`.
private struct JSONParser {
    let bytes: [UInt8]
    var index = 0
    /// How many arrays and objects enclose the value being read.
    var depth = 0

    /// One value and nothing after it but whitespace.
    mutating func document() throws(JSONValue.SyntaxError) -> JSONValue {
        let result = try value()
        skipWhitespace()
        guard index == bytes.count else { throw failure() }
        return result
    }

    private mutating func value() throws(JSONValue.SyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object() throws(JSONValue.SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure() }
            let keyOffset = index
            let key = try string()
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { throw failure() }
            guard members.updateValue(try value(), forKey: key) == nil else {
                throw JSONValue.SyntaxError(offset: keyOffset, problem: .duplicateKey(key))
            }
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { throw failure() }
        return .object(members)
    }

    private mutating func array() throws(JSONValue.SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return .array(elements) }
        repeat {
            elements.append(try value())
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { throw failure() }
        return .array(elements)
    }

    /// Moves past the opening bracket or brace of one more level of nesting, if the limit allows it.
    private mutating func enter() throws(JSONValue.SyntaxError) {
        guard depth < JSONValue.maximumNesting else { throw JSONValue.SyntaxError(offset: index, problem: .tooDeep) }
        depth += 1
        index += 1
    }

    /// A string, starting at its opening quote; one without escapes is made from its bytes at once.
    private mutating func string() throws(JSONValue.SyntaxError) -> String {
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
            index += 1
            if bytes[index - 1] == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[start..<index - 1], as: UTF8.self) else { throw failure() }
                return text
            }
        }
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw failure() }
                return text
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case ..<0x20:
                throw failure()
            default:
                utf8.append(byte)
            }
        }
        throw failure()
    }

    /// The character after a backslash, appended to `utf8`.
    private mutating func escape(into utf8: inout [UInt8]) throws(JSONValue.SyntaxError) {
        guard index < bytes.count else { throw failure() }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hexQuad()
            if (0xD800...0xDBFF).contains(code) {
                // A character outside the Basic Multilingual Plane, written as a surrogate pair.
                guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")) else { throw failure() }
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure() }
                code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure() }
            utf8.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw failure()
        }
    }

    /// Four hexadecimal digits.
    private mutating func hexQuad() throws(JSONValue.SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw failure() }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure()
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number: `-`, an integer part without leading zeros, an optional fraction and exponent.
    private mutating func number() throws(JSONValue.SyntaxError) -> Double {
        let start = index
        _ = take(UInt8(ascii: "-"))
        if !take(UInt8(ascii: "0")) { try digits() }
        if take(UInt8(ascii: ".")) { try digits() }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            try digits()
        }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { throw failure() }
        return value
    }

    /// One or more decimal digits.
    private mutating func digits() throws(JSONValue.SyntaxError) {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > start else { throw failure() }
    }

    private mutating func literal(_ word: String) throws(JSONValue.SyntaxError) {
        guard bytes[index...].starts(with: word.utf8) else { throw failure() }
        index += word.utf8.count
    }

    /// Moves past `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private func failure() -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(offset: index)
    }
}
