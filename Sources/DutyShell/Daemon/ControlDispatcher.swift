import Dispatch
import DutyCore
import DutyProtocol
import Foundation
import Logging

/// Routes Varlink calls from the control socket to the daemon, checking parameters and permissions.
///
/// The call is read once with the small JSON parser (`ParsedVarlinkCall`), and its parameters
/// from that parsed value where the method's type can be (`JSONDecoder` only for the others and
/// for messages the parser refuses, so errors keep their exact wording), on the socket's queue; the work runs on the daemon's queue, so every
/// change is serialised with the checks, and its reply waits until it is committed (see
/// `Daemon`'s group commit). `Status` is answered on the socket's queue from what the daemon publishes.
struct ControlDispatcher: ControlRequestHandler {
    let daemon: Daemon

    static let interfaces = [VarlinkService.name, DutydInterface.name]

    typealias Reply = @Sendable (Result<[UInt8], VarlinkError>) -> Void

    func handle(_ message: [UInt8], from peer: PeerCredentials, reply channel: ReplyChannel) {
        guard let header = header(of: message, from: peer, reply: channel) else { return }
        let answer: Reply = { result in
            if header.oneway {
                channel.send(nil)
                return
            }
            switch result {
            case .success(let bytes): channel.send(bytes)
            case .failure(let error): channel.send(VarlinkCoding.frame(error: error))
            }
        }
        let call = Call(message: message, parameters: header.parameters, method: header.method, peer: peer, daemon: daemon, answer: answer)
        switch header.method {
        case VarlinkService.getInfo:
            answer(Self.encode(ServiceInfo(
                vendor: "dutyd", product: "dutyd", version: DutydVersion.current,
                url: "https://github.com/dutyd/dutyd", interfaces: Self.interfaces)))
        case VarlinkService.getInterfaceDescription:
            call.read(InterfaceDescriptionRequest.self, on: .background) { _, request in
                switch request.interface {
                case VarlinkService.name: .success(InterfaceDescription(description: VarlinkService.definition))
                case DutydInterface.name: .success(InterfaceDescription(description: DutydInterface.definition))
                default: .failure(.interfaceNotFound(request.interface))
                }
            }
        case DutydInterface.status:
            call.readFramed(NoParameters.self, on: .socketQueue) { daemon, _ in daemon.statusFrame() }
        case DutydInterface.alerts:
            call.readThenFrame(AlertsRequest.self, { daemon, request in AlertMethods.alerts(request, daemon) }, frame: { $0.frame() })
        case DutydInterface.showAlert:
            call.read(AlertIDRequest.self) { daemon, request in AlertMethods.show(request, daemon) }
        case DutydInterface.watch:
            guard header.more else { return answer(.failure(.expectedMore)) }
            daemon.queue.async { [daemon] in daemon.addWatcher(channel) }
        case DutydInterface.auditVerify:
            call.read(NoParameters.self, on: .background) { daemon, _ in AlertMethods.auditVerify(daemon) }
        case DutydInterface.outbox:
            call.read(OutboxRequest.self, on: .background) { daemon, request in OutboxMethods.outbox(request, daemon) }
        case DutydInterface.retryNotification:
            call.change(NotificationIDRequest.self) { daemon, request, _ in OutboxMethods.retry(request, daemon) }
        case DutydInterface.notifyTest:
            call.changeLater(NotifyTestRequest.self) { (daemon, request, _, finish: @escaping @Sendable (Result<NotifyTestReply, VarlinkError>) -> Void) in
                switch OutboxMethods.testRecipient(request, daemon.loaded.configuration) {
                case .failure(let error): finish(.failure(error))
                case .success(let person):
                    daemon.outbox.test(channel: request.channel, person: person) { result in
                        finish(result
                            .map { NotifyTestReply(channel: request.channel, person: person.id, answer: $0) }
                            .mapError { .deliveryFailed(request.channel, reason: $0.description) })
                    }
                }
            }
        case DutydInterface.reload:
            call.change(NoParameters.self) { daemon, _, actor in
                daemon.reload(requestedBy: actor)
                    .mapError { .configInvalid($0.diagnostics.map(\.description)) }
                    .map { loaded in
                        ReloadReply(
                            configLoadedAt: loaded.clock.iso8601(loaded.loadedAt), units: loaded.configuration.tree.units.count,
                            people: loaded.configuration.people.count, policies: loaded.configuration.policies.count)
                    }
            }
        case DutydInterface.onCall:
            call.read(OnCallRequest.self) { daemon, request in RosterMethods.onCall(request, daemon) }
        case DutydInterface.roster:
            call.read(RosterRequest.self) { daemon, request in RosterMethods.roster(request, daemon) }
        case DutydInterface.checkIn:
            call.change(CheckInRequest.self) { daemon, request, actor in RosterMethods.checkIn(request, actor: actor, daemon) }
        case DutydInterface.spotCheck:
            call.change(SpotCheckRequest.self) { daemon, request, actor in RosterMethods.spotCheck(request, actor: actor, daemon) }
        case DutydInterface.rosterHours:
            call.read(RosterHoursRequest.self) { daemon, request in RosterHoursMethods.hours(request, daemon) }
        case DutydInterface.shiftCalendar:
            call.read(ShiftCalendarRequest.self) { daemon, request in RosterHoursMethods.calendar(request, daemon) }
        case DutydInterface.acknowledge:
            call.change(AlertActionRequest.self) { daemon, request, actor in AlertMethods.acknowledge(request, actor: actor, daemon) }
        case DutydInterface.resolve:
            call.change(AlertActionRequest.self) { daemon, request, actor in AlertMethods.resolve(request, actor: actor, daemon) }
        case DutydInterface.report:
            call.change(ReportRequest.self) { daemon, request, actor in AlertMethods.report(request, actor: actor, daemon) }
        case DutydInterface.hazards:
            call.read(HazardsRequest.self) { daemon, request in HazardMethods.hazards(request, daemon) }
        case DutydInterface.exportLedger:
            call.read(HazardsRequest.self) { daemon, request in HazardMethods.exportLedger(request, daemon) }
        case DutydInterface.showHazard:
            call.read(HazardIDRequest.self) { daemon, request in HazardMethods.show(request, daemon) }
        case DutydInterface.summary:
            call.read(SummaryRequest.self) { daemon, request in HazardMethods.summary(request, daemon) }
        case DutydInterface.hazardProgress:
            call.change(HazardNoteRequest.self) { daemon, request, actor in HazardMethods.progress(request, actor: actor, daemon) }
        case DutydInterface.hazardRectified:
            call.change(HazardNoteRequest.self) { daemon, request, actor in HazardMethods.rectified(request, actor: actor, daemon) }
        case DutydInterface.verifyHazard:
            call.change(HazardNoteRequest.self) { daemon, request, actor in HazardMethods.verify(request, actor: actor, daemon) }
        case DutydInterface.reopenHazard:
            call.change(HazardNoteRequest.self) { daemon, request, actor in HazardMethods.reopen(request, actor: actor, daemon) }
        case DutydInterface.extendHazard:
            call.change(ExtendHazardRequest.self) { daemon, request, actor in HazardMethods.extend(request, actor: actor, daemon) }
        case DutydInterface.importLedger:
            call.changeLater(ImportLedgerRequest.self) { (daemon, request, actor, finish: @escaping @Sendable (Result<ImportLedgerReply, VarlinkError>) -> Void) in
                DispatchQueue.global(qos: .utility).async {
                    let input = LedgerFile.read(request.path)
                    daemon.queue.async { finish(HazardMethods.importLedger(input, request: request, actor: actor, daemon)) }
                }
            }
        default:
            let interface = header.method.split(separator: ".").dropLast().joined(separator: ".")
            answer(.failure(Self.interfaces.contains(interface) ? .methodNotFound(header.method) : .interfaceNotFound(interface)))
        }
    }

