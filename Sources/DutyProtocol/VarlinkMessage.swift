#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The envelope of a Varlink call, read before the method's own parameters are known.
public struct VarlinkCallHeader: Codable, Sendable {
    public var method: String
    public var oneway: Bool?
    public var more: Bool?
}

/// A Varlink call with typed parameters.
public struct VarlinkCall<Parameters: Codable & Sendable>: Codable, Sendable {
    public var method: String
    public var parameters: Parameters?
    public var oneway: Bool?
    public var more: Bool?

    public init(method: String, parameters: Parameters?, oneway: Bool? = nil, more: Bool? = nil) {
        self.method = method
        self.parameters = parameters
        self.oneway = oneway
        self.more = more
    }
}

/// A Varlink reply: either parameters, or an error name with error parameters.
public struct VarlinkReply<Parameters: Codable & Sendable>: Codable, Sendable {
    public var parameters: Parameters?
    public var error: String?
    public var continues: Bool?

    public init(parameters: Parameters?, error: String? = nil, continues: Bool? = nil) {
        self.parameters = parameters
        self.error = error
        self.continues = continues
    }
}

/// Parameters of a method that takes or returns none.
public struct NoParameters: Codable, Sendable, Equatable {
    public init() {}
}

/// JSON coding shared by the daemon and its clients, so both sides agree byte for byte.
public enum VarlinkCoding {
    /// The largest message either side accepts.
    public static let maximumMessageSize = 1 << 20

    /// Encodes a message and appends the NUL terminator.
    public static func frame<Message: Encodable>(_ message: Message) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(message)) + [0]
    }

    /// Encodes an error reply and appends the NUL terminator.
    public static func frame(error: VarlinkError) -> [UInt8] {
        // A dictionary of JSONValue always encodes.
        try! frame(VarlinkReply(parameters: error.parameters, error: error.name))
    }

    /// Decodes one message body (without its NUL terminator).
    public static func decode<Message: Decodable>(_ type: Message.Type, from body: [UInt8]) throws -> Message {
        try JSONDecoder().decode(type, from: Data(body))
    }
}
