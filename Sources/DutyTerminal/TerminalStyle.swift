import Glibc

/// ANSI colours and emphasis, used only when the output is a terminal that wants them.
///
/// Colour is on when the output is a terminal, `NO_COLOR` is unset or empty
/// (https://no-color.org), and `TERM` is not `dumb`; otherwise text passes through unchanged.
public struct TerminalStyle: Sendable {
    /// A colour or emphasis, as its SGR parameters.
    public enum Attribute: String, Sendable {
        case red = "31"
        case orange = "38;5;208"
        case yellow = "33"
        case blue = "34"
        case bold = "1"
        case dim = "2"
    }

    /// Whether `apply` adds escape codes.
    public let isEnabled: Bool

    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Decides from whether the output is a terminal and from the environment's `NO_COLOR` and `TERM`.
    public init(isTerminal: Bool, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        self.init(isEnabled: isTerminal && !noColor && environment["TERM"] != "dumb")
    }

    /// The style for this process's standard output.
    public static func standardOutput() -> TerminalStyle {
        var environment: [String: String] = [:]
        for name in ["NO_COLOR", "TERM"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return TerminalStyle(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
    }

    /// `text` wrapped in the escape codes for `attribute`, or unchanged when colour is off.
    public func apply(_ attribute: Attribute, to text: String) -> String {
        isEnabled ? "\u{1B}[\(attribute.rawValue)m\(text)\u{1B}[0m" : text
    }
}
