@testable import DutyCore
import Foundation
import Testing

@Suite("The [web] section")
struct WebConfigTests {
    @Test("without [web] nothing listens; with it the defaults fill what is not said")
    func defaults() throws {
        #expect(try ConfigDecoder.decode(ConfigFixtures.text(), file: "dutyd.toml").web == nil)
        let prefix = "[web]\npublic_url = \"https://duty.rzedu.cn/\"\n\n"
        let web = try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml").web
        #expect(web == WebSettings(publicURL: "https://duty.rzedu.cn"))
        #expect(web?.host == "127.0.0.1")
        #expect(web?.port == 8470)
    }

    @Test("every key is read")
    func everyKey() throws {
        let prefix = """
            [web]
            listen = "[::1]:9000"
            public_url = "https://duty.rzedu.cn"
            trusted_proxies = ["127.0.0.1", "::1"]
            max_connections = 64
            request_timeout = "5s"
            token_requests_per_minute = 10
            address_requests_per_minute = 100
            max_photo_bytes = 2097152
            link_grace = "3d"
            reply_secret = "dutyd-sms-reply"

            """
        let web = try ConfigDecoder.decode(ConfigFixtures.text(prefix: prefix), file: "dutyd.toml").web
        #expect(web == WebSettings(
            host: "::1", port: 9000, publicURL: "https://duty.rzedu.cn", trustedProxies: ["127.0.0.1", "::1"], maxConnections: 64,
            requestTimeout: .seconds(5), tokenRequestsPerMinute: 10, addressRequestsPerMinute: 100, maxPhotoBytes: 2_097_152,
            linkGrace: .seconds(3 * 86_400), replySecret: "dutyd-sms-reply"))
    }

    @Test("every [web] key is documented in dutyd.toml(5) and in the README's table")
    func documented() throws {
        let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized
        let manual = try String(contentsOf: root.appending(path: "deploy/man/dutyd.toml.5"), encoding: .utf8)
        let readme = try String(contentsOf: root.appending(path: "README.md"), encoding: .utf8)
        let section = try #require(manual.split(separator: ".SH ").first { $0.hasPrefix("[web]") })
        for key in WebSection.keys {
            #expect(section.contains(".B \(key)\n"), "dutyd.toml(5) [web] does not document \(key)")
            #expect(readme.contains("| `\(key)` |"), "README's [web] table does not list \(key)")
        }
    }

    @Test("mistakes are reported at their line and column", arguments: [
        ("[web]\nlisten = \"127.0.0.1:8470\"\n", "dutyd.toml:1:1: missing key \"public_url\" in [web]; expected the address links start with, e.g. \"https://duty.rzedu.cn\""),
        ("[web]\npublic_url = \"duty.rzedu.cn\"\n", "dutyd.toml:2:14: invalid \"public_url\" \"duty.rzedu.cn\": expected an http:// or https:// address such as \"https://duty.rzedu.cn\""),
        ("[web]\npublic_url = \"https://a.cn\"\nlisten = \"0.0.0.0:99999\"\n", "dutyd.toml:3:10: invalid \"listen\" \"0.0.0.0:99999\": expected an IP address and port such as \"127.0.0.1:8470\" or \"[::1]:8470\""),
        ("[web]\npublic_url = \"https://a.cn\"\ntrusted_proxies = [\"nginx.local\"]\n", "dutyd.toml:3:20: invalid address \"nginx.local\" in \"trusted_proxies\": expected an IP address such as \"127.0.0.1\" or \"::1\""),
        ("[web]\npublic_url = \"https://a.cn\"\nmax_connections = 0\n", "dutyd.toml:3:19: \"max_connections\" must be between 1 and 100000, not 0"),
        ("[web]\npublic_url = \"https://a.cn\"\nlink_grace = \"1 day\"\n", "dutyd.toml:3:14: invalid duration \"1 day\" for \"link_grace\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\""),
        ("[web]\npublic_url = \"https://a.cn\"\nmax_photo_byte = 1\n", "dutyd.toml:3:1: unknown key \"max_photo_byte\" in [web]; did you mean \"max_photo_bytes\"?"),
    ])
    func mistakes(prefix: String, expected: String) {
        #expect(ConfigFixtures.diagnostics(ConfigFixtures.text(prefix: prefix + "\n")) == [expected])
    }
}
