import DutyPhrases
import DutyTOML
import Foundation

/// Decodes the `[daemon]` table, filling in defaults for absent keys.
enum DaemonSection {
    static let keys = [
        "time_zone", "check_interval", "state_directory", "control_socket", "admin_group", "socket_mode", "control_timeout",
        "connections_per_user", "watches_per_user", "scoped_reads",
    ]

    /// The settings, or nil when a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> DaemonSettings? {
        var settings = DaemonSettings()
        guard let table else { return settings }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[daemon]", known: keys, log: log)
        if let zone = reader.string("time_zone") {
            if TimeZone(identifier: zone.value) == nil {
                log.report(Phrase("config.unknownZone", "\(zone.value)"), at: zone.location)
            }
            settings.timeZone = zone.value
        }
        if let interval = reader.duration("check_interval") {
            if interval.value > .seconds(3_600) {
                log.report(Phrase("config.checkInterval"), at: interval.location)
            }
            settings.checkInterval = interval.value
        }
        settings.stateDirectory = reader.string("state_directory")?.value
        settings.controlSocket = reader.string("control_socket")?.value
        if let group = reader.string("admin_group") {
            settings.adminGroup = group.value
        }
        if let mode = reader.string("socket_mode") {
            if let bits = UInt16(mode.value, radix: 8), (3...4).contains(mode.value.count), bits <= 0o777 {
                settings.socketMode = bits
            } else {
                log.report(Phrase("config.socketMode", "\(mode.value)"), at: mode.location)
            }
        }
        if let timeout = reader.duration("control_timeout") {
            settings.controlTimeout = timeout.value
        }
        settings.connectionsPerUser = connectionCount("connections_per_user", reader, log) ?? settings.connectionsPerUser
        settings.watchesPerUser = connectionCount("watches_per_user", reader, log) ?? settings.watchesPerUser
        settings.scopedReads = reader.boolean("scoped_reads")?.value ?? false
        return log.diagnostics.count == before ? settings : nil
    }

    /// A per-user count of control connections: at least 1, and at most those not reserved for root and the admin group.
    private static func connectionCount(_ key: String, _ reader: TableReader, _ log: DiagnosticLog) -> Int? {
        guard let count = reader.integer(key) else { return nil }
        let unreserved = DaemonSettings.maximumConnections - DaemonSettings.reservedConnections
        guard (1...Int64(unreserved)).contains(count.value) else {
            log.report(Phrase("config.between", "\(key)", "\(unreserved)", "\(count.value)"), at: count.location)
            return nil
        }
        return Int(count.value)
    }
}
