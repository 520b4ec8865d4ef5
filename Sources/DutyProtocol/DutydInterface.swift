/// Method names and parameter types of the `io.dutyd` Varlink interface.
public enum DutydInterface {
    public static let name = "io.dutyd"
    public static let status = "io.dutyd.Status"
    public static let reload = "io.dutyd.Reload"
    public static let alerts = "io.dutyd.Alerts"
    public static let showAlert = "io.dutyd.ShowAlert"
    public static let acknowledge = "io.dutyd.Acknowledge"
    public static let resolve = "io.dutyd.Resolve"
    public static let report = "io.dutyd.Report"
    public static let passUpIncident = "io.dutyd.PassUpIncident"
    public static let followUpIncident = "io.dutyd.FollowUpIncident"
    public static let reply = "io.dutyd.Reply"
    public static let watch = "io.dutyd.Watch"
    public static let auditVerify = "io.dutyd.AuditVerify"
    public static let backup = "io.dutyd.Backup"
    public static let outbox = "io.dutyd.Outbox"
    public static let retryNotification = "io.dutyd.RetryNotification"
    public static let notifyTest = "io.dutyd.NotifyTest"
    public static let onCall = "io.dutyd.OnCall"
    public static let roster = "io.dutyd.Roster"
    public static let exportRoster = "io.dutyd.ExportRoster"
    public static let checkIn = "io.dutyd.CheckIn"
    public static let spotCheck = "io.dutyd.SpotCheck"
    public static let rosterHours = "io.dutyd.RosterHours"
    public static let shiftCalendar = "io.dutyd.ShiftCalendar"
    public static let dailyReport = "io.dutyd.DailyReport"
    public static let requestSwap = "io.dutyd.RequestSwap"
    public static let decideSwap = "io.dutyd.DecideSwap"
    public static let swaps = "io.dutyd.Swaps"
    public static let fileDailyReport = "io.dutyd.FileDailyReport"
    public static let fileRoster = "io.dutyd.FileRoster"
    public static let rosterFilings = "io.dutyd.RosterFilings"
    public static let sendDailyReport = "io.dutyd.SendDailyReport"
    public static let exportDailyReport = "io.dutyd.ExportDailyReport"
    public static let hazards = "io.dutyd.Hazards"
    public static let exportLedger = "io.dutyd.ExportLedger"
    public static let showHazard = "io.dutyd.ShowHazard"
    public static let hazardProgress = "io.dutyd.HazardProgress"
    public static let hazardRectified = "io.dutyd.HazardRectified"
    public static let verifyHazard = "io.dutyd.VerifyHazard"
    public static let reopenHazard = "io.dutyd.ReopenHazard"
    public static let extendHazard = "io.dutyd.ExtendHazard"
    public static let importLedger = "io.dutyd.ImportLedger"
    public static let summary = "io.dutyd.Summary"
    public static let exportSummary = "io.dutyd.ExportSummary"
    /// `io.dutyd.Units`: the organisation tree with ids, names, kinds and depths.
    public static let units = "io.dutyd.Units"
    /// The personal links of the field pages: issue one, list them, revoke them.
    public static let issueLink = "io.dutyd.IssueLink"
    public static let links = "io.dutyd.Links"
    public static let revokeLinks = "io.dutyd.RevokeLinks"

    /// The interface definition: `io.dutyd.varlink` beside this file, embedded in the code when it is built.
    public static let definition = String(decoding: PackageResources.io_dutyd_varlink, as: UTF8.self)
}

/// Reply of `io.dutyd.Status`.
public struct StatusReply: Codable, Sendable, Equatable {
    public var version: String
    public var pid: Int
    public var startedAt: String
    public var configFile: String
    public var configLoadedAt: String
    public var timeZone: String
    public var stateDatabase: String
    public var units: Int
    public var people: Int
    public var policies: Int
    public var openAlerts: Int
    public var nextCheck: String
    public var pendingNotifications: Int
    public var deadNotifications: Int
    /// Why the state database cannot be written, while it cannot (changes are refused meanwhile).
    public var storageUnavailable: String?

    enum CodingKeys: String, CodingKey {
        case version, pid, units, people, policies
        case startedAt = "started_at"
        case configFile = "config_file"
        case configLoadedAt = "config_loaded_at"
        case timeZone = "time_zone"
        case stateDatabase = "state_database"
        case openAlerts = "open_alerts"
        case nextCheck = "next_check"
        case pendingNotifications = "pending_notifications"
        case deadNotifications = "dead_notifications"
        case storageUnavailable = "storage_unavailable"
    }

    public init(
        version: String, pid: Int, startedAt: String, configFile: String, configLoadedAt: String, timeZone: String,
        stateDatabase: String, units: Int, people: Int, policies: Int, openAlerts: Int, nextCheck: String,
        pendingNotifications: Int, deadNotifications: Int, storageUnavailable: String? = nil
    ) {
        self.version = version
        self.pid = pid
        self.startedAt = startedAt
        self.configFile = configFile
        self.configLoadedAt = configLoadedAt
        self.timeZone = timeZone
        self.stateDatabase = stateDatabase
        self.units = units
        self.people = people
        self.policies = policies
        self.openAlerts = openAlerts
        self.nextCheck = nextCheck
        self.pendingNotifications = pendingNotifications
        self.deadNotifications = deadNotifications
        self.storageUnavailable = storageUnavailable
    }
}

extension StatusReply {
    /// Reads the reply from parsed JSON by hand, which starts far faster than `JSONDecoder`
    /// (see `JSONValue.init(parsing:)`; bench/README.md, `dutyctl status` table, row "the reply
    /// parsed by a small JSON parser"); nil when a field is missing or has the wrong type.
    public init?(json parameters: [String: JSONValue]) {
        func string(_ key: CodingKeys) -> String? { parameters[key.rawValue]?.stringValue }
        func int(_ key: CodingKeys) -> Int? { parameters[key.rawValue]?.intValue }
        guard let version = string(.version), let pid = int(.pid), let startedAt = string(.startedAt),
            let configFile = string(.configFile), let configLoadedAt = string(.configLoadedAt),
            let timeZone = string(.timeZone), let stateDatabase = string(.stateDatabase),
            let units = int(.units), let people = int(.people), let policies = int(.policies),
            let openAlerts = int(.openAlerts), let nextCheck = string(.nextCheck),
            let pendingNotifications = int(.pendingNotifications), let deadNotifications = int(.deadNotifications)
        else { return nil }
        self.init(
            version: version, pid: pid, startedAt: startedAt, configFile: configFile, configLoadedAt: configLoadedAt,
            timeZone: timeZone, stateDatabase: stateDatabase, units: units, people: people, policies: policies,
            openAlerts: openAlerts, nextCheck: nextCheck, pendingNotifications: pendingNotifications,
            deadNotifications: deadNotifications, storageUnavailable: string(.storageUnavailable))
    }
}

/// Reply of `io.dutyd.Reload`.
public struct ReloadReply: Codable, Sendable, Equatable {
    public var configLoadedAt: String
    public var units: Int
    public var people: Int
    public var policies: Int

    enum CodingKeys: String, CodingKey {
        case units, people, policies
        case configLoadedAt = "config_loaded_at"
    }

    public init(configLoadedAt: String, units: Int, people: Int, policies: Int) {
        self.configLoadedAt = configLoadedAt
        self.units = units
        self.people = people
        self.policies = policies
    }
}
