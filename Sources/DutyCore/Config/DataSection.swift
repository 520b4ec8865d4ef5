import DutyTOML

/// Decodes the `[data]` table naming roster, ledger, holiday calendar and people files.
enum DataSection {
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> DataFiles {
        guard let table else { return DataFiles() }
        let reader = TableReader(table, context: "[data]", known: ["rosters", "ledgers", "calendars", "people"], log: log)
        let references: (String) -> [DataFileReference] = { key in
            (reader.strings(key) ?? []).map { DataFileReference(path: $0.value, location: $0.location) }
        }
        return DataFiles(rosters: references("rosters"), ledgers: references("ledgers"), calendars: references("calendars"), people: references("people"))
    }
}