    /// The call read with the small parser; a message it cannot read is decoded with
    /// `JSONDecoder`, which answers a malformed one with its exact reason (nil: answered).
    private func header(of message: [UInt8], from peer: PeerCredentials, reply channel: ReplyChannel) -> ParsedVarlinkCall? {
        if let parsed = ParsedVarlinkCall(message) { return parsed }
        do {
            let decoded = try VarlinkCoding.decode(VarlinkCallHeader.self, from: message)
            return ParsedVarlinkCall(method: decoded.method, oneway: decoded.oneway == true, more: decoded.more == true, parameters: nil)
        } catch {
            let reason = Self.describe(error)
            daemon.logger.notice("malformed control message from uid \(peer.uid) (pid \(peer.pid)): \(reason)", metadata: ["event": "control_request_rejected"])
            channel.send(VarlinkCoding.frame(error: .invalidMessage(reason)))
            return nil
        }
    }

    /// Where a method that only reads runs.
    enum Place {
        /// On the daemon's queue, once everything changed so far is committed (`Daemon.whenCommitted`),
        /// so that it sees the books and the database alike.
        case daemonQueue
        /// On a background queue: for methods that read only the database.
        case background
        /// At once, on the socket's queue: for methods that read only what the daemon publishes for them.
        case socketQueue
    }

    /// One call being answered.
    struct Call: Sendable {
        let message: [UInt8]
        /// The parameters as the small parser read them; nil when only `JSONDecoder` can say what they are.
        let parameters: [String: JSONValue]?
        let method: String
        let peer: PeerCredentials
        let daemon: Daemon
        let answer: Reply

        /// A method anyone may call, run at `place`.
        func read<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type, on place: Place = .daemonQueue,
            _ body: @escaping @Sendable (Daemon, Parameters) -> Result<Output, VarlinkError>
        ) {
            readFramed(type, on: place) { daemon, parameters in body(daemon, parameters).flatMap(ControlDispatcher.encode) }
        }

