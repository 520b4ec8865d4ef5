import DutyProtocol
import Foundation

/// Typed calls on a raw connection, for tests that make many requests quickly.
extension RawVarlinkConnection {
    /// Calls `method` and decodes the reply's parameters as `Reply`, or returns the error name.
    func call<Parameters: Codable & Sendable, Reply: Codable & Sendable>(
        _ method: String, _ parameters: Parameters, returning: Reply.Type
    ) throws -> Result<Reply, VarlinkError> {
        let body = try VarlinkCoding.frame(VarlinkCall(method: method, parameters: parameters))
        send(Array(body.dropLast()) + [0])
        guard let object = try receive() else { throw HarnessError("connection closed during \(method)") }
        if let name = object["error"]?.stringValue {
            return .failure(VarlinkError(name, object.objectParameters ?? [:]))
        }
        let data = try JSONEncoder().encode(object["parameters"] ?? .object([:]))
        return .success(try JSONDecoder().decode(Reply.self, from: data))
    }
}
