import Foundation
import Glibc
import Logging

/// A swift-log handler for terminals and plain log files: one readable line per record on stderr,
/// timed in the bureau's configured zone (`LogClock`).
///
/// `2026-10-01 08:00:12 warning [config_rejected] configuration rejected unit=rz-dg`
public struct ConsoleLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info

    public init(logLevel: Logger.Level = .info) {
        self.logLevel = logLevel
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let line = Self.format(event: event, metadata: mergedMetadata(for: event), timestamp: Self.localTimestamp())
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// One line: time, level, the event name in brackets, the message, then the other metadata as key=value.
    static func format(event: LogEvent, metadata: Logger.Metadata, timestamp: String) -> String {
        var line = "\(timestamp) \(event.level)"
        if let name = metadata["event"] { line += " [\(name)]" }
        line += " \(event.message)"
        for key in metadata.keys.sorted() where key != "event" {
            line += " \(key)=\(metadata[key]!)"
        }
        return line
    }

    /// Now on the configured wall clock (`LogClock`), as the times inside messages are written.
    private static func localTimestamp() -> String {
        LogClock.clock.readable(Date())
    }
}
