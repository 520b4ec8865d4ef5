import DutyCore
import Foundation
import Testing

@Suite("Who a notification goes to")
struct NotificationPlannerTests {
    /// The fixture bureau with a county group robot and 郑海涛 also on SMS.
    static func configuration() throws -> Configuration {
        let channels = """
            [[channels]]
            id = "robot"
            type = "webhook"
            format = "wecom"
            url_secret = "wecom-robot-url"

            [[channels]]
            id = "sms"
            type = "command"
            command = ["/usr/local/bin/send-sms"]

            """
        let units = ConfigFixtures.units.replacingOccurrences(of: "kind = \"county\"\n", with: "kind = \"county\"\nchannels = [\"robot\"]\n")
        let people = ConfigFixtures.people.replacingOccurrences(of: "channels = [\"journal\"]", with: "channels = [\"sms\"]")
        return try ConfigDecoder.decode(ConfigFixtures.text(prefix: channels, units: units, people: people), file: "dutyd.toml")
    }

    @Test("each person gets the journal and their channels; a unit's own channel gets one message when the alert reaches its level")
    func peopleAndUnits() throws {
        let configuration = try Self.configuration()
        var book = AlertBook()
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let (alert, raised) = book.raise(
            kind: .incident, risk: .major, subject: AlertSubject(.incident, "I1"), unit: "sy", summary: "配电箱冒烟",
            contacts: SubjectContacts(responsible: ["zheng"]), now: start, configuration: configuration)
        let planner = NotificationPlanner(configuration: configuration)

        let atLevel0 = planner.notifications(for: raised, book: book)
        #expect(atLevel0.map { "\($0.recipient) \($0.channel)" } == ["zheng journal", "zheng sms"])

        let climbed = book.check(now: start + .seconds(15 * 60), configuration: configuration).events
        let atLevel1 = planner.notifications(for: climbed, book: book)
        #expect(atLevel1.map { "\($0.recipient) \($0.channel)" } == ["unit:dg robot"])
        let robot = try #require(atLevel1.first)
        #expect(robot.text.hasPrefix("【dutyd·第1级】东港区教育和体育局：东港区实验小学"))
        #expect(robot.key == "\(alert.id)/1/\(Int64((start + .seconds(15 * 60)).timeIntervalSince1970 * 1_000))/unit:dg/robot")
    }
}
