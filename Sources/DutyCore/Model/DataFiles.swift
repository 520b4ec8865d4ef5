import DutyTOML

/// A data file named in the configuration, with where it was named (for error messages).
public struct DataFileReference: Sendable, Equatable {
    /// The path as written; relative paths are relative to the configuration file's directory.
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// Roster, ledger, calendar and people files referenced from the `[data]` table.
public struct DataFiles: Sendable, Equatable {
    public var rosters: [DataFileReference]
    public var ledgers: [DataFileReference]
    /// Holiday calendar files (TOML `[[holidays]]`).
    public var calendars: [DataFileReference]
    /// People lists (通讯录, .xlsx or CSV) whose people are added to those of `[[people]]`.
    public var people: [DataFileReference]

    public init(rosters: [DataFileReference] = [], ledgers: [DataFileReference] = [], calendars: [DataFileReference] = [], people: [DataFileReference] = []) {
        self.rosters = rosters
        self.ledgers = ledgers
        self.calendars = calendars
        self.people = people
    }
}
