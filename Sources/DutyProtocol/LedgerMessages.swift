/// Parameters of `io.dutyd.ImportLedger`.
public struct ImportLedgerRequest: Codable, Sendable, Equatable {
    public var path: String
    public var dryRun: Bool?
    /// Keep a responsible person who matches no configured person, as a warning instead of an error.
    public var allowUnmatched: Bool?

    enum CodingKeys: String, CodingKey {
        case path
        case dryRun = "dry_run"
        case allowUnmatched = "allow_unmatched"
    }

    public init(path: String, dryRun: Bool? = nil, allowUnmatched: Bool? = nil) {
        self.path = path
        self.dryRun = dryRun
        self.allowUnmatched = allowUnmatched
    }
}

/// A hazard whose ledger fields an import changes (`io.dutyd.LedgerChange`).
public struct LedgerChangeInfo: Codable, Sendable, Equatable {
    public var id: String
    public var row: Int
    public var fields: [String]

    public init(id: String, row: Int, fields: [String]) {
        self.id = id
        self.row = row
        self.fields = fields
    }
}

/// Reply of `io.dutyd.ImportLedger`.
public struct ImportLedgerReply: Codable, Sendable, Equatable {
    public var file: String
    public var dryRun: Bool
    public var added: [String]
    public var changed: [LedgerChangeInfo]
    public var unchanged: Int
    /// What reading the file tidied (`file: row R, column C (header): …`), e.g. a title row skipped.
    public var notices: [String]
    /// What the import let through only because it was asked to: responsible people kept unmatched.
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case file, added, changed, unchanged, notices, warnings
        case dryRun = "dry_run"
    }

    public init(file: String, dryRun: Bool, added: [String], changed: [LedgerChangeInfo], unchanged: Int, notices: [String] = [], warnings: [String] = []) {
        self.file = file
        self.dryRun = dryRun
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.notices = notices
        self.warnings = warnings
    }
}
