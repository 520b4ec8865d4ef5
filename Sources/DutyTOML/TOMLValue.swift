/// A parsed TOML value of any of TOML's types.
public indirect enum TOMLValue: Sendable, Equatable {
    /// A string of any of the four quoting styles.
    case string(String)
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A 64-bit float, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A date, time or date-time.
    case dateTime(TOMLDateTime)
    /// An array whose elements keep their own positions.
    case array([TOMLNode])
    /// A table, an inline table or an element of an array of tables.
    case table(TOMLTable)

    /// Human name of the type for messages: "string", "integer", "float", "boolean",
    /// "date-time", "array", "table".
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime: "date-time"
        case .array: "array"
        case .table: "table"
        }
    }

    /// The string, or nil if this is not a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer, or nil if this is not an integer.
    public var integerValue: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The float, or nil if this is not a float (integers are not converted).
    public var floatValue: Double? {
        if case .float(let value) = self { value } else { nil }
    }

    /// The boolean, or nil if this is not a boolean.
    public var boolValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The date/time, or nil if this is not a date/time.
    public var dateTimeValue: TOMLDateTime? {
        if case .dateTime(let value) = self { value } else { nil }
    }

    /// The array elements, or nil if this is not an array.
    public var arrayValue: [TOMLNode]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The table, or nil if this is not a table.
    public var tableValue: TOMLTable? {
        if case .table(let value) = self { value } else { nil }
    }

    /// The type name with its indefinite article, e.g. "an integer", for messages.
    var typeNameWithArticle: String {
        switch self {
        case .integer, .array: "an \(typeName)"
        default: "a \(typeName)"
        }
    }
}
