import DutyCore
import Foundation
import Testing

/// Contact rules on a small bureau: 吴志强 (wu, a mobile) wants incidents at night by phone call;
/// 郑海涛 (zheng) has only a landline, so the text-message channel never reaches him.
@Suite("Contact rules: which channel for which kind at which hours, never SMS to a landline")
struct ContactRuleTests {
    typealias At = SimulationClock

    static let channels = """
        [[channels]]
        id = "sms"
        type = "command"
        command = ["/usr/local/bin/send-sms"]
        sms = true

        [[channels]]
        id = "phone-call"
        type = "command"
        command = ["/usr/local/bin/call"]

        """

    static let people = """
        [[people]]
        id = "wu"
        name = "吴志强"
        phone = "13806330101"
        unit = "rz"
        channels = ["sms"]
        contact_rules = [{ kinds = ["incident"], hours = "22:00-07:00", channels = ["phone-call"] }]

        [[people]]
        id = "zheng"
        name = "郑海涛"
        phone = "0633-8221234"
        unit = "rz"
        channels = ["sms", "phone-call"]

        """

    static func configuration() throws -> Configuration {
        let units = ConfigFixtures.units.replacingOccurrences(of: "parent = \"dg\"\n", with: "parent = \"dg\"\ncontacts = { duty_office = [\"wu\", \"zheng\"] }\n")
        return try ConfigDecoder.decode(ConfigFixtures.text(units: units, people: channels + people), file: "dutyd.toml")
    }

    /// (recipient, channel) of the notifications of an alert of `kind` raised at `now` at 实验小学.
    static func reached(_ kind: AlertKind, at now: Date) throws -> Set<String> {
        let configuration = try configuration()
        var book = AlertBook()
        let events = kind == .incident
            ? try book.report(unit: "sy", summary: "停电", severity: .general, reportedBy: "wu", now: now, configuration: configuration).events
            : book.raise(kind: kind, risk: nil, subject: AlertSubject(.shift, "sy/1"), unit: "sy", summary: "未签到", contacts: SubjectContacts(responsible: ["wu", "zheng"]), now: now, configuration: configuration).events
        return Set(NotificationPlanner(configuration: configuration).notifications(for: events, book: book).map { "\($0.recipient) \($0.channel)" })
    }

    @Test("an incident at night reaches wu by phone call; by day and for other kinds, his own SMS; zheng never by SMS")
    func channelsByKindAndHour() throws {
        #expect(try Self.reached(.incident, at: At.at(10, 2, 23)) == ["wu journal", "wu phone-call", "zheng journal", "zheng phone-call"])
        #expect(try Self.reached(.incident, at: At.at(10, 3, 6, 59)) == ["wu journal", "wu phone-call", "zheng journal", "zheng phone-call"])
        #expect(try Self.reached(.incident, at: At.at(10, 3, 7)) == ["wu journal", "wu sms", "zheng journal", "zheng phone-call"])
        #expect(try Self.reached(.missedCheckin, at: At.at(10, 2, 23)) == ["wu journal", "wu sms", "zheng journal", "zheng phone-call"])
    }

    @Test("reminders follow the person's own channels, without SMS for a landline")
    func reminders() throws {
        let configuration = try Self.configuration()
        let zheng = try #require(configuration.person("zheng"))
        #expect(zheng.mobile == nil)
        #expect(configuration.channels(for: zheng, kind: nil, at: At.at(10, 2, 23)) == ["phone-call"])
        #expect(configuration.channels(for: try #require(configuration.person("wu")), kind: nil, at: At.at(10, 2, 23)) == ["sms"])
    }

    @Test("each mistake in contact_rules and sms is reported at its file:line:column (after the fixture's units)")
    func mistakes() {
        let people = """
            [[people]]
            id = "wu"
            name = "吴志强"
            phone = "13806330101"
            unit = "rz"
            contact_rules = [{ kinds = ["fire"], hours = "7-8", channels = ["pager"] }, { kinds = ["incident"] }]

            [[channels]]
            id = "sms"
            type = "command"
            command = ["/usr/local/bin/send-sms"]
            sms = "yes"

            [[people]]
            id = "zheng"
            name = "郑海涛"
            phone = "0633-8221234"
            unit = "rz"

            """
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(people: people)) == [
            "dutyd.toml:23:29: unknown alert kind \"fire\" in contact rule 1 of [[people]] entry 1: expected \"missed_checkin\", \"absent_at_spot_check\", \"hazard_overdue\", \"rectification_unverified\", \"incident\", \"roster_not_filed\", \"daily_report_missing\"",
            "dutyd.toml:23:46: \"hours\" must be two different times of day such as \"12:00-14:00\" or \"22:00-07:00\", not \"7-8\"",
            "dutyd.toml:23:77: missing key \"channels\" in contact rule 2 of [[people]] entry 1; expected the channel ids to use, e.g. [\"phone-call\"]",
            "dutyd.toml:29:7: \"sms\" in [[channels]] entry 1 must be true or false, not string",
        ])
    }
}
