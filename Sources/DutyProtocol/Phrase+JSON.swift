import DutyPhrases

extension Phrase {
    /// The phrase as the interface's `Phrase` object.
    public var json: JSONValue {
        .object(["code": .string(code), "arguments": .array(arguments.map(JSONValue.string))])
    }

    /// The phrase of an error's `phrase` parameter; nil when absent or not a `Phrase`.
    public init?(json: JSONValue?) {
        guard case .object(let fields)? = json, case .string(let code)? = fields["code"], case .array(let values)? = fields["arguments"] else { return nil }
        self.init(code: code, arguments: values.compactMap(\.stringValue))
    }
}
