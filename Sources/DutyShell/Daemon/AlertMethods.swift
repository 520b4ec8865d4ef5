import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// The alert methods of `io.dutyd`: validate the request, run it on the daemon, present the result.
enum AlertMethods {
    /// The alerts matching the request, taken from the book (call on the daemon's queue);
    /// `AlertListing.frame` presents and encodes them off it.
    static func alerts(_ request: AlertsRequest, _ daemon: isolated Daemon) -> Result<AlertListing, VarlinkError> {
        let configuration = daemon.loaded.configuration
        var filter = AlertFilter()
        switch request.state {
        case nil: break
        case "all": filter.states = Set(AlertState.allCases)
        case let text?:
            guard let state = AlertState(rawValue: text) else {
                return .failure(.invalidValue("state", phrase: Phrase("value.alertState")))
            }
            filter.states = [state]
        }
        if let unit = request.unit {
            guard configuration.tree[unit] != nil else { return .failure(.unknownUnit(unit)) }
            filter.unit = unit
        }
        if let text = request.kind {
            guard let kind = AlertKind(rawValue: text) else {
                return .failure(.invalidValue("kind", phrase: Phrase("value.oneOf", AlertKind.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            filter.kind = kind
        }
        filter.level = request.level
        return .success(AlertListing(alerts: daemon.state.alerts.alerts(matching: filter, tree: configuration.tree), presenter: presenter(daemon)))
    }

    static func show(_ request: AlertIDRequest, _ daemon: isolated Daemon) -> Result<ShowAlertReply, VarlinkError> {
        guard let alert = daemon.state.alerts.alerts[request.id] else { return .failure(.alertNotFound(request.id)) }
        do {
            let presenter = presenter(daemon)
            return .success(ShowAlertReply(
                alert: presenter.info(alert), history: presenter.history(try daemon.store.history(ofAlert: alert.id)),
                incident: IncidentMethods.info(of: alert, daemon)))
        } catch {
            return .failure(.storageFailed("reading the history of alert \(alert.id)", cause: error))
        }
    }

    static func acknowledge(_ request: AlertActionRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<AlertReply, VarlinkError> {
        changed(daemon.run(.acknowledge(alert: request.id, note: request.note, actor: actor)), daemon)
    }

    static func resolve(_ request: AlertActionRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<AlertReply, VarlinkError> {
        changed(daemon.run(.resolve(alert: request.id, note: request.note, actor: actor)), daemon)
    }

    static func report(_ request: ReportRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<ReportReply, VarlinkError> {
        var severity = RiskLevel.general
        if let text = request.severity {
            guard let level = RiskLevel(rawValue: text) else {
                return .failure(.invalidValue("severity", phrase: Phrase("value.risk")))
            }
            severity = level
        }
        let details: IncidentDetails
        switch IncidentMethods.details(of: request, clock: daemon.loaded.clock) {
        case .failure(let error): return .failure(error)
        case .success(let read): details = read
        }
        return daemon.run(.report(unit: request.unit, summary: request.summary, severity: severity, details: details, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .report(let incident, let alert) = reply else { preconditionFailure("Report replies with its incident") }
                return ReportReply(incident: incident.id, alert: presenter(daemon).info(alert))
            }
    }

    /// The reply of a command that changed one alert.
    private static func changed(_ result: Result<CommandReply, CommandError>, _ daemon: isolated Daemon) -> Result<AlertReply, VarlinkError> {
        result.mapError(VarlinkError.init).map { reply in
            guard case .alert(let alert) = reply else { preconditionFailure("an alert command replies with its alert") }
            return AlertReply(alert: presenter(daemon).info(alert))
        }
    }

    /// Checks the history against itself, the journal's anchors and the rows, on a background queue.
    static func auditVerify(_ daemon: Daemon) -> Result<AuditVerifyReply, VarlinkError> {
        do {
            let anchors = JournalWriter.isAvailable ? try JournalAnchors.read(stateDatabase: daemon.store.path) : []
            let audit = try daemon.store.auditHistory(anchors: anchors)
            return .success(AuditReport(audit, clock: daemon.published.clock, credential: daemon.store.auditKeySource.isCredential).reply)
        } catch {
            return .failure(.storageFailed("reading the history", cause: error))
        }
    }

    private static func presenter(_ daemon: isolated Daemon) -> AlertPresenter {
        AlertPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock)
    }
}
