import Synchronization

/// Where the replies to one call go: a single reply, or a stream of them for a call made with `more`.
public final class ReplyChannel: Sendable {
    private let deliver: @Sendable ([UInt8]?, Bool) -> Void
    private let closed = Mutex(false)

    /// `deliver` receives each framed reply (nil for a oneway call) and whether the call continues.
    init(deliver: @escaping @Sendable ([UInt8]?, Bool) -> Void) {
        self.deliver = deliver
    }

    /// Sends one reply; with `continues` the call stays open for more. Returns false once the client is gone.
    @discardableResult
    public func send(_ reply: [UInt8]?, continues: Bool = false) -> Bool {
        guard !isClosed else { return false }
        deliver(reply, continues)
        return true
    }

    /// Whether the connection this channel answers on has closed.
    public var isClosed: Bool { closed.withLock { $0 } }

    func markClosed() {
        closed.withLock { $0 = true }
    }
}
