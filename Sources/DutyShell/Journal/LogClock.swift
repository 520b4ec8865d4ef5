import DutyCore
import Synchronization

/// The wall clock the console log writes its line prefixes in: the configured `[daemon] time_zone`,
/// the same zone as the times inside the messages.
///
/// Logging starts before the configuration is read, so until the daemon has loaded one (and
/// after a start that fails) it is the default zone, Asia/Shanghai.
public enum LogClock {
    private static let current = Mutex(WallClock(zoneIdentifier: DaemonSettings.defaultTimeZone))

    /// Makes `clock` the console log's clock, at start and at each reload.
    public static func use(_ clock: WallClock) {
        current.withLock { $0 = clock }
    }

    /// The console log's clock now.
    public static var clock: WallClock {
        current.withLock { $0 }
    }
}
