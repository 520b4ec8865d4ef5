import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// Reads the target and report of an `io.dutyd.SpotCheck` call, refusing unknown words with the ones expected.
enum SpotCheckArguments {
    static func parse(_ request: SpotCheckRequest) -> Result<(DutyRole, SpotCheckReport?), VarlinkError> {
        guard let target = request.target.map(DutyRole.init(rawValue:)) ?? .dutyOfficer else {
            return .failure(invalid("target", request.target, DutyRole.allCases.map(\.rawValue)))
        }
        guard let outcomeText = request.outcome else {
            for (name, value) in [("method", request.method), ("phone", request.phone), ("note", request.note)] where value != nil {
                return .failure(.invalidValue(name, phrase: Phrase("value.spotCheckOutcomeMissing", name)))
            }
            return .success((target, nil))
        }
        guard let outcome = SpotCheckOutcome(rawValue: outcomeText) else {
            return .failure(invalid("outcome", outcomeText, SpotCheckOutcome.allCases.map(\.rawValue)))
        }
        guard let method = request.method.map(SpotCheckMethod.init(rawValue:)) ?? .phone else {
            return .failure(invalid("method", request.method, SpotCheckMethod.allCases.map(\.rawValue)))
        }
        let note = request.note.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return .success((target, SpotCheckReport(method: method, phone: request.phone ?? "", outcome: outcome, note: note)))
    }

    private static func invalid(_ name: String, _ value: String?, _ expected: [String]) -> VarlinkError {
        .invalidValue(name, phrase: Phrase("value.spotCheckWord", value ?? "", name, expected.joined(separator: ", ")))
    }
}
