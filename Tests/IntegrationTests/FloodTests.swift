import DutyProtocol
import Foundation
import Testing

/// Floods of the control socket by one unprivileged user (`nobody`), run by Scripts/flood_client.py,
/// while root keeps using `dutyctl`: the per-user limits, the whole-request deadline and the
/// bounded reply buffers of issue 14 (items 2 and 8).
@Suite("One user cannot lock the admins out of the control socket")
struct FloodTests {
    /// Every local user may connect, as on a socket with mode 0666; `nobody` is not in the admin group.
    static func openSocket(controlTimeout: String = "30s") -> (String) -> String {
        DaemonSettingsRewrite.daemon("socket_mode = \"0666\"", "control_timeout = \"\(controlTimeout)\"")
    }

    /// Root's status answers within the bound of issue 14 while the flood holds its connections:
    /// `Status` round trips on fresh connections take under 100 ms at the median (each under 300 ms,
    /// allowing for the shared CI machine), and root's real `dutyctl status` succeeds every time
    /// with a median under a generous 1 s (mostly the start of a process on a loaded machine).
    static func expectRootAnswersQuickly(_ daemon: DaemonHarness, during flood: String) throws {
        let times = try FloodProbe.rootStatus(daemon)
        let dutyctl = FloodProbe.median(times.dutyctl)
        print("root during \(flood): dutyctl status median \(Int(dutyctl * 1_000)) ms, max \(Int(times.dutyctl.max()! * 1_000)) ms;",
              "Status round trip median \(Int(FloodProbe.median(times.raw) * 1_000)) ms, max \(Int(times.raw.max()! * 1_000)) ms")
        #expect(FloodProbe.median(times.raw) < 0.1 && times.raw.max()! < 0.3, "root's Status round trips took \(times.raw) s during \(flood)")
        #expect(dutyctl < 1, "root's dutyctl status took \(times.dutyctl) s during \(flood)")
    }

    /// Those of `phrases` that the daemon's log does not contain.
    static func logged(_ daemon: DaemonHarness, _ phrases: [String]) -> [String] {
        let log = daemon.log()
        return phrases.filter { !log.contains($0) }
    }

