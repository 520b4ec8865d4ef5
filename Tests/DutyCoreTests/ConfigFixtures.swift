import DutyCore

/// Builds configuration texts for tests: a small valid bureau, to which a test prepends the part it breaks.
enum ConfigFixtures {
    static let units = """
        [[units]]
        id = "rz"
        name = "日照市教育局"
        kind = "city"
        contacts = { head = ["wu"], duty_office = ["zheng"] }

        [[units]]
        id = "dg"
        name = "东港区教育和体育局"
        kind = "county"
        parent = "rz"

        [[units]]
        id = "sy"
        name = "东港区实验小学"
        kind = "school"
        parent = "dg"

        """

    static let people = """
        [[people]]
        id = "wu"
        name = "吴志强"
        phone = "13806330101"
        unit = "rz"

        [[people]]
        id = "zheng"
        name = "郑海涛"
        phone = "0633-8221234"
        unit = "rz"
        channels = ["journal"]

        """

    static let policies = AlertKind.allCases.map { kind in
        """
        [[policies]]
        kind = "\(kind.rawValue)"
        levels = [{ role = "responsible", timeout = "15m" }, { role = "duty_office", up = 1, timeout = "30m" }]
        resolve_within = "2h"

        """
    }.joined(separator: "\n")

    /// A valid configuration with `prefix` in front (so a test's line numbers count from its own text).
    static func text(prefix: String = "", units: String = units, people: String = people, policies: String = policies) -> String {
        prefix + units + people + policies
    }

    /// The diagnostics for `text`, each as `file:line:column: message`, or [] when it is valid.
    static func diagnostics(_ text: String) -> [String] {
        do {
            _ = try ConfigDecoder.decode(text, file: "dutyd.toml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
