import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// The incident methods of `io.dutyd` beside `Report`: pass-up (上报) and follow-up (续报), and
/// the incident shown with its alert.
enum IncidentMethods {
    static func passUp(_ request: IncidentStepRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<ReportReply, VarlinkError> {
        replied(daemon.run(.passUp(incident: request.incident, note: request.note, actor: actor)), daemon)
    }

    static func followUp(_ request: IncidentStepRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<ReportReply, VarlinkError> {
        guard let note = request.note else { return .failure(.invalidValue("note", phrase: Phrase("value.followUpNote"))) }
        return replied(daemon.run(.followUp(incident: request.incident, note: note, written: request.written ?? false, actor: actor)), daemon)
    }

    /// The structured fields of a `Report` request, or which of them is invalid.
    static func details(of request: ReportRequest, clock: WallClock) -> Result<IncidentDetails, VarlinkError> {
        let fields = request.details
        var details = IncidentDetails(
            place: fields.place, category: fields.category, casualties: fields.casualties, actionsTaken: fields.actionsTaken, reporter: fields.reporter)
        if let text = fields.occurredAt {
            guard let time = LocalTimeArgument.parse(text, clock: clock) else {
                return .failure(.invalidValue("occurred_at", phrase: Phrase("value.occurredAt", text)))
            }
            details.occurredAt = time
        }
        if let text = fields.contactNumber {
            do throws(PhoneNumberError) {
                details.contactNumber = try PhoneNumber(parsing: text).text
            } catch {
                return .failure(.invalidValue("contact_number", phrase: error.phrase))
            }
        }
        return .success(details)
    }

    /// The incident of an incident alert, as `ShowAlert` shows it.
    static func info(of alert: Alert, _ daemon: isolated Daemon) -> IncidentInfo? {
        guard alert.subject.kind == .incident, let incident = daemon.state.alerts.incidents[alert.subject.id] else { return nil }
        let clock = daemon.loaded.clock
        let details = incident.details
        return IncidentInfo(
            id: incident.id, severity: incident.severity.rawValue, reportedBy: incident.reportedBy.description, reportedAt: clock.iso8601(incident.reportedAt),
            details: IncidentFields(
                occurredAt: details.occurredAt.map(clock.iso8601), place: details.place, category: details.category, casualties: details.casualties,
                actionsTaken: details.actionsTaken, reporter: details.reporter, contactNumber: details.contactNumber),
            writtenDueAt: incident.writtenDueAt.map(clock.iso8601), writtenAt: incident.writtenAt.map(clock.iso8601))
    }

    /// The reply of a command on an incident.
    private static func replied(_ result: Result<CommandReply, CommandError>, _ daemon: isolated Daemon) -> Result<ReportReply, VarlinkError> {
        result.mapError(VarlinkError.init).map { reply in
            guard case .report(let incident, let alert) = reply else { preconditionFailure("an incident command replies with its incident") }
            return ReportReply(incident: incident.id, alert: AlertPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock).info(alert))
        }
    }
}
