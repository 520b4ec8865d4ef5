import DutyCore
import Foundation

/// A validated configuration together with where it came from and the paths it resolved to.
public struct LoadedConfiguration: Sendable {
    public var configuration: Configuration
    /// Absolute path of the main configuration file.
    public var file: String
    public var loadedAt: Date
    public var stateDirectory: String
    public var controlSocket: String
    /// What reading the roster spreadsheets tidied (a title row skipped, merged cells carried down, a name tidied).
    public var notices: [CSVProblem] = []

    public var clock: WallClock { WallClock(zoneIdentifier: configuration.daemon.timeZone) }

    /// Where channel secrets are read from: systemd credentials, or files beside the configuration.
    public var secrets: SecretStore {
        SecretStore(
            credentialsDirectory: ProcessInfo.processInfo.environment["CREDENTIALS_DIRECTORY"],
            configDirectory: (file as NSString).deletingLastPathComponent)
    }
}
