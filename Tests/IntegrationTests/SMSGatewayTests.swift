import Foundation
import Testing

/// The test plays the bureau's SMS gateway: the command channel captures each SMS, the test
/// reads the reply code from it and hands replies to dutyd with `dutyctl reply`.
@Suite("SMS replies through dutyctl reply")
struct SMSGatewayTests {
    /// The SMS to `person` captured so far, each `mobile|text`.
    static func texts(_ scratch: URL, to person: String) -> [String] {
        ((try? String(contentsOf: scratch.appending(path: "sent"), encoding: .utf8)) ?? "").split(separator: "\n")
            .filter { $0.hasPrefix(person + "|") }.map { String($0.dropFirst(person.count + 1)) }
    }

    /// The alert's history lines as `dutyctl show` prints them.
    static func show(_ daemon: DaemonHarness) throws -> String { try daemon.dutyctl(["show", "1"]).stdout }

    /// Everyone on a `command` channel that writes each SMS as `recipient|mobile|text` to `sent` in
    /// the scratch directory; incidents climb every 2s.
    static func capturingChannel() throws -> ((String) -> String, URL) {
        try CommandChannelTests.channel(
            timeout: "5s", maxAttempts: 3, policies: FastPolicies.incidents(step: "2s", repeat: "1h", resolve: "1h"),
            script: "printf '%s|%s|%s\\n' \"$DUTYD_RECIPIENT\" \"$DUTYD_MOBILE\" \"$DUTYD_TEXT\" >> $DIR/sent")
    }

    /// Reports an incident at 东港区实验小学 and waits for the SMS reaching 孙立新: his mobile, the text and its reply code.
    static func climbedToSun(_ daemon: DaemonHarness, scratch: URL) throws -> (mobile: String, text: String, code: String) {
        try WebhookDeliveryTests.report(daemon, at: ["dg-sy"])
        guard eventually(within: 20, { !Self.texts(scratch, to: "dg-sun").isEmpty }), let sms = Self.texts(scratch, to: "dg-sun").first else {
            throw HarnessError("no SMS reached 孙立新 within 20s; dutyd's log:\n\(daemon.log())")
        }
        let parts = sms.split(separator: "|", maxSplits: 1).map(String.init)
        return (parts[0], parts[1], try #require(parts[1].firstMatch(of: /回复(\d+)确认/)?.1).description)
    }

    @Test("the right code acknowledges and resolves as the person via sms; wrong sender, unknown and stale codes are answered and change nothing")
    func gateway() throws {
        let (configure, scratch) = try Self.capturingChannel()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let daemon = try DaemonHarness(configure: configure)
        let (mobile, text, code) = try Self.climbedToSun(daemon, scratch: scratch)
        #expect(mobile == "13806331201" && text.utf16.count <= 140, "\(text)")

        let before = try Self.show(daemon)
        for (from, reply, answer) in [
            ("13806331202", code, "编号\(code)不存在"), ("13900000000", code, "本号码未登记"), (mobile, "99", "编号99不存在"), (mobile, "收到了谢谢", "未能识别回复"),
        ] {
            let refused = try daemon.dutyctl(["reply", "--from", from, "--text", reply])
            #expect(refused.status == 1 && refused.stdout.contains(answer) && refused.stderr.contains("changed nothing"), "\(refused)")
        }
        #expect(try Self.show(daemon) == before, "a refused reply changes nothing")

        let acked = try daemon.dutyctl(["reply", "--from", "+86" + mobile, "--text", code])
        #expect(acked.status == 0 && acked.stdout == "【dutyd】已确认告警1，谢谢。处理完毕请回复“\(code)已处理”。\n", "\(acked)")
        #expect(try Self.show(daemon).contains("孙立新 <dg-sun> via sms"))
        let resolved = try daemon.dutyctl(["reply", "--from", mobile, "--text", "\(code)已处理"])
        #expect(resolved.status == 0 && resolved.stdout == "【dutyd】告警1已办结，谢谢。\n", "\(resolved)")
        let stale = try daemon.dutyctl(["reply", "--from", mobile, "--text", code])
        #expect(stale.status == 1 && stale.stdout.contains("已办结，无需回复"), "\(stale)")
        #expect(daemon.log().contains("[reply_refused] SMS reply from 13900000000 refused"))
    }
}
