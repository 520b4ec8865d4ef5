import DutyCore

/// The journal lines of what reading the roster spreadsheets tidied, logged with each load of the configuration.
extension Daemon {
    /// Logs each notice of the loaded rosters (title row skipped, merged cells carried down, a name tidied).
    func logDataNotices(_ loaded: LoadedConfiguration) {
        for notice in loaded.notices {
            logger.journal(.configLoaded, .notice, "\(notice)", fields: ["config_file": loaded.file, "data_file": notice.file])
        }
    }
}
