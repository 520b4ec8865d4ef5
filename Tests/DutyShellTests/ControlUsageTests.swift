import Dispatch
import DutyCore
import Testing

@testable import DutyShell

/// What one user may hold on the control socket, counted without a socket.
@Suite("control socket limits per user")
struct ControlUsageTests {
    let limits = ControlLimits(DaemonSettings(connectionsPerUser: 3, watchesPerUser: 2))
    let nobody = PeerCredentials(pid: 4242, uid: 65534, gid: 65534, groups: [], userName: "nobody")
    let root = PeerCredentials(pid: 1, uid: 0, gid: 0, groups: [], userName: "root")

    @Test("a user gets connections_per_user connections, root more; a closed one frees its place")
    func connectionsPerUser() {
        var usage = ControlUsage()
        for _ in 0..<3 { usage.connect(nobody.uid) }
        #expect(usage.refusalToConnect(nobody, limits: limits) { false }?.limit == .connectionsPerUser)
        #expect(usage.refusalToConnect(root, limits: limits) { true } == nil)
        usage.disconnect(nobody.uid, watching: false, queuedBytes: 0)
        #expect(usage.refusalToConnect(nobody, limits: limits) { false } == nil)
    }

    @Test("the last 64 of 512 connections are kept for root and the admin group")
    func reserve() {
        var usage = ControlUsage()
        let generous = ControlLimits(DaemonSettings(connectionsPerUser: 448))
        for uid in 0..<448 { usage.connect(UInt32(1_000 + uid % 7)) }
        #expect(usage.refusalToConnect(nobody, limits: generous) { false }?.limit == .connections)
        #expect(usage.refusalToConnect(nobody, limits: generous) { true } == nil, "a member of the admin group")
        for _ in 448..<512 { usage.connect(0) }
        #expect(usage.refusalToConnect(root, limits: generous) { true } == .connections(512))
    }

    @Test("watches_per_user streams, counted until their connection closes")
    func watches() {
        var usage = ControlUsage()
        #expect(usage.startWatch(nobody, limits: limits) == nil)
        #expect(usage.startWatch(nobody, limits: limits) == nil)
        #expect(usage.startWatch(nobody, limits: limits)?.limit == .watchesPerUser)
        #expect(usage.startWatch(root, limits: limits) == nil)
        usage.endWatch(nobody.uid)
        #expect(usage.startWatch(nobody, limits: limits) == nil)
    }

    @Test("64 MiB of unread replies per user, 1 MiB behind an unread reply on one connection")
    func replyBuffers() {
        var usage = ControlUsage()
        let listing = 40 << 20
        #expect(usage.refusalToQueue(nobody, bytes: listing, pending: 0) == nil)
        usage.queued(nobody.uid, delta: listing)
        #expect(usage.refusalToQueue(nobody, bytes: listing, pending: 0)?.limit == .replyBufferPerUser)
        #expect(usage.refusalToQueue(root, bytes: listing, pending: 0) == nil, "root is limited per connection only")
        #expect(usage.refusalToQueue(root, bytes: 600 << 10, pending: 600 << 10)?.limit == .replyBufferPerConnection)
        usage.queued(nobody.uid, delta: -listing)
        #expect(usage.held(nobody.uid) == ControlUsage.Held())
    }

    @Test("refusals are logged once a minute per user and limit, with the count in between")
    func rateLimitedLog() throws {
        var log = LimitLog()
        let start = DispatchTime(uptimeNanoseconds: 1_000_000_000_000)
        let refusal = ControlRefusal.connectionsPerUser(64, user: "nobody")
        let logged = log.entry(for: refusal, peer: nobody, now: start)
        let first = try #require(logged)
        #expect(first.event == .controlLimitReached)
        #expect(first.fields["peer_uid"] == "65534" && first.fields["peer_pid"] == "4242" && first.fields["limit"] == "connections_per_user")
        #expect(log.entry(for: refusal, peer: nobody, now: start + 30) == nil)
        #expect(log.entry(for: .watchesPerUser(16, user: "nobody"), peer: nobody, now: start + 30) != nil, "another limit")
        let minuteLater = log.entry(for: refusal, peer: nobody, now: start + 61)
        let later = try #require(minuteLater)
        #expect(later.fields["refused"] == "2")
        #expect(later.message.contains("(2 times since the last entry)"))
    }
}
