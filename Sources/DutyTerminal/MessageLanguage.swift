/// The language `dutyctl` speaks to its user: Chinese under a Chinese locale, else English.
public enum MessageLanguage: Sendable, Equatable {
    case english
    case chinese

    /// The language of the locale environment, looked up as gettext does: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides, and a value
    /// starting with `zh` (`zh_CN.UTF-8`, `zh_TW`, `zh`) means Chinese.
    public init(environment: [String: String]) {
        self.init(variable: { environment[$0] })
    }

    /// The language, with the environment read one variable at a time.
    public init(variable: (String) -> String?) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap(variable).first { !$0.isEmpty }
        self = locale?.hasPrefix("zh") == true ? .chinese : .english
    }
}
