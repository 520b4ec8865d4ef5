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

    /// The exit status and message for an error reply from the daemon.
    init(reply error: VarlinkError) {
        if error.name == VarlinkError.permissionDenied.name {
            self.init(message: "permission denied: only root and members of dutyd's admin group may do this", status: Self.permissionDenied)
        } else {
            self.init(message: Self.explanation(of: error), status: Self.failed)
        }
    }

    /// A sentence for the errors of `io.dutyd` about an alert, a unit or a value; others as the daemon sent them.
    private static func explanation(of error: VarlinkError) -> String {
        func text(_ key: String) -> String {
            switch error.parameters[key] {
            case .string(let value): value
            case .number(let value): Int64(exactly: value).map(String.init) ?? "\(value)"
            default: "?"
            }
        }
        func lines(_ key: String) -> String {
            guard case .array(let values) = error.parameters[key] else { return "" }
            return values.compactMap(\.stringValue).map { "  \($0)" }.joined(separator: "\n")
        }
        return switch error.name {
        case "io.dutyd.AlertNotFound": "no alert has id \(text("id")) (dutyctl alerts --state all lists them)"
        case "io.dutyd.InvalidTransition": text("reason")
        case "io.dutyd.UnknownUnit": "no unit \"\(text("unit"))\" is configured (give the id of a unit in dutyd's configuration)"
        case "io.dutyd.InvalidValue": "invalid \(text("parameter")): \(text("reason"))"
        case "io.dutyd.DutyRefused": text("reason")
        case "io.dutyd.HazardNotFound": "no hazard has id \(text("id")) (dutyctl hazards lists them)"
        case "io.dutyd.HazardRefused": text("reason")
        case "io.dutyd.LedgerInvalid": "cannot import \(text("file")); nothing was changed:\n" + lines("problems")
        case "io.dutyd.StorageFailed": "dutyd's state database failed while \(text("what")): \(text("cause")) (check the disk and journalctl -u dutyd)"
        default: error.description
        }
    }

    init(message: String, status: Int32) {
        self.message = message
        self.status = status
    }

    /// The daemon answered `method` with something this `dutyctl` does not understand.
    static func unexpectedReply(to method: String) -> CLIError {
        CLIError(message: "unexpected reply from dutyd to \(method); are dutyctl and dutyd the same version?", status: failed)
    }
}

func printError(_ message: String) {
    let bytes = Array("dutyctl: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
