import Glibc

/// How many columns tables may take on standard output.
public enum TerminalWidth {
    /// The width when nothing says otherwise: standard output is not a terminal and `COLUMNS` is unset.
    public static let fallback = 80

    /// `COLUMNS` when it is a positive number, else the terminal's width, else `fallback`.
    public static func resolve(columns: String?, terminal: Int?) -> Int {
        if let columns, let value = Int(columns), value > 0 { return value }
        if let terminal, terminal > 0 { return terminal }
        return fallback
    }

    /// The width for this process's standard output, from `COLUMNS` and the terminal (`TIOCGWINSZ`).
    public static func standardOutput() -> Int {
        var size = winsize()
        let terminal = isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
        return resolve(columns: getenv("COLUMNS").map { String(cString: $0) }, terminal: terminal)
    }
}
