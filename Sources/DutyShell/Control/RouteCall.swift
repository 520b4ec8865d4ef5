import DutyCore
import Dispatch
import Foundation
import DutyProtocol

extension RouteTable {
    /// One call being answered: its parameters read, then its handler run where its route says.
    struct Call: Sendable {
        let message: [UInt8]
        /// The parameters as the small parser read them; nil when only `JSONDecoder` can say what they are.
        let parameters: [String: JSONValue]?
        let method: String
        let peer: PeerCredentials
        let daemon: Daemon
        let answer: Reply

        /// A read of a unit's subtree, run on the engine once everything changed so far is committed
        /// (`Daemon.whenCommitted`), so that it sees the state and the database alike; confined
        /// under `scoped_reads` to the caller's units (`ReadScope.confine`).
        func read<Parameters: UnitScopedRead, Output: Codable & Sendable>(
            scoped type: Parameters.Type, _ body: @escaping @Sendable (isolated Daemon, Parameters) -> Result<Output, VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            let (peer, method) = (peer, method)
            daemon.enqueue { [answer] daemon in
                daemon.whenCommitted {
                    answer(daemon.readScope.confined(parameters, for: peer, method: method).flatMap { body(daemon, $0).flatMap(RouteTable.encode) })
                }
            }
        }

        /// A read of one item, refused under `scoped_reads` when `unitOf` puts it outside the caller's units.
        func read<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type, unitOf: @escaping @Sendable (isolated Daemon, Parameters) -> String?,
            _ body: @escaping @Sendable (isolated Daemon, Parameters) -> Result<Output, VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            let (peer, method) = (peer, method)
            daemon.enqueue { [answer] daemon in
                daemon.whenCommitted {
                    if let refusal = daemon.readScope.refusal(ofItemAt: unitOf(daemon, parameters), for: peer, method: method) { return answer(.failure(refusal)) }
                    answer(body(daemon, parameters).flatMap(RouteTable.encode))
                }
            }
        }

