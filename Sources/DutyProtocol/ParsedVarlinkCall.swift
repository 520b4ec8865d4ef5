/// A Varlink call read once with the small JSON parser (`JSONValue(parsing:)`): its header and
/// its parameters as a parsed value, without `JSONDecoder`. Every call passes through it, so that
/// the depth and duplicate-key checks stand in front of `JSONDecoder`; reading the header by hand
/// is for `Status` (bench/README.md, row "`Status` 4.0× the floor; `JSONDecoder` ran three times per call").
public struct ParsedVarlinkCall: Sendable {
    public var method: String
    public var oneway: Bool
    public var more: Bool
    /// The parameters object; empty when the call has none (absent or null). Nil when they are
    /// not an object: only `JSONDecoder` then says exactly what is wrong with them.
    public var parameters: [String: JSONValue]?

    public init(method: String, oneway: Bool, more: Bool, parameters: [String: JSONValue]?) {
        self.method = method
        self.oneway = oneway
        self.more = more
        self.parameters = parameters
    }

    /// Reads one message body (without its NUL terminator), or returns nil when it is not a
    /// well-formed call: a JSON object with a string `method` and boolean or null `oneway` and
    /// `more`. Callers decode such a message with `JSONDecoder` for the exact error. A message
    /// nested too deeply or repeating a key is refused with the reason, and must not be decoded
    /// by anything else.
    public init?(_ body: [UInt8]) throws(JSONValue.SyntaxError) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: body)
        } catch where error.problem == .malformed {
            return nil
        }
        guard case .object(let members) = document,
              case .string(let method)? = members["method"],
              let oneway = Self.flag(members["oneway"]), let more = Self.flag(members["more"])
        else { return nil }
        self.method = method
        self.oneway = oneway
        self.more = more
        switch members["parameters"] {
        case nil, .null?: parameters = [:]
        case .object(let object)?: parameters = object
        default: parameters = nil
        }
    }

    /// An optional boolean: absent or null is false; nil when it is something else.
    private static func flag(_ value: JSONValue?) -> Bool? {
        switch value {
        case nil, .null?: false
        case .bool(let flag)?: flag
        default: nil
        }
    }
}

/// Parameters that can be read from a parsed parameters object without `JSONDecoder`.
///
/// Every request is decoded with `JSONDecoder` (Codable, the one general path) except these, read by
/// hand because bench/README.md needs it: its "`Status` 4.0× the floor; `JSONDecoder` ran three times
/// per call" row (target: `Status` round trip within 3× the raw socket floor). `NoParameters` is the
/// only conformance: `Status` and the other methods without parameters.
public protocol ParsedParameters {
    /// The parameters in `object`, or nil unless every member `JSONDecoder` would read is
    /// present where required and of its type (it then decodes them, and names what is wrong).
    init?(parsed object: [String: JSONValue])
}

extension NoParameters: ParsedParameters {
    public init?(parsed object: [String: JSONValue]) {
        self.init()
    }
}
