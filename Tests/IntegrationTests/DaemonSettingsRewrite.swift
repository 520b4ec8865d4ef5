/// Rewrites lines of the example configuration's `[daemon]` table for tests.
enum DaemonSettingsRewrite {
    /// Replaces `admin_group` and adds further `[daemon]` keys (given as TOML lines).
    static func daemon(adminGroup: String = "dutyd-admin", _ extra: String...) -> (String) -> String {
        { text in
            text.replacingOccurrences(
                of: "admin_group = \"dutyd-admin\"",
                with: (["admin_group = \"\(adminGroup)\""] + extra).joined(separator: "\n"))
        }
    }
}
