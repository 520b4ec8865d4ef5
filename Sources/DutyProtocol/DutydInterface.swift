/// Method names and parameter types of the `io.dutyd` Varlink interface.
public enum DutydInterface {
    public static let name = "io.dutyd"
    public static let status = "io.dutyd.Status"
    public static let reload = "io.dutyd.Reload"

    /// The interface definition, identical to `io.dutyd.varlink` beside this file (a test keeps them equal).
    public static let definition = """
        # Control interface of dutyd, the holiday duty roster and escalation daemon.
        # Times are ISO 8601 strings in the bureau's time zone, e.g. 2026-10-01T08:00:00+08:00.
        interface io.dutyd

        # What the daemon is doing now.
        method Status() -> (
          version: string,
          pid: int,
          started_at: string,
          config_file: string,
          config_loaded_at: string,
          time_zone: string,
          state_database: string,
          units: int,
          people: int,
          policies: int,
          open_alerts: int,
          next_check: string
        )

        # Re-reads the configuration file and its data files and swaps them in at once.
        # When they have errors the running configuration stays in force and
        # ConfigInvalid lists every error. Needs root or the admin group.
        method Reload() -> (
          config_loaded_at: string,
          units: int,
          people: int,
          policies: int
        )

        # The configuration on disk has errors; nothing was changed.
        # Each diagnostic reads file:line:column: message.
        error ConfigInvalid (diagnostics: []string)

        # The message could not be read as a Varlink call.
        error InvalidMessage (reason: string)

        """
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

    enum CodingKeys: String, CodingKey {
        case version, pid, units, people, policies
        case startedAt = "started_at"
        case configFile = "config_file"
        case configLoadedAt = "config_loaded_at"
        case timeZone = "time_zone"
        case stateDatabase = "state_database"
        case openAlerts = "open_alerts"
        case nextCheck = "next_check"
    }

    public init(
        version: String, pid: Int, startedAt: String, configFile: String, configLoadedAt: String, timeZone: String,
        stateDatabase: String, units: Int, people: Int, policies: Int, openAlerts: Int, nextCheck: String
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
