import DutyPhrases

/// A Varlink error reply: a qualified error name and its parameters.
public struct VarlinkError: Error, Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var parameters: [String: JSONValue]

    public init(_ name: String, _ parameters: [String: JSONValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }

    public var description: String {
        let details = parameters.keys.sorted().map { key in
            switch parameters[key]! {
            case .string(let text): "\(key): \(text)"
            case .array(let values): "\(key):\n" + values.compactMap(\.stringValue).map { "  \($0)" }.joined(separator: "\n")
            case let other: "\(key): \(other)"
            }
        }
        return ([name] + details).joined(separator: "\n")
    }

    public static func interfaceNotFound(_ interface: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InterfaceNotFound", ["interface": .string(interface)])
    }

    public static func methodNotFound(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotFound", ["method": .string(method)])
    }

    public static func invalidParameter(_ parameter: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InvalidParameter", ["parameter": .string(parameter)])
    }

    public static let permissionDenied = VarlinkError("org.varlink.service.PermissionDenied")

    /// The method streams replies and must be called with `more`.
    public static let expectedMore = VarlinkError("org.varlink.service.ExpectedMore")

    /// The message was not a well-formed Varlink call; the reason says what was wrong.
    public static func invalidMessage(_ reason: String) -> VarlinkError {
        VarlinkError("io.dutyd.InvalidMessage", ["reason": .string(reason)])
    }

    /// A limit of the control socket (`limit`, with its value `allowed`) was reached; `reason` says what to do.
    public static func limitReached(_ limit: String, allowed: Int, reason: String) -> VarlinkError {
        VarlinkError("io.dutyd.LimitReached", ["limit": .string(limit), "allowed": .number(Double(allowed)), "reason": .string(reason)])
    }

    public static func alertNotFound(_ id: Int64) -> VarlinkError {
        VarlinkError("io.dutyd.AlertNotFound", ["id": .number(Double(id))])
    }

    /// The alert's state does not allow the action; `phrase` is the reason's code and arguments.
    public static func invalidTransition(_ id: Int64, state: String, phrase: Phrase) -> VarlinkError {
        VarlinkError("io.dutyd.InvalidTransition", ["id": .number(Double(id)), "state": .string(state), "reason": .string(phrase.english), "phrase": phrase.json])
    }

    public static func notificationNotFound(_ id: Int64) -> VarlinkError {
        VarlinkError("io.dutyd.NotificationNotFound", ["id": .number(Double(id))])
    }

    public static func deliveryFailed(_ channel: String, reason: String) -> VarlinkError {
        VarlinkError("io.dutyd.DeliveryFailed", ["channel": .string(channel), "reason": .string(reason)])
    }

    public static func unknownUnit(_ unit: String) -> VarlinkError {
        VarlinkError("io.dutyd.UnknownUnit", ["unit": .string(unit)])
    }

    /// A parameter's value is not allowed; `phrase` says what is expected, in English as `reason`.
    public static func invalidValue(_ parameter: String, phrase: Phrase) -> VarlinkError {
        VarlinkError("io.dutyd.InvalidValue", ["parameter": .string(parameter), "reason": .string(phrase.english), "phrase": phrase.json])
    }

    /// An incident's follow-up or pass-up was refused; nothing was changed.
    public static func incidentRefused(_ incident: String, phrase: Phrase) -> VarlinkError {
        VarlinkError("io.dutyd.IncidentRefused", ["incident": .string(incident), "reason": .string(phrase.english), "phrase": phrase.json])
    }

    /// A check-in or spot check was refused; nothing was changed.
    public static func dutyRefused(_ phrase: Phrase) -> VarlinkError {
        VarlinkError("io.dutyd.DutyRefused", ["reason": .string(phrase.english), "phrase": phrase.json])
    }

    /// The configuration on disk has errors; each diagnostic is `file:line:column: message`, and again in `phrases`.
    public static func configInvalid(_ diagnostics: [DiagnosticLine]) -> VarlinkError {
        VarlinkError("io.dutyd.ConfigInvalid", ["diagnostics": .array(diagnostics.map { .string($0.description) }), "phrases": .array(diagnostics.map(\.json))])
    }
}

extension VarlinkError {
    public static func hazardNotFound(_ id: String) -> VarlinkError {
        VarlinkError("io.dutyd.HazardNotFound", ["id": .string(id)])
    }

    /// The hazard's lifecycle does not allow the action; `phrase` says why.
    public static func hazardRefused(_ id: String, status: String, phrase: Phrase) -> VarlinkError {
        VarlinkError("io.dutyd.HazardRefused", ["id": .string(id), "status": .string(status), "reason": .string(phrase.english), "phrase": phrase.json])
    }

    /// The state database could not be read or written while doing `what`; `cause` is its own error.
    public static func storageFailed(_ what: String, cause: any Error) -> VarlinkError {
        VarlinkError("io.dutyd.StorageFailed", ["what": .string(what), "cause": .string("\(cause)")])
    }

    /// The state database cannot be written (disk full, I/O error): the change was not made; dutyd
    /// keeps running, answers reads and retries until the disk has room again.
    public static func storageUnavailable(cause: String, database: String) -> VarlinkError {
        VarlinkError("io.dutyd.StorageUnavailable", ["cause": .string(cause), "database": .string(database)])
    }

    /// A ledger file cannot be imported; each problem is `file: row R, column C (name): message`, and again in `phrases`.
    public static func ledgerInvalid(_ file: String, problems: [DiagnosticLine]) -> VarlinkError {
        VarlinkError("io.dutyd.LedgerInvalid", ["file": .string(file), "problems": .array(problems.map { .string($0.description) }), "phrases": .array(problems.map(\.json))])
    }
}