    @Test("100 Watch calls from nobody: 16 stream, the rest are refused per user, and root's status answers in under 100 ms")
    func watchFlood() throws {
        let daemon = try DaemonHarness(configure: Self.openSocket())
        let flood = try SocketFlood(daemon, mode: "watch", count: 100)
        let answers = try flood.ready()
        #expect(answers == [
            "watching": 16, "io.dutyd.LimitReached:watches_per_user": 48, "io.dutyd.LimitReached:connections_per_user": 36,
        ])
        try Self.expectRootAnswersQuickly(daemon, during: "a Watch flood")
        #expect(try daemon.dutyctl(["report", "--unit", "dg-sy", "--summary", "洪水期间上报"]).status == 0)
        #expect(Self.logged(daemon, ["turned away nobody (uid 65534", "at watches_per_user", "at connections_per_user"]) == [])
        flood.end()
        #expect(eventually { (try? SocketFlood(daemon, mode: "watch", count: 16).ready()) == ["watching": 16] }, "nobody's closed streams are counted no more")
    }

    @Test("100 clients of nobody trickling a byte a second: 36 are refused, the rest dropped at control_timeout, and root's status answers")
    func trickleFlood() throws {
        let daemon = try DaemonHarness(configure: Self.openSocket(controlTimeout: "3s"))
        let flood = try SocketFlood(daemon, mode: "trickle", count: 100, seconds: 9)
        #expect(try flood.ready() == ["connected": 100])
        try Self.expectRootAnswersQuickly(daemon, during: "a trickle flood")

        let outcome = try flood.report()
        let ended = outcome["ended"] as? [[String: Any]] ?? []
        #expect(outcome["still_open"] as? Int == 0, "a trickle of bytes kept connections open past control_timeout")
        let refused = ended.filter { $0["outcome"] as? String == "io.dutyd.LimitReached:connections_per_user" }
        let timedOut = ended.filter { $0["reason"] as? String == "timed out waiting for the rest of the message" }
        #expect((refused.count, timedOut.count) == (36, 64))
        let latest = timedOut.compactMap { $0["after"] as? Double }.max() ?? 0
        #expect(latest < 8, "the last trickling client was dropped \(latest) s into the trickle; control_timeout is 3 s")
        #expect(Self.logged(daemon, ["turned away nobody (uid 65534", "did not finish its request within 3s of its first byte"]) == [])
    }

    /// A daemon whose 32 alerts (reported by root) make an `Alerts` listing of over 3 MB; the
    /// incidents are "delivered" to a command that discards them.
    static func daemonWithLongListing(controlTimeout: String, alerts: Int = 32) throws -> (DaemonHarness, listingBytes: Int) {
        let sink = "type = \"command\"\ncommand = [\"/bin/sh\", \"-c\", \"cat >/dev/null\"]"
        let daemon = try DaemonHarness(configure: { ChannelRewrite.everyone(to: "sink", sink)(Self.openSocket(controlTimeout: controlTimeout)($0)) })
        let reporter = try RawVarlinkConnection(path: daemon.socket)
        let summary = "配电箱冒烟" + String(repeating: "x", count: 100_000)
        for _ in 0..<alerts {
            let reply = try reporter.call(#"{"method": "io.dutyd.Report", "parameters": {"unit": "dg-sy", "summary": "\#(summary)"}}"#)
            try #require(reply?.objectParameters != nil, "\(String(describing: reply))")
        }
        let listing = try #require(try daemon.dutyctl(["alerts", "--state", "all", "--json"]).stdout)
        return (daemon, listing.utf8.count)
    }

    @Test("60 clients of nobody that ask for a 3 MB listing and never read: replies beyond 64 MiB are refused, memory stays bounded, root's status answers")
    func unreadReplies() throws {
        let (daemon, listingBytes) = try Self.daemonWithLongListing(controlTimeout: "10m")
        #expect(listingBytes > 3_000_000)
        let before = try FloodProbe.residentBytes(of: daemon)

        let flood = try SocketFlood(daemon, mode: "unread", count: 60)
        #expect(try flood.ready() == ["asked": 60])
        var peak = before
        let probed = Date().addingTimeInterval(3)
        var (answered, rootProbed): ([String: Any]?, Bool) = (nil, false)
        while answered == nil {
            peak = max(peak, try FloodProbe.residentBytes(of: daemon))
            if !rootProbed, Date() > probed {
                try Self.expectRootAnswersQuickly(daemon, during: "a flood of unread listings")
                rootProbed = true
            }
            answered = try flood.report(within: 100)
        }
        let tally = answered?["answered"] as? [String: Int] ?? [:]
        let growth = peak - before
        print("unread listings: \(listingBytes >> 20) MiB each, 60 asked, answered \(tally); VmRSS \(before >> 20) MiB before, peak \(peak >> 20) MiB")
        #expect((10...30).contains(tally["listing"] ?? 0), "about 64 MiB of listings should wait unread, not \(tally)")
        #expect(tally["io.dutyd.LimitReached:reply_buffer_per_user"] == 60 - (tally["listing"] ?? 0))
        #expect(growth < 140 << 20, "dutyd grew by \(growth >> 20) MiB; 60 unread listings would take \(60 * listingBytes >> 20) MiB")
        #expect(Self.logged(daemon, ["turned away nobody (uid 65534", "at reply_buffer_per_user"]) == [])
    }

    @Test("a client that leaves a long reply unread for control_timeout is dropped and logged")
    func unreadReplyDropped() throws {
        let (daemon, _) = try Self.daemonWithLongListing(controlTimeout: "2s", alerts: 4)
        let flood = try SocketFlood(daemon, mode: "unread", count: 1)
        #expect(try flood.ready() == ["asked": 1])
        #expect(eventually { Self.logged(daemon, ["turned away nobody (uid 65534", "did not read its reply for 2s"]) == [] })
    }
}
