import Foundation
import Testing

/// The test plays the bureau's SMS gateway posting replies to the web listener through nginx:
/// the command channel captures each SMS, the test reads its reply code and POSTs replies to
/// `/sms/reply` with the secret `[web] reply_secret` names.
@Suite("SMS replies POSTed by the gateway")
struct SMSReplyPostTests {
    static let secret = "a3f1c09e5b7d24e8a3f1c09e5b7d24e8"

    /// What the gateway's `curl` gets for a reply `text` from `from`, presenting `secret`.
    static func post(_ web: WebHarness, from: String, text: String, secret: String? = Self.secret, options: [String] = []) throws -> HTTPResult {
        let authorization = secret.map { ["-H", "Authorization: Bearer \($0)"] } ?? []
        return try curl(options + authorization + ["--data-urlencode", "from=\(from)", "--data-urlencode", "text=\(text)", web.url("/sms/reply")])
    }

    @Test("the right code acknowledges and resolves as the person via sms; wrong sender, unknown and stale codes are answered and change nothing; a wrong secret gets 401")
    func gateway() throws {
        let (configure, scratch) = try SMSGatewayTests.capturingChannel()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let web = try WebHarness(webSettings: "reply_secret = \"./sms-reply.secret\"", configure: configure) { directory in
            try (Self.secret + "\n").write(to: directory.appending(path: "config/sms-reply.secret"), atomically: true, encoding: .utf8)
        }
        try web.startNginx()
        let daemon = web.daemon
        let (mobile, _, code) = try SMSGatewayTests.climbedToSun(daemon, scratch: scratch)

        let before = try SMSGatewayTests.show(daemon)
        for secret in [nil, "", "wrong", String(Self.secret.dropLast()) + "0"] {
            let refused = try Self.post(web, from: mobile, text: code, secret: secret)
            #expect(refused.status == 401 && refused.body.contains("reply_secret"), "\(refused)")
        }
        for (from, reply, answer) in [
            ("13806331202", code, "编号\(code)不存在"), ("13900000000", code, "本号码未登记"), (mobile, "99", "编号99不存在"), (mobile, "收到了谢谢", "未能识别回复"),
        ] {
            let refused = try Self.post(web, from: from, text: reply)
            #expect(refused.status == 200 && refused.body.contains(answer), "\(refused)")
        }
        #expect(try SMSGatewayTests.show(daemon) == before, "a refused reply or a wrong secret changes nothing")

        let acked = try Self.post(web, from: "+86" + mobile, text: code)
        #expect(acked == HTTPResult(status: 200, body: "【dutyd】已确认告警1，谢谢。处理完毕请回复“\(code)已处理”。\n"), "\(acked)")
        #expect(try SMSGatewayTests.show(daemon).contains("孙立新 <dg-sun> via sms"))
        let resolved = try Self.post(web, from: mobile, text: "\(code)已处理")
        #expect(resolved == HTTPResult(status: 200, body: "【dutyd】告警1已办结，谢谢。\n"), "\(resolved)")
        let stale = try Self.post(web, from: mobile, text: code, options: ["-i"])
        #expect(stale.status == 200 && stale.body.contains("已办结，无需回复") && stale.body.lowercased().contains("dutyd-reply: refused"), "\(stale)")
        #expect(daemon.log().contains("SMS reply request refused: missing or wrong secret (client 127.0.0.1)"))
        #expect(daemon.log().contains("[reply_refused] SMS reply from 13900000000 refused"))
    }

    @Test("more than address_requests_per_minute from one address get 429, before the secret is looked at")
    func rateLimited() throws {
        let web = try WebHarness(webSettings: "reply_secret = \"./sms-reply.secret\"\naddress_requests_per_minute = 2", prepare: { directory in
            try Self.secret.write(to: directory.appending(path: "config/sms-reply.secret"), atomically: true, encoding: .utf8)
        })
        let direct = "http://127.0.0.1:\(web.webPort)/sms/reply"
        let statuses = try (1...3).map { _ in try curl(["-H", "Authorization: Bearer wrong", "--data-urlencode", "from=13806331201", "--data-urlencode", "text=1", direct]).status }
        #expect(statuses == [401, 401, 429])
        #expect(web.daemon.log().contains("SMS reply request refused: rate limit (client 127.0.0.1)"))
    }

    @Test("without [web] reply_secret the route is not served: 404")
    func withoutSecret() throws {
        let web = try WebHarness()
        let reply = try curl(["-H", "Authorization: Bearer \(Self.secret)", "--data-urlencode", "from=13806331201", "--data-urlencode", "text=1",
            "http://127.0.0.1:\(web.webPort)/sms/reply"])
        #expect(reply.status == 404, "\(reply)")
    }
}
