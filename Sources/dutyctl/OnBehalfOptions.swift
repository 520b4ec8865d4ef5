import ArgumentParser
import DutyProtocol

/// `--for PERSON`: a clerk records what a person said on the phone, as that person.
struct OnBehalfOptions: ParsableArguments {
    @Option(
        name: .customLong("for"),
        help: ArgumentHelp(
            "Record the action for this person (id or name), e.g. what they said on the phone; history shows \"root for 吴婷 <id>\".",
            valueName: "person"))
    var person: String?

    /// `request` with the person it is entered for.
    func wrap<Request: Codable & Sendable>(_ request: Request) -> OnBehalf<Request> {
        OnBehalf(request, person: person)
    }
}
