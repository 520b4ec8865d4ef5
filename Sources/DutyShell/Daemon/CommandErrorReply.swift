import DutyCore
import DutyPhrases
import DutyProtocol

extension VarlinkError {
    /// The wire error of a refused command.
    init(_ error: CommandError) {
        switch error {
        case .alert(let error):
            switch error {
            case .notFound(let id): self = .alertNotFound(id)
            case .alreadyAcknowledged(let id, _, _): self = .invalidTransition(id, state: "acknowledged", phrase: error.phrase)
            case .alreadyResolved(let id): self = .invalidTransition(id, state: "resolved", phrase: error.phrase)
            case .unknownUnit(let unit): self = .unknownUnit(unit)
            case .emptySummary: self = .invalidValue("summary", phrase: error.phrase)
            case .emptyNote: self = .invalidValue("note", phrase: error.phrase)
            case .incidentNotFound(let id), .incidentClosed(let id), .nothingAbove(let id, _): self = .incidentRefused(id, phrase: error.phrase)
            }
        case .duty(let error):
            switch error {
            case .unknownUnit(let unit): self = .unknownUnit(unit)
            default: self = .dutyRefused(error.phrase)
            }
        case .swap(let error):
            self = .dutyRefused(error.phrase)
        case .filing(.unknownUnit(let unit)):
            self = .unknownUnit(unit)
        case .filing(let error):
            self = .dutyRefused(error.phrase)
        case .hazard(let error, let id, let status):
            switch error {
            case .notFound(let id): self = .hazardNotFound(id)
            default: self = .hazardRefused(id, status: status?.rawValue ?? "", phrase: error.phrase)
            }
        case .ledger(let file, let problems):
            self = .ledgerInvalid(file, problems: problems)
        case .daily(let error):
            switch error {
            case .unknownUnit(let unit): self = .unknownUnit(unit)
            case .notInHolidayPeriod: self = .invalidValue("date", phrase: error.phrase)
            case .emptyNote: self = .invalidValue("note", phrase: error.phrase)
            case .deadlinePassed: self = .dutyRefused(error.phrase)
            }
        case .outOfScope:
            self = .permissionDenied
        }
    }
}
