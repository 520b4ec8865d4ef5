import Dispatch
import DutyCore
import DutyProtocol
import Foundation
import Logging

/// The route table: one line per Varlink method, naming who may call it, where it runs and its handler.
///
/// The call is read once with the small JSON parser (`ParsedVarlinkCall`), and its parameters
/// from that parsed value where the method's type can be (`JSONDecoder` only for the others and
/// for messages the parser refuses, so errors keep their exact wording), on the socket's queue.
/// Handlers that read or change the state run on the engine (the `Daemon` actor), so every change
/// is serialised with the checks and its reply waits until it is committed (see `Daemon`'s group
/// commit). `Status` is answered on the socket's queue, and the methods that read only the
/// database on a background queue, from what the engine publishes.
struct RouteTable: ControlRequestHandler {
    let daemon: Daemon

    static let interfaces = [VarlinkService.name, DutydInterface.name]

    typealias Reply = @Sendable (Result<[UInt8], VarlinkError>) -> Void

    func handle(_ message: [UInt8], from peer: PeerCredentials, files: PassedFiles, reply channel: ReplyChannel) {
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
            call.readDatabase(InterfaceDescriptionRequest.self) { _, request in
                switch request.interface {
                case VarlinkService.name: .success(InterfaceDescription(description: VarlinkService.definition))
                case DutydInterface.name: .success(InterfaceDescription(description: DutydInterface.definition))
                default: .failure(.interfaceNotFound(request.interface))
                }
            }
        case DutydInterface.status:
            call.readPublished(NoParameters.self) { daemon, _ in daemon.statusFrame() }
        case DutydInterface.alerts:
            call.readThenFrame(scoped: AlertsRequest.self, { daemon, request in AlertMethods.alerts(request, daemon) }, frame: { $0.frame() })
        case DutydInterface.showAlert:
            call.read(AlertIDRequest.self, unitOf: { daemon, request in daemon.state.alerts.alerts[request.id]?.unit }) { daemon, request in
                AlertMethods.show(request, daemon)
            }
        case DutydInterface.watch:
            guard header.more else { return answer(.failure(.expectedMore)) }
            let scope = ReadScope(configuration: daemon.published.configuration, logger: daemon.logger)
            if let refusal = scope.refusalOfWhole(for: peer, method: header.method) { return answer(.failure(refusal)) }
            daemon.enqueue { daemon in daemon.addWatcher(channel) }
        case DutydInterface.auditVerify:
            call.readDatabase(NoParameters.self, whole: true) { daemon, _ in AlertMethods.auditVerify(daemon) }
        case DutydInterface.backup:
            // Admin only, as a change is: the copy holds every phone number and the whole history.
            call.changeLater(BackupRequest.self) { (daemon: isolated Daemon, request, _, finish: @escaping @Sendable (Result<BackupReply, VarlinkError>) -> Void) in
                DispatchQueue.global(qos: .utility).async { [daemon] in finish(BackupMethod.backup(request, files: files, daemon.store)) }
            }
        case DutydInterface.outbox:
            call.readDatabase(OutboxRequest.self, whole: true) { daemon, request in OutboxMethods.outbox(request, daemon) }
        case DutydInterface.retryNotification:
            call.change(NotificationIDRequest.self) { daemon, request, _ in OutboxMethods.retry(request, daemon) }
        case DutydInterface.notifyTest:
            call.changeLater(NotifyTestRequest.self) { (daemon: isolated Daemon, request, _, finish: @escaping @Sendable (Result<NotifyTestReply, VarlinkError>) -> Void) in
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
                daemon.reload(requestedBy: actor.description)
                    .mapError { .configInvalid($0.diagnostics.map(\.line)) }
                    .map { loaded in
                        ReloadReply(
                            configLoadedAt: loaded.clock.iso8601(loaded.loadedAt), units: loaded.configuration.tree.units.count,
                            people: loaded.configuration.people.count, policies: loaded.configuration.policies.count)
                    }
            }
        case DutydInterface.onCall:
            call.read(scoped: OnCallRequest.self) { daemon, request in RosterMethods.onCall(request, daemon) }
        case DutydInterface.roster:
            call.read(scoped: RosterRequest.self) { daemon, request in RosterMethods.roster(request, daemon) }
        case DutydInterface.exportRoster:
            call.read(scoped: RosterRequest.self) { daemon, request in RosterMethods.exportRoster(request, daemon) }
        case DutydInterface.checkIn:
            call.change(CheckInRequest.self, scoped: true) { daemon, request, actor in RosterMethods.checkIn(request, actor: actor, daemon) }
        case DutydInterface.spotCheck:
            call.change(SpotCheckRequest.self, scoped: true) { daemon, request, actor in RosterMethods.spotCheck(request, actor: actor, daemon) }
        case DutydInterface.requestSwap:
            call.change(RequestSwapRequest.self, scoped: true) { daemon, request, actor in SwapMethods.request(request, actor: actor, daemon) }
        case DutydInterface.decideSwap:
            call.change(DecideSwapRequest.self, scoped: true) { daemon, request, actor in SwapMethods.decide(request, actor: actor, daemon) }
        case DutydInterface.swaps:
            call.read(scoped: SwapsRequest.self) { daemon, request in SwapMethods.swaps(request, daemon) }
        case DutydInterface.fileRoster:
            call.change(FileRosterRequest.self, scoped: true) { daemon, request, actor in FilingMethods.file(request, actor: actor, daemon) }
        case DutydInterface.rosterFilings:
            call.read(scoped: RosterFilingsRequest.self) { daemon, request in FilingMethods.filings(request, daemon) }
        case DutydInterface.rosterHours:
            call.read(scoped: RosterHoursRequest.self) { daemon, request in RosterHoursMethods.hours(request, daemon) }
        case DutydInterface.shiftCalendar:
            call.read(ShiftCalendarRequest.self, unitOf: { daemon, request in daemon.loaded.configuration.person(request.person)?.unit }) { daemon, request in RosterHoursMethods.calendar(request, daemon) }
        case DutydInterface.dailyReport:
            call.read(scoped: DailyReportRequest.self) { daemon, request in DailyMethods.report(request, daemon) }
        case DutydInterface.exportDailyReport:
            call.read(scoped: DailyReportRequest.self) { daemon, request in DailyMethods.export(request, daemon) }
        case DutydInterface.sendDailyReport:
            call.change(SendDailyReportRequest.self, scoped: true) { daemon, request, actor in DailyMethods.send(request, actor: actor, daemon) }
        case DutydInterface.fileDailyReport:
            call.change(FileDailyReportRequest.self, scoped: true) { daemon, request, actor in DailyMethods.file(request, actor: actor, daemon) }
        case DutydInterface.acknowledge:
            call.change(AlertActionRequest.self, scoped: true) { daemon, request, actor in AlertMethods.acknowledge(request, actor: actor, daemon) }
        case DutydInterface.resolve:
            call.change(AlertActionRequest.self, scoped: true) { daemon, request, actor in AlertMethods.resolve(request, actor: actor, daemon) }
        case DutydInterface.reply:
            call.change(ReplyRequest.self) { daemon, request, _ in ReplyMethods.reply(request, daemon) }
        case DutydInterface.report:
            call.change(ReportRequest.self, scoped: true) { daemon, request, actor in AlertMethods.report(request, actor: actor, daemon) }
        case DutydInterface.passUpIncident:
            call.change(IncidentStepRequest.self, scoped: true) { daemon, request, actor in IncidentMethods.passUp(request, actor: actor, daemon) }
        case DutydInterface.followUpIncident:
            call.change(IncidentStepRequest.self, scoped: true) { daemon, request, actor in IncidentMethods.followUp(request, actor: actor, daemon) }
        case DutydInterface.hazards:
            call.read(scoped: HazardsRequest.self) { daemon, request in HazardMethods.hazards(request, daemon) }
        case DutydInterface.exportLedger:
            call.read(scoped: HazardsRequest.self) { daemon, request in HazardMethods.exportLedger(request, daemon) }
        case DutydInterface.showHazard:
            call.read(HazardIDRequest.self, unitOf: { daemon, request in daemon.state.hazards.hazards[request.id]?.unit }) { daemon, request in
                HazardMethods.show(request, daemon)
            }
        case DutydInterface.summary:
            call.read(scoped: SummaryRequest.self) { daemon, request in HazardMethods.summary(request, daemon) }
        case DutydInterface.exportSummary:
            call.read(scoped: SummaryRequest.self) { daemon, request in HazardMethods.exportSummary(request, daemon) }
        case DutydInterface.units:
            call.readDatabase(UnitsRequest.self) { daemon, request in UnitMethods.units(request, daemon) }
        case DutydInterface.hazardProgress:
            call.change(HazardNoteRequest.self, scoped: true) { daemon, request, actor in HazardMethods.progress(request, actor: actor, daemon) }
        case DutydInterface.hazardRectified:
            call.change(HazardNoteRequest.self, scoped: true) { daemon, request, actor in HazardMethods.rectified(request, actor: actor, daemon) }
        case DutydInterface.verifyHazard:
            call.change(HazardNoteRequest.self, scoped: true) { daemon, request, actor in HazardMethods.verify(request, actor: actor, daemon) }
        case DutydInterface.reopenHazard:
            call.change(HazardNoteRequest.self, scoped: true) { daemon, request, actor in HazardMethods.reopen(request, actor: actor, daemon) }
        case DutydInterface.extendHazard:
            call.change(ExtendHazardRequest.self, scoped: true) { daemon, request, actor in HazardMethods.extend(request, actor: actor, daemon) }
        case DutydInterface.importLedger:
            call.changeLater(ImportLedgerRequest.self) { (daemon: isolated Daemon, request, actor, finish: @escaping @Sendable (Result<ImportLedgerReply, VarlinkError>) -> Void) in
                DispatchQueue.global(qos: .utility).async { [daemon] in
                    switch LedgerUpload.read(request, files: files) {
                    case .failure(let error): finish(.failure(error))
                    case .success(let input): daemon.runChange { daemon in finish(HazardMethods.importLedger(input, request: request, actor: actor, daemon)) }
                    }
                }
            }
        case DutydInterface.issueLink:
            call.change(IssueLinkRequest.self) { daemon, request, _ in LinkMethods.issue(request, daemon) }
        case DutydInterface.links:
            call.change(LinksRequest.self) { daemon, request, _ in LinkMethods.list(request, daemon) }
        case DutydInterface.revokeLinks:
            call.change(RevokeLinksRequest.self) { daemon, request, _ in LinkMethods.revoke(request, daemon) }
        default:
            let interface = header.method.split(separator: ".").dropLast().joined(separator: ".")
            answer(.failure(Self.interfaces.contains(interface) ? .methodNotFound(header.method) : .interfaceNotFound(interface)))
        }
    }

    /// The call read with the small parser; a message it cannot read is decoded with
    /// `JSONDecoder`, which answers a malformed one with its exact reason (nil: answered).
    /// A message nested too deeply or repeating a key is refused before `JSONDecoder` sees it.
    private func header(of message: [UInt8], from peer: PeerCredentials, reply channel: ReplyChannel) -> ParsedVarlinkCall? {
        do {
            if let parsed = try ParsedVarlinkCall(message) { return parsed }
            let decoded = try VarlinkCoding.decode(VarlinkCallHeader.self, from: message)
            return ParsedVarlinkCall(method: decoded.method, oneway: decoded.oneway == true, more: decoded.more == true, parameters: nil)
        } catch {
            let reason = (error as? JSONValue.SyntaxError)?.description ?? Self.describe(error)
            daemon.logger.journal(.controlRequestRejected, .notice, "malformed control message from uid \(peer.uid) (pid \(peer.pid)): \(reason)")
            channel.send(VarlinkCoding.frame(error: .invalidMessage(reason)))
            return nil
        }
    }

    /// Logs a refused change and returns the permission error.
    static func refuse(_ method: String, to peer: PeerCredentials, _ daemon: isolated Daemon) -> VarlinkError {
        daemon.logger.journal(
            .controlRequestRejected, .notice, "refused \(method) to \(peer.userName) (uid \(peer.uid)): only root and the admin group may change state",
            fields: ["actor": peer.userName])
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