        /// A method anyone may call whose body frames its own reply, run at `place`.
        func readFramed<Parameters: Codable & Sendable>(
            _ type: Parameters.Type, on place: Place = .daemonQueue,
            _ body: @escaping @Sendable (Daemon, Parameters) -> Result<[UInt8], VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            switch place {
            case .daemonQueue: daemon.queue.async { [daemon, answer] in daemon.whenCommitted { answer(body(daemon, parameters)) } }
            case .background: DispatchQueue.global(qos: .utility).async { [daemon, answer] in answer(body(daemon, parameters)) }
            case .socketQueue: answer(body(daemon, parameters))
            }
        }

        /// A method anyone may call that takes what it needs on the daemon's queue (as `read` does)
        /// and frames its reply from that on a background queue, leaving the daemon's queue free.
        func readThenFrame<Parameters: Codable & Sendable, Taken: Sendable>(
            _ type: Parameters.Type, _ take: @escaping @Sendable (Daemon, Parameters) -> Result<Taken, VarlinkError>,
            frame: @escaping @Sendable (Taken) -> [UInt8]
        ) {
            guard let parameters = decoded(type) else { return }
            daemon.queue.async { [daemon, answer] in
                daemon.whenCommitted {
                    switch take(daemon, parameters) {
                    case .failure(let error): answer(.failure(error))
                    case .success(let taken): DispatchQueue.global(qos: .userInitiated).async { answer(.success(frame(taken))) }
                    }
                }
            }
        }

        /// A change whose answer comes later (from another queue) through `finish`.
        func changeLater<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type,
            _ body: @escaping @Sendable (Daemon, Parameters, String, @escaping @Sendable (Result<Output, VarlinkError>) -> Void) -> Void
        ) {
            guard let parameters = decoded(type) else { return }
            let (peer, method, answer) = (peer, method, answer)
            daemon.runChange { daemon in
                guard peer.isAdmin(adminGroup: daemon.loaded.configuration.daemon.adminGroup) else {
                    return answer(.failure(ControlDispatcher.refuse(method, to: peer, daemon)))
                }
                body(daemon, parameters, peer.userName) { result in
                    daemon.queue.async { daemon.whenCommitted { answer(result.flatMap(ControlDispatcher.encode)) } }
                }
            }
        }

        /// The call's parameters, read from the parsed value when the type can be (`ParsedParameters`)
        /// and otherwise with `JSONDecoder`; or nil once the call is answered with the error in them.
        private func decoded<Parameters: Codable & Sendable>(_ type: Parameters.Type) -> Parameters? {
            if let parameters, let reader = type as? any ParsedParameters.Type, let read = reader.init(parsed: parameters) as? Parameters {
                return read
            }
            switch ControlDispatcher.decodeParameters(type, from: message) {
            case .failure(let error):
                answer(.failure(error))
                return nil
            case .success(let decoded):
                return decoded
            }
        }

        /// A method that changes state: only root and the admin group; the actor is the peer's
        /// user name. The reply is sent once the change is committed, with others made meanwhile.
        func change<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type, _ body: @escaping @Sendable (Daemon, Parameters, String) -> Result<Output, VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            let (peer, method, answer) = (peer, method, answer)
            daemon.runChange { daemon in
                let result: Result<Output, VarlinkError> =
                    peer.isAdmin(adminGroup: daemon.loaded.configuration.daemon.adminGroup)
                    ? body(daemon, parameters, peer.userName) : .failure(ControlDispatcher.refuse(method, to: peer, daemon))
                let reply = result.flatMap(ControlDispatcher.encode)
                daemon.whenCommitted { answer(reply) }
            }
        }
    }

    /// Logs a refused change and returns the permission error.
    static func refuse(_ method: String, to peer: PeerCredentials, _ daemon: Daemon) -> VarlinkError {
        daemon.logger.notice(
            "refused \(method) to \(peer.userName) (uid \(peer.uid)): only root and the admin group may change state",
            metadata: ["event": "control_request_rejected", "actor": "\(peer.userName)"])
        return .permissionDenied
    }

    /// The framed reply: written by hand for the replies that can be (`HandWrittenReply`), else with `JSONEncoder`.
    static func encode<Parameters: Codable & Sendable>(_ parameters: Parameters) -> Result<[UInt8], VarlinkError> {
        if let reply = parameters as? any HandWrittenReply { return .success(reply.framedReply()) }
        do {
            return .success(try VarlinkCoding.frame(VarlinkReply(parameters: parameters)))
        } catch {
            return .failure(.invalidMessage("reply could not be encoded: \(error)"))
        }
    }

    /// The call's parameters as `Parameters` (absent parameters read as `{}`), or `InvalidParameter` naming the first bad one.
    static func decodeParameters<Parameters: Codable & Sendable>(_ type: Parameters.Type, from message: [UInt8]) -> Result<Parameters, VarlinkError> {
        do {
            if let parameters = try VarlinkCoding.decode(VarlinkCall<Parameters>.self, from: message).parameters {
                return .success(parameters)
            }
            return .success(try VarlinkCoding.decode(Parameters.self, from: Array("{}".utf8)))
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
