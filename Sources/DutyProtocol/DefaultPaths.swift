/// Where the daemon keeps its state and socket when neither the command line nor the
/// configuration says, shared with `dutyctl` so both find the same socket.
public enum DefaultPaths {
    /// The control socket: `/run/dutyd/control` for root (or systemd's `RUNTIME_DIRECTORY`),
    /// else under `$XDG_RUNTIME_DIR`, else under `/tmp/dutyd-UID`.
    public static func controlSocket(uid: UInt32, environment: [String: String]) -> String {
        controlSocket(uid: uid, variable: { environment[$0] })
    }

    /// The control socket, with the environment read one variable at a time (`dutyctl`, which
    /// never builds the whole environment: see `Environment` there).
    public static func controlSocket(uid: UInt32, variable: (String) -> String?) -> String {
        if let runtime = variable("RUNTIME_DIRECTORY"), !runtime.isEmpty {
            return runtime + "/control"
        }
        if uid == 0 { return "/run/dutyd/control" }
        if let runtime = variable("XDG_RUNTIME_DIR"), !runtime.isEmpty {
            return runtime + "/dutyd/control"
        }
        return "/tmp/dutyd-\(uid)/control"
    }

    /// The state directory: systemd's `STATE_DIRECTORY`, `/var/lib/dutyd` for root, else
    /// `$XDG_STATE_HOME/dutyd` or `~/.local/state/dutyd`.
    public static func stateDirectory(uid: UInt32, environment: [String: String]) -> String {
        if let state = environment["STATE_DIRECTORY"], !state.isEmpty {
            return state
        }
        if uid == 0 { return "/var/lib/dutyd" }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return state + "/dutyd"
        }
        return (environment["HOME"] ?? ".") + "/.local/state/dutyd"
    }
}
