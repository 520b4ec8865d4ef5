import DutyTOML

/// One entry of a person's `contact_rules` as written: `kinds`, `hours` and `channels`.
struct ContactRuleDraft {
    var channels: [Located<String>]
    var rule: ContactRule

    static let keys = ["kinds", "hours", "channels"]

    static func decode(_ table: TOMLTable, context: String, log: DiagnosticLog) -> ContactRuleDraft? {
        let reader = TableReader(table, context: context, known: keys, log: log)
        let before = log.diagnostics.count
        var kinds: Set<AlertKind> = []
        for name in reader.strings("kinds") ?? [] {
            guard let kind = AlertKind(rawValue: name.value) else {
                log.report("unknown alert kind \"\(name.value)\" in \(context): expected " + AlertKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "), at: name.location)
                continue
            }
            kinds.insert(kind)
        }
        let hours = reader.hours("hours")?.value
        guard let channels = reader.strings("channels"), !channels.isEmpty else {
            reader.reportMissing("channels", expected: "the channel ids to use, e.g. [\"phone-call\"]")
            return nil
        }
        guard log.diagnostics.count == before else { return nil }
        return ContactRuleDraft(channels: channels, rule: ContactRule(kinds: kinds, hours: hours, channels: channels.map(\.value)))
    }
}
