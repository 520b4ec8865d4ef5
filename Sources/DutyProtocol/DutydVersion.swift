/// The release of dutyd and dutyctl, reported by `--version` and `GetInfo`.
public enum DutydVersion {
    public static let current = "0.1.0"
}
