import DutyCore
@testable import DutyShell
import Foundation
import Hummingbird
import Testing

@Suite("Field page requests: links, forms, uploads and client addresses")
struct FieldRequestTests {
    let now = Date(timeIntervalSince1970: 1_777_593_600)

    @Test("a link token is 22 base64url characters (128 random bits), hashed with SHA-256; anything else is refused before a lookup")
    func linkTokens() {
        let tokens = (0..<200).map { _ in LinkToken.mint() }
        #expect(Set(tokens).count == tokens.count)
        #expect(tokens.allSatisfy { $0.count == 22 && LinkToken.isWellFormed($0) })
        #expect(LinkToken.hash(tokens[0]).count == 64)
        #expect(LinkToken.hash(tokens[0]) != LinkToken.hash(tokens[1]))
        for bad in ["", "nonsense", tokens[0] + "A", String(tokens[0].dropLast()) + "=", String(tokens[0].dropLast()) + "/"] {
            #expect(!LinkToken.isWellFormed(bad))
        }
    }

    @Test("an alert link works while the alert is open and link_grace after it is resolved; a shift's until its end plus the grace; revoked wins")
    func linkExpiry() {
        let grace = Duration.seconds(86_400)
        let alert = StoredLink(hash: "ab", person: "ez-ma", subject: .alert(1), createdAt: now)
        let open = LinkExpiry.grant(alert, itemEndedAt: nil, grace: grace, now: now.addingTimeInterval(30 * 86_400))
        #expect(open == .success(LinkGrant(hash: "ab", person: "ez-ma", subject: .alert(1), expiresAt: nil)))
        let resolved = now.addingTimeInterval(3_600)
        #expect((try? LinkExpiry.grant(alert, itemEndedAt: resolved, grace: grace, now: resolved.addingTimeInterval(86_399)).get())?.expiresAt
            == resolved.addingTimeInterval(86_400))
        #expect(LinkExpiry.grant(alert, itemEndedAt: resolved, grace: grace, now: resolved.addingTimeInterval(86_400)) == .failure(.expired))

        let shiftEnd = now.addingTimeInterval(12 * 3_600)
        let shift = StoredLink(hash: "cd", person: nil, subject: .shift("dg-sy/2026-05-01T08:00"), createdAt: now, expiresAt: shiftEnd.addingTimeInterval(86_400))
        #expect((try? LinkExpiry.grant(shift, itemEndedAt: nil, grace: grace, now: shiftEnd).get())?.person == nil)
        #expect(LinkExpiry.grant(shift, itemEndedAt: nil, grace: grace, now: shiftEnd.addingTimeInterval(86_400)) == .failure(.expired))

        var revoked = alert
        revoked.revokedAt = now
        #expect(LinkExpiry.grant(revoked, itemEndedAt: nil, grace: grace, now: now) == .failure(.revoked))
        #expect(LinkExpiry.grant(revoked, itemEndedAt: now, grace: .seconds(1), now: now.addingTimeInterval(60)) == .failure(.revoked))
    }

    @Test("a daily report's link is fixed at the end of the holiday it is issued in (or the next) plus the grace; with no holiday left, none")
    func dailyLinkExpiry() {
        let clock = WallClock(zoneIdentifier: "Asia/Shanghai")
        let at = { (day: String, hour: Int) in clock.instant(LocalDate(day)!, TimeOfDay(hour: hour, minute: 0)!) }
        var configuration = Configuration(daemon: DaemonSettings(), data: DataFiles(), tree: OrgTree(units: []), people: [], channels: [], policies: [])
        configuration.calendar = HolidayCalendar(periods: [
            HolidayPeriod(name: "春节", first: LocalDate("2027-02-15")!, last: LocalDate("2027-02-21")!),
            HolidayPeriod(name: "国庆节", first: LocalDate("2026-10-01")!, last: LocalDate("2026-10-07")!),
        ])
        let fixed = { (issued: Date) in LinkExpiry.fixed(.daily("dg-sy"), issuedAt: issued, configuration: configuration, grace: .seconds(86_400)) }
        #expect(fixed(at("2026-10-03", 10)) == at("2026-10-09", 0))
        #expect(fixed(at("2026-10-07", 23)) == at("2026-10-09", 0))
        #expect(fixed(at("2026-09-28", 9)) == at("2026-10-09", 0))
        #expect(fixed(at("2026-10-08", 0)) == at("2027-02-23", 0))
        #expect(fixed(at("2027-02-22", 8)) == nil)
    }

    @Test("an anti-forgery token is accepted only for the link it was issued for, and not after an hour")
    func formTokens() {
        let forms = FormTokens()
        let token = forms.issue(link: "L1", now: now)
        #expect(!forms.accepts(token, link: "L2", now: now))
        #expect(forms.accepts(token, link: "L1", now: now))
        #expect(!forms.accepts("0123456789abcdef0123456789abcdef", link: "L1", now: now))
        let late = forms.issue(link: "L1", now: now)
        #expect(!forms.accepts(late, link: "L1", now: now.addingTimeInterval(3_601)))
    }

    @Test("the rate limiter allows the limit per key per minute, then again after a minute")
    func rateLimiter() {
        let limiter = RateLimiter(perMinute: 3)
        #expect((0..<4).map { _ in limiter.allow("a", now: now) } == [true, true, true, false])
        #expect(limiter.allow("b", now: now))
        #expect(limiter.allow("a", now: now.addingTimeInterval(60)))
    }

    @Test("X-Real-IP and the last X-Forwarded-For entry count only from a trusted proxy")
    func clientAddress() {
        let headers: HTTPFields = [.init("X-Real-IP")!: "203.0.113.9", .init("X-Forwarded-For")!: "10.0.0.1, 198.51.100.7"]
        let forwarded: HTTPFields = [.init("X-Forwarded-For")!: "10.0.0.1, 198.51.100.7"]
        #expect(ClientAddress.of(peer: "127.0.0.1", headers: headers, trusted: ["127.0.0.1"]) == "203.0.113.9")
        #expect(ClientAddress.of(peer: "127.0.0.1", headers: forwarded, trusted: ["127.0.0.1"]) == "198.51.100.7")
        #expect(ClientAddress.of(peer: "192.0.2.1", headers: headers, trusted: ["127.0.0.1"]) == "192.0.2.1")
    }

    @Test("form bodies decode percent escapes and +; multipart bodies give fields and files")
    func bodies() throws {
        #expect(FormBody.parse("form=ab12&note=%E5%B7%B2%E5%A4%84%E7%90%86+ok&note=second") == ["form": "ab12", "note": "已处理 ok"])
        #expect(FormBody.parse("note=%ZZ") == [:])
        let body = Array("""
            --XyZ\r
            Content-Disposition: form-data; name="form"\r
            \r
            ab12\r
            --XyZ\r
            Content-Disposition: form-data; name="photo"; filename="a.png"\r
            Content-Type: image/png\r
            \r

            """.utf8) + [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00] + Array("\r\n--XyZ--\r\n".utf8)
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=XyZ") == "XyZ")
        let form = try #require(MultipartForm(body, boundary: "XyZ"))
        #expect(form.fields == ["form": "ab12"])
        #expect(form.files.map(\.field) == ["photo"])
        #expect(form.files.first?.data.count == 9)
        #expect(PhotoStore.ImageType(form.files[0].data) == .png)
        #expect(PhotoStore.ImageType([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(PhotoStore.ImageType(Array("#!/bin/sh".utf8)) == nil)
        #expect(MultipartForm(Array("garbage".utf8), boundary: "XyZ") == nil)
    }
}
