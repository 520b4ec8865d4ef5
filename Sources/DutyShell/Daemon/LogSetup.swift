import Glibc
import Logging

/// Where log records go.
public enum LogTarget: String, CaseIterable, Sendable {
    /// The journal when journald runs and stderr is not a terminal, else the console.
    case auto
    case journal
    case console

    /// The concrete target `auto` stands for on this machine now.
    public var resolved: LogTarget {
        guard self == .auto else { return self }
        return JournalWriter.isAvailable && isatty(STDERR_FILENO) == 0 ? .journal : .console
    }
}

/// Installs the process-wide swift-log backend.
public enum LogSetup {
    public static func bootstrap(target: LogTarget, level: Logger.Level) {
        let resolved = target.resolved
        LoggingSystem.bootstrap { _ in
            switch resolved {
            case .journal: JournalLogHandler(logLevel: level)
            case .console, .auto: ConsoleLogHandler(logLevel: level)
            }
        }
    }
}
