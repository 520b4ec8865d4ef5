import DutyPhrases
import DutyTOML

/// Turns the text of the main configuration file into a validated `Configuration`.
///
/// Pure: it reads no files. Every mistake is collected and thrown together, each with its
/// `file:line:column`, so an administrator can fix them all in one pass.
public enum ConfigDecoder {
    static let topLevelKeys = ["daemon", "data", "units", "people", "channels", "policies", "duty", "hazards", "admins", "web", "quiet_windows", "daily_report"]

    /// Decodes and validates `text`, naming `file` in diagnostics.
    public static func decode(_ text: String, file: String) throws(ConfigErrors) -> Configuration {
        let log = DiagnosticLog(file: file)
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text)
        } catch {
            throw ConfigErrors([ConfigDiagnostic(file: file, location: error.location, message: error.message)])
        }
        let reader = TableReader(root, context: "the top level", known: topLevelKeys, log: log)
        let daemon = DaemonSection.decode(reader.subtable("daemon"), log: log)
        let data = DataSection.decode(reader.subtable("data"), log: log)
        let hazards = HazardSection.decode(reader.subtable("hazards"), log: log)
        let unitTables = reader.tables("units")
        let units = unitTables.enumerated().compactMap { UnitDraft.decode($1, number: $0 + 1, log: log) }
        // Units refused for their own mistake (a wrong kind …): already reported, so what refers to them is not reported again.
        let refusedUnitIDs = Set(unitTables.compactMap { table -> String? in
            guard case .string(let id)? = table["id"]?.node.value else { return nil }
            return id
        }).subtracting(units.map(\.id.value))
        let web = WebSection.decode(reader.subtable("web"), log: log)
        let people = reader.tables("people").enumerated().compactMap { PersonDraft.decode($1, number: $0 + 1, log: log) }
        let channels = reader.tables("channels").enumerated().compactMap { ChannelDraft.decode($1, number: $0 + 1, log: log) }
        let duty = DutySection.decode(reader.subtable("duty"), log: log)
        let dailyReport = DailyReportSection.decode(reader.subtable("daily_report"), log: log)
        let admins = reader.tables("admins").enumerated().compactMap { AdminDraft.decode($1, number: $0 + 1, log: log) }
        let policies = reader.tables("policies").enumerated().compactMap { PolicyDraft.decode($1, number: $0 + 1, log: log) }
        let quietWindows = reader.tables("quiet_windows").enumerated().compactMap { QuietWindowDraft.decode($1, number: $0 + 1, log: log) }
        if units.isEmpty && reader.table["units"] == nil {
            log.report(Phrase("config.noUnits"), at: root.location)
        }

        let references = ReferenceCheck(log: log, units: units, refusedUnitIDs: refusedUnitIDs, people: people, channels: channels)
        references.checkUnits()
        references.checkPeople()
        PolicyCoverage.check(
            policies, filing: duty?.settings.rosterFilingDeadline != nil, daily: reader.table["daily_report"] != nil, log: log, at: root.location)
        let unitIDs = Set(units.map(\.id.value)).union(refusedUnitIDs)
        for window in quietWindows where !unitIDs.contains(window.unit.value) {
            log.report("unknown unit \"\(window.unit.value)\" in [[quiet_windows]]: no [[units]] entry has this id", at: window.unit.location)
        }
        for unit in duty?.staffed ?? [] where !unitIDs.contains(unit.value) {
            log.report(Phrase("config.unknownStaffedUnit", "\(unit.value)"), at: unit.location)
        }
        for unit in admins.flatMap(\.units) where !unitIDs.contains(unit.value) {
            log.report("unknown unit \"\(unit.value)\" in [[admins]] \"units\": no [[units]] entry has this id", at: unit.location)
        }

        guard log.isEmpty, let daemon, let duty, let hazards, let web, let dailyReport else { throw ConfigErrors(log.diagnostics) }
        var configuration = Configuration(
            daemon: daemon,
            data: data,
            tree: OrgTree(units: units.map(\.unit)),
            people: people.map(\.person),
            channels: channels.map(\.channel),
            policies: policies.map(\.policy),
            duty: duty.settings,
            hazards: hazards,
            admins: admins.map(\.scope),
            web: web
        )
        configuration.quietWindows = quietWindows.map(\.window)
        configuration.dailyReport = dailyReport
        configuration.personPlaces = Dictionary(people.map { ($0.id.value, "\(file):\($0.id.location.line):\($0.id.location.column)") }) { first, _ in first }
        return configuration
    }
}
