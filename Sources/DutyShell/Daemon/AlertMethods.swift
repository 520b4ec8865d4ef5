import DutyCore
import DutyProtocol
import Foundation

/// The alert methods of `io.dutyd`: validate the request, run it on the daemon, present the result.
enum AlertMethods {
    /// The alerts matching the request, taken from the book (call on the daemon's queue);
    /// `AlertListing.frame` presents and encodes them off it.
    static func alerts(_ request: AlertsRequest, _ daemon: Daemon) -> Result<AlertListing, VarlinkError> {
        let configuration = daemon.loaded.configuration
        var filter = AlertFilter()
        switch request.state {
        case nil: break
        case "all": filter.states = Set(AlertState.allCases)
        case let text?:
            guard let state = AlertState(rawValue: text) else {
                return .failure(.invalidValue("state", reason: "expected triggered, acknowledged, resolved or all"))
            }
            filter.states = [state]
        }
        if let unit = request.unit {
            guard configuration.tree[unit] != nil else { return .failure(.unknownUnit(unit)) }
            filter.unit = unit
        }
        if let text = request.kind {
            guard let kind = AlertKind(rawValue: text) else {
                return .failure(.invalidValue("kind", reason: "expected one of " + AlertKind.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            filter.kind = kind
        }
        filter.level = request.level
        return .success(AlertListing(alerts: daemon.book.alerts(matching: filter, tree: configuration.tree), presenter: presenter(daemon)))
    }

    static func show(_ request: AlertIDRequest, _ daemon: Daemon) -> Result<ShowAlertReply, VarlinkError> {
        guard let alert = daemon.book.alerts[request.id] else { return .failure(.alertNotFound(request.id)) }
        do {
            let presenter = presenter(daemon)
            return .success(ShowAlertReply(alert: presenter.info(alert), history: presenter.history(try daemon.store.history(ofAlert: alert.id))))
        } catch {
            return .failure(.invalidMessage("cannot read the history of alert \(alert.id): \(error)"))
        }
    }

    static func acknowledge(_ request: AlertActionRequest, actor: String, _ daemon: Daemon) -> Result<AlertReply, VarlinkError> {
        daemon.acknowledge(id: request.id, actor: actor, note: request.note).mapError(varlinkError).map { AlertReply(alert: presenter(daemon).info($0)) }
    }

    static func resolve(_ request: AlertActionRequest, actor: String, _ daemon: Daemon) -> Result<AlertReply, VarlinkError> {
        daemon.resolve(id: request.id, actor: actor, note: request.note).mapError(varlinkError).map { AlertReply(alert: presenter(daemon).info($0)) }
    }

    static func report(_ request: ReportRequest, actor: String, _ daemon: Daemon) -> Result<ReportReply, VarlinkError> {
        var severity = RiskLevel.general
        if let text = request.severity {
            guard let level = RiskLevel(rawValue: text) else {
                return .failure(.invalidValue("severity", reason: "expected major, high, general or low"))
            }
            severity = level
        }
        return daemon.report(unit: request.unit, summary: request.summary, severity: severity, actor: actor)
            .mapError(varlinkError)
            .map { incident, alert in ReportReply(incident: incident.id, alert: presenter(daemon).info(alert)) }
    }

    static func auditVerify(_ daemon: Daemon) -> Result<AuditVerifyReply, VarlinkError> {
        do {
            let verdict = try daemon.store.verifyHistory()
            return .success(AuditVerifyReply(records: verdict.records, intact: verdict.firstBroken == nil, firstBroken: verdict.firstBroken, problem: verdict.problem))
        } catch {
            return .failure(.invalidMessage("cannot read the history: \(error)"))
        }
    }

    private static func presenter(_ daemon: Daemon) -> AlertPresenter {
        AlertPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock)
    }

    private static func varlinkError(_ error: AlertCommandError) -> VarlinkError {
        switch error {
        case .notFound(let id): .alertNotFound(id)
        case .alreadyAcknowledged(let id, _, _): .invalidTransition(id, state: "acknowledged", reason: error.description)
        case .alreadyResolved(let id): .invalidTransition(id, state: "resolved", reason: error.description)
        case .unknownUnit(let unit): .unknownUnit(unit)
        case .emptySummary: .invalidValue("summary", reason: error.description)
        }
    }
}
