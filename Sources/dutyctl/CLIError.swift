import DutyPhrases
import DutyProtocol
import Glibc

/// A failure that ends `dutyctl` with a message and a documented exit status.
struct CLIError: Error {
    var message: String
    var status: Int32

    static let failed: Int32 = 1
    static let usage: Int32 = 2
    static let unreachable: Int32 = 3
    static let permissionDenied: Int32 = 4
    static let timedOut: Int32 = 5

    /// The exit status and message for an error reply from the daemon.
    init(reply error: VarlinkError) {
        if error.name == VarlinkError.permissionDenied.name {
            self.init(message: tr("permission denied: only root and members of dutyd's admin group may do this"), status: Self.permissionDenied)
        } else {
            self.init(message: Self.explanation(of: error), status: Self.failed)
        }
    }

    /// A sentence for each error of `io.dutyd`, in the user's language; others as the daemon sent them.
    private static func explanation(of error: VarlinkError) -> String {
        func text(_ key: String) -> String {
            switch error.parameters[key] {
            case .string(let value): value
            case .number(let value): Int64(exactly: value).map(String.init) ?? "\(value)"
            default: "?"
            }
        }
        func lines(_ key: String) -> [String] {
            guard case .array(let values) = error.parameters[key] else { return [] }
            return values.compactMap(\.stringValue)
        }
        /// The reason in the user's language: Chinese from the phrase's code when this dutyctl knows it.
        func reason() -> String {
            guard tr.language == .chinese, let phrase = Phrase(json: error.parameters["phrase"]),
                let chinese = Phrasebook.render(code: phrase.code, arguments: phrase.arguments, chinese: true)
            else { return text("reason") }
            return chinese
        }
        /// The diagnostics under `key`, said from their `phrases` in the user's language when the daemon sent them.
        func indented(_ key: String) -> String {
            DiagnosticLine.said(json: error.parameters["phrases"], english: lines(key), chinese: tr.language == .chinese).map { "  \($0)" }.joined(separator: "\n")
        }
        return switch error.name {
        case "io.dutyd.AlertNotFound": tr("no alert has id {0} (dutyctl alerts --state all lists them)", text("id"))
        case "io.dutyd.InvalidTransition": reason()
        case "io.dutyd.UnknownUnit": tr("no unit \"{0}\" is configured (dutyctl units lists the units with their ids)", text("unit"))
        case "io.dutyd.InvalidValue": tr("invalid {0}: {1}", text("parameter"), reason())
        case "io.dutyd.DutyRefused", "io.dutyd.IncidentRefused": reason()
        case "io.dutyd.HazardNotFound": tr("no hazard has id {0} (dutyctl hazards lists them)", text("id"))
        case "io.dutyd.HazardRefused": reason()
        case "io.dutyd.NotificationNotFound": tr("no dead notification has id {0} (dutyctl outbox --state dead lists them)", text("id"))
        case "io.dutyd.DeliveryFailed": tr("the test message through {0} was not delivered: {1}", text("channel"), text("reason"))
        case "io.dutyd.LedgerInvalid": tr("cannot import {0}; nothing was changed:", text("file")) + "\n" + indented("problems")
        case "io.dutyd.ConfigInvalid":
            tr("the configuration has {0} error(s) and was not loaded; the running configuration stays in force:", String(lines("diagnostics").count))
                + "\n" + indented("diagnostics")
        case "io.dutyd.InvalidMessage": tr("dutyd could not read the request: {0}", text("reason"))
        case "io.dutyd.StorageUnavailable":
            tr("dutyd cannot write its state database {0} ({1}); nothing was changed. Free space on that disk: dutyd retries by itself, and dutyctl status shows when changes are accepted again", text("database"), text("cause"))
        case "io.dutyd.LimitReached": tr("dutyd refused this request: {0}", text("reason"))
        case "io.dutyd.DeadlinePassed":
            tr("dutyd received this change at {0}, after its deadline {1}, and did not make it; nothing was changed", text("received_at"), text("not_after"))
        case "io.dutyd.IdempotencyKeyReused": tr("idempotency key {0} was already used for {1}; nothing was changed (leave --idempotency-key out for a new change)", text("key"), text("method"))
        case "io.dutyd.StorageFailed": tr("dutyd's state database failed while {0}: {1} (check the disk and journalctl -u dutyd)", text("what"), text("cause"))
        default: error.description
        }
    }

    init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }

    /// The daemon answered `method` with something this `dutyctl` does not understand.
    static func unexpectedReply(to method: String) -> CLIError {
        CLIError(message: tr("unexpected reply from dutyd to {0}; are dutyctl and dutyd the same version?", method), status: failed)
    }
}

func printError(_ message: String) {
    let bytes = Array("dutyctl: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
