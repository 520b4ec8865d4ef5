import DutyPhrases
/// Parameters of `io.dutyd.ImportLedger`: the ledger's file name and its content, as the
/// descriptor of a file the client opened (`file`, an index into the descriptors sent with the
/// call) or as the bytes themselves (`content`, base64). The daemon never opens a path.
public struct ImportLedgerRequest: Codable, Sendable, Equatable {
    /// The file's name as the user gave it, for messages and to tell .xlsx (`name.xlsx#Sheet`) from CSV.
    public var name: String
    public var file: Int?
    public var content: String?
    public var dryRun: Bool?
    /// Keep a responsible person who matches no configured person, as a warning instead of an error.
    public var allowUnmatched: Bool?

    /// The largest ledger file the daemon reads from a descriptor (256 MiB: a million-row CSV
    /// ledger is about 180 MB). Bytes sent in `content` are bounded by the message size instead.
    public static let maximumFileBytes = 256 << 20

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, file, content
        case dryRun = "dry_run"
        case allowUnmatched = "allow_unmatched"
    }

    public init(name: String, file: Int? = nil, content: String? = nil, dryRun: Bool? = nil, allowUnmatched: Bool? = nil) {
        self.name = name
        self.file = file
        self.content = content
        self.dryRun = dryRun
        self.allowUnmatched = allowUnmatched
    }

    /// The members every change may carry, read apart from these parameters (`for`, `ChangeControls`).
    static let sharedMembers: Set<String> = ["for", "idempotency_key", "not_after"]

    /// Refuses a parameter the method does not take (an old client's `path`), naming it.
    public init(from decoder: Decoder) throws {
        let all = try decoder.container(keyedBy: AnyParameterKey.self)
        if let unknown = all.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil && !Self.sharedMembers.contains($0.stringValue) }) {
            throw DecodingError.typeMismatch(Never.self, .init(codingPath: [unknown], debugDescription: "ImportLedger takes no parameter \(unknown.stringValue)"))
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        file = try container.decodeIfPresent(Int.self, forKey: .file)
        content = try container.decodeIfPresent(String.self, forKey: .content)
        dryRun = try container.decodeIfPresent(Bool.self, forKey: .dryRun)
        allowUnmatched = try container.decodeIfPresent(Bool.self, forKey: .allowUnmatched)
    }
}

/// Any parameter's name, to find the ones a method does not take.
struct AnyParameterKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
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
    /// The notices and warnings as `DiagnosticPhrase` arrays, for a client to say in its user's language.
    public var noticePhrases: JSONValue?
    public var warningPhrases: JSONValue?

    enum CodingKeys: String, CodingKey {
        case file, added, changed, unchanged, notices, warnings
        case dryRun = "dry_run"
        case noticePhrases = "notice_phrases"
        case warningPhrases = "warning_phrases"
    }

    /// The reply with `notices` and `warnings` in English and as phrases.
    public init(file: String, dryRun: Bool, added: [String], changed: [LedgerChangeInfo], unchanged: Int, notices: [DiagnosticLine], warnings: [DiagnosticLine]) {
        self.init(file: file, dryRun: dryRun, added: added, changed: changed, unchanged: unchanged, notices: notices.map(\.description), warnings: warnings.map(\.description))
        noticePhrases = .array(notices.map(\.json))
        warningPhrases = .array(warnings.map(\.json))
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