        /// A method that reads only the database (and the published configuration), on a background
        /// queue; with `whole`, refused under `scoped_reads` to all but root and the admin group.
        func readDatabase<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type, whole: Bool = false, _ body: @escaping @Sendable (Daemon, Parameters) -> Result<Output, VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            let scope = ReadScope(configuration: daemon.published.configuration, logger: daemon.logger)
            if whole, let refusal = scope.refusalOfWhole(for: peer, method: method) { return answer(.failure(refusal)) }
            DispatchQueue.global(qos: .utility).async { [daemon, answer] in answer(body(daemon, parameters).flatMap(RouteTable.encode)) }
        }

        /// A method answered at once on the socket's queue from what the engine publishes; its body frames the reply.
        func readPublished<Parameters: Codable & Sendable>(
            _ type: Parameters.Type, _ body: @escaping @Sendable (Daemon, Parameters) -> Result<[UInt8], VarlinkError>
        ) {
            guard let parameters = decoded(type) else { return }
            answer(body(daemon, parameters))
        }

        /// A read of a unit's subtree (as `read(scoped:)`) that takes what it needs on the engine
        /// and frames its reply from that on a background queue, leaving the engine free.
        func readThenFrame<Parameters: UnitScopedRead, Taken: Sendable>(
            scoped type: Parameters.Type, _ take: @escaping @Sendable (isolated Daemon, Parameters) -> Result<Taken, VarlinkError>,
            frame: @escaping @Sendable (Taken) -> [UInt8]
        ) {
            guard let parameters = decoded(type) else { return }
            let (peer, method) = (peer, method)
            daemon.enqueue { [answer] daemon in
                daemon.whenCommitted {
                    switch daemon.readScope.confined(parameters, for: peer, method: method).flatMap({ take(daemon, $0) }) {
                    case .failure(let error): answer(.failure(error))
                    case .success(let taken): DispatchQueue.global(qos: .userInitiated).async { answer(.success(frame(taken))) }
                    }
                }
            }
        }

        /// A method that changes state: only root and the admin group, and when `scoped` the
        /// members of an `[[admins]]` group for commands on their units; the actor is the peer's
        /// user name, for the person the optional `for` parameter names. It runs under the call's
        /// `ChangeControls` (`Daemon.controlled`: idempotency key, deadline). The reply is sent once
        /// the change is committed, with others made meanwhile; or `StorageUnavailable` when it could not be.
        func change<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type, scoped: Bool = false,
            _ body: @escaping @Sendable (isolated Daemon, Parameters, ActorIdentity) -> Result<Output, VarlinkError>
        ) {
            guard let parameters = decoded(type), let onBehalf = decoded(OnBehalfParameter.self), let controls = decoded(ChangeControls.self)
            else { return }
            let (peer, method, answer) = (peer, method, answer)
            daemon.runChange { daemon in
                let ticket = daemon.changeCount
                let configuration = daemon.loaded.configuration
                let isAdmin = peer.isAdmin(adminGroup: configuration.daemon.adminGroup)
                let roots = isAdmin || !scoped ? nil : peer.scope(in: configuration.admins)
                let reply: Result<[UInt8], VarlinkError>
                if isAdmin || roots != nil {
                    daemon.scope = roots.map { ($0, peer.userName) }
                    reply = daemon.controlled(controls, method: method, peer: peer, now: daemon.clock.wall()) {
                        ActorResolver.actor(account: peer.userName, for: onBehalf.person, in: configuration)
                            .flatMap { body(daemon, parameters, $0) }.flatMap(RouteTable.encode)
                    }
                    daemon.scope = nil
                } else {
                    reply = .failure(RouteTable.refuse(method, to: peer, daemon))
                }
                let database = daemon.store.path
                daemon.whenCommitted(changesAfter: ticket) { lost in
                    answer(lost.map { .failure(.storageUnavailable(cause: $0.cause, database: database)) } ?? reply)
                }
            }
        }

        /// A change whose answer comes later (from another queue) through `finish`. Its
        /// `ChangeControls` are checked before it starts; its reply is kept under its key in the
        /// transaction after the change's own.
        func changeLater<Parameters: Codable & Sendable, Output: Codable & Sendable>(
            _ type: Parameters.Type,
            _ body: @escaping @Sendable (isolated Daemon, Parameters, ActorIdentity, @escaping @Sendable (Result<Output, VarlinkError>) -> Void) -> Void
        ) {
            guard let parameters = decoded(type), let onBehalf = decoded(OnBehalfParameter.self), let controls = decoded(ChangeControls.self)
            else { return }
            let (peer, method, answer) = (peer, method, answer)
            daemon.runChange { daemon in
                guard peer.isAdmin(adminGroup: daemon.loaded.configuration.daemon.adminGroup) else {
                    return answer(.failure(RouteTable.refuse(method, to: peer, daemon)))
                }
                let key: String?
                switch daemon.admit(controls, method: method, peer: peer, now: daemon.clock.wall()) {
                case .answer(let reply): return daemon.whenCommitted { answer(reply) }
                case .run(let admitted): key = admitted
                }
                let actor: ActorIdentity
                switch ActorResolver.actor(account: peer.userName, for: onBehalf.person, in: daemon.loaded.configuration) {
                case .failure(let error): return answer(.failure(error))
                case .success(let resolved): actor = resolved
                }
                body(daemon, parameters, actor) { [daemon] result in
                    daemon.enqueue { daemon in
                        let reply = result.flatMap(RouteTable.encode)
                        if case .success(let bytes) = reply, let key {
                            daemon.keep(bytes, under: key, method: method, now: daemon.clock.wall())
                        }
                        daemon.whenCommitted { answer(reply) }
                    }
                }
            }
        }

        /// The call's parameters, read from the parsed value when the type can be (`ParsedParameters`)
        /// and otherwise with `JSONDecoder`; or nil once the call is answered with the error in them.
        private func decoded<Parameters: Codable & Sendable>(_ type: Parameters.Type) -> Parameters? {
            if let parameters, let reader = type as? any ParsedParameters.Type, let read = reader.init(parsed: parameters) as? Parameters {
                return read
            }
            switch RouteTable.decodeParameters(type, from: message) {
            case .failure(let error):
                answer(.failure(error))
                return nil
            case .success(let decoded):
                return decoded
            }
        }
    }
}
