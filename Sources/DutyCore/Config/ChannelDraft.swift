import DutyTOML

/// A `[[channels]]` entry as written.
struct ChannelDraft {
    var id: Located<String>
    var channel: ChannelDefinition

    static let keys = ["id", "type"]

    static func decode(_ table: TOMLTable, number: Int, log: DiagnosticLog) -> ChannelDraft? {
        let reader = TableReader(table, context: "[[channels]] entry \(number)", known: keys, log: log)
        let id = reader.requiredString("id", expected: "a unique channel id such as \"sms\"")
        let type = reader.requiredChoice("type", as: ChannelType.self)
        if let id, id.value == ChannelDefinition.journalID {
            log.report("channel id \"journal\" is built in and always on; choose another id", at: id.location)
            return nil
        }
        guard let id, let type else { return nil }
        return ChannelDraft(id: id, channel: ChannelDefinition(id: id.value, type: type.value))
    }
}
