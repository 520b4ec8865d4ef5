/// A change's parameters with the person a clerk acts for: `for` (a person's id or name) beside
/// the method's own members, as `dutyctl --for` sends them.
public struct OnBehalf<Request: Codable & Sendable>: Codable, Sendable {
    public var request: Request
    /// The person's id or name, or nil when the caller acts for nobody else.
    public var person: String?

    public init(_ request: Request, person: String?) {
        self.request = request
        self.person = person
    }

    private enum CodingKeys: String, CodingKey {
        case person = "for"
    }

    public init(from decoder: Decoder) throws {
        request = try Request(from: decoder)
        person = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .person)
    }

    public func encode(to encoder: Encoder) throws {
        try request.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(person, forKey: .person)
    }
}

/// The `for` member of a change's parameters alone, as the daemon reads it.
public struct OnBehalfParameter: Codable, Sendable {
    /// The person's id or name, or nil when the caller acts for nobody else.
    public var person: String?

    private enum CodingKeys: String, CodingKey {
        case person = "for"
    }
}
