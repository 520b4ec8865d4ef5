/// Parses durations written as in the configuration: `45s`, `30m`, `2h`, `1d`, or combinations like `1h30m`.
public enum DurationSyntax {
    /// The longest duration the configuration accepts (366 days), so that every deadline and
    /// timer computed from one stays far inside the range that times are stored in.
    public static let longest: Duration = .seconds(366 * 86_400)

    /// The duration, or nil when the text is not a valid duration.
    public static func parse(_ text: String) -> Duration? {
        var total: Int64 = 0
        var number: Int64?
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                let digit = Int64(scalar.value - Unicode.Scalar("0").value)
                let (shifted, overflowA) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = shifted.addingReportingOverflow(digit)
                guard !overflowA, !overflowB else { return nil }
                number = sum
                continue
            }
            guard let value = number, let unit = seconds(perUnit: scalar) else { return nil }
            let (part, overflowA) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflowB) = total.addingReportingOverflow(part)
            guard !overflowA, !overflowB else { return nil }
            total = sum
            number = nil
        }
        guard number == nil, !text.isEmpty else { return nil }
        return .seconds(total)
    }

    /// Formats a duration the way it is written in the configuration (`1h30m`).
    public static func format(_ duration: Duration) -> String {
        var remaining = duration.components.seconds
        guard remaining > 0 else { return "0s" }
        var text = ""
        for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60), ("s", 1)] where remaining >= size {
            text += "\(remaining / size)\(unit)"
            remaining %= size
        }
        return text
    }

    private static func seconds(perUnit scalar: Unicode.Scalar) -> Int64? {
        switch scalar {
        case "s": 1
        case "m": 60
        case "h": 3_600
        case "d": 86_400
        default: nil
        }
    }
}
