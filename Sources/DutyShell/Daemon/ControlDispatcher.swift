import DutyProtocol
import Foundation
import Logging

/// Routes Varlink calls from the control socket to the daemon, checking permissions and parameters.
struct ControlDispatcher: ControlRequestHandler {
    let daemon: Daemon

    static let interfaces = [VarlinkService.name, DutydInterface.name]

    func handle(_ message: [UInt8], from peer: PeerCredentials, reply: @escaping @Sendable ([UInt8]?) -> Void) {
        let header: VarlinkCallHeader
        do {
            header = try VarlinkCoding.decode(VarlinkCallHeader.self, from: message)
        } catch {
            let reason = Self.describe(error)
            daemon.logger.notice("malformed control message from uid \(peer.uid) (pid \(peer.pid)): \(reason)", metadata: ["event": "control_request_rejected"])
            return reply(VarlinkCoding.frame(error: .invalidMessage(reason)))
        }
        let answer: @Sendable (Result<[UInt8], VarlinkError>) -> Void = { result in
            if header.oneway == true { return reply(nil) }
            switch result {
            case .success(let bytes): reply(bytes)
            case .failure(let error): reply(VarlinkCoding.frame(error: error))
            }
        }
        switch header.method {
        case VarlinkService.getInfo:
            answer(Self.encode(ServiceInfo(
                vendor: "dutyd", product: "dutyd", version: DutydVersion.current,
                url: "https://github.com/dutyd/dutyd", interfaces: Self.interfaces)))
        case VarlinkService.getInterfaceDescription:
            answer(Self.decodeParameters(InterfaceDescriptionRequest.self, from: message).flatMap { request in
                switch request.interface {
                case VarlinkService.name: Self.encode(InterfaceDescription(description: VarlinkService.definition))
                case DutydInterface.name: Self.encode(InterfaceDescription(description: DutydInterface.definition))
                default: .failure(.interfaceNotFound(request.interface))
                }
            })
        case DutydInterface.status:
            daemon.queue.async { [daemon] in answer(Self.encode(daemon.status())) }
        case DutydInterface.reload:
            daemon.queue.async { [daemon] in
                guard peer.isAdmin(adminGroup: daemon.loaded.configuration.daemon.adminGroup) else {
                    return answer(.failure(refuse(header.method, to: peer)))
                }
                answer(daemon.reload(requestedBy: peer.userName)
                    .mapError { .configInvalid($0.diagnostics.map(\.description)) }
                    .flatMap { loaded in
                        let configuration = loaded.configuration
                        return Self.encode(ReloadReply(
                            configLoadedAt: loaded.clock.iso8601(loaded.loadedAt), units: configuration.tree.units.count,
                            people: configuration.people.count, policies: configuration.policies.count))
                    })
            }
        default:
            let interface = header.method.split(separator: ".").dropLast().joined(separator: ".")
            answer(.failure(Self.interfaces.contains(interface) ? .methodNotFound(header.method) : .interfaceNotFound(interface)))
        }
    }

    private func refuse(_ method: String, to peer: PeerCredentials) -> VarlinkError {
        daemon.logger.notice(
            "refused \(method) to \(peer.userName) (uid \(peer.uid)): only root and the admin group may change state",
            metadata: ["event": "control_request_rejected", "actor": "\(peer.userName)"])
        return .permissionDenied
    }

    private static func encode<Parameters: Codable & Sendable>(_ parameters: Parameters) -> Result<[UInt8], VarlinkError> {
        do {
            return .success(try VarlinkCoding.frame(VarlinkReply(parameters: parameters)))
        } catch {
            return .failure(.invalidMessage("reply could not be encoded: \(error)"))
        }
    }

    /// The call's parameters as `Parameters`, or `InvalidParameter` naming the first bad one.
    private static func decodeParameters<Parameters: Codable & Sendable>(_ type: Parameters.Type, from message: [UInt8]) -> Result<Parameters, VarlinkError> {
        do {
            guard let parameters = try VarlinkCoding.decode(VarlinkCall<Parameters>.self, from: message).parameters else {
                return .failure(.invalidParameter("parameters"))
            }
            return .success(parameters)
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.invalidParameter(key.stringValue))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            return .failure(.invalidParameter(context.codingPath.last?.stringValue ?? "parameters"))
        } catch {
            return .failure(.invalidParameter("parameters"))
        }
    }

    /// A short reason for a message that is not a Varlink call.
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        case DecodingError.valueNotFound(_, let context): "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" is null"
        default: "not a JSON object"
        }
    }
}
