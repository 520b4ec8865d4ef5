import DutyCore
import DutyProtocol
import Foundation

extension Daemon {
    /// What a change's `ChangeControls` say before it runs.
    enum Admission {
        /// Run it, and keep its reply under the key if there is one.
        case run(key: String?)
        /// Do not run it: answer this (the first reply for its key, or why it is refused).
        case answer(Result<[UInt8], VarlinkError>)
    }

    /// Checks a change's controls at `now`: a key already used for this method answers with the
    /// first reply, a key used for another method or a call past its `not_after` is refused.
    func admit(_ controls: ChangeControls, method: String, peer: PeerCredentials, now: Date) -> Admission {
        let key: String?
        let deadline: Date?
        switch (controls.validKey(), controls.deadline()) {
        case (.failure(let error), _), (_, .failure(let error)): return .answer(.failure(error))
        case (.success(let valid), .success(let instant)): (key, deadline) = (valid, instant)
        }
        if let key {
            switch replies.lookup(key, method: method, now: now) {
            case .answered(let reply): return .answer(.success(reply))
            case .usedFor(let other): return .answer(.failure(.idempotencyKeyReused(key, method: other)))
            case .unknown: break
            }
        }
        if let deadline, now > deadline {
            let (notAfter, received) = (loaded.clock.iso8601(deadline), loaded.clock.iso8601(now))
            logger.journal(
                .controlRequestRejected, .notice,
                "refused \(method) from \(peer.userName) (uid \(peer.uid)): it arrived at \(received), after its client's deadline \(notAfter); nothing was changed",
                fields: ["actor": peer.userName])
            return .answer(.failure(.deadlinePassed(notAfter: controls.notAfter ?? notAfter, receivedAt: received)))
        }
        return .run(key: key)
    }

    /// Runs a change under its client's controls (`admit`); its reply is kept under its key in
    /// the same transaction as the change (the batch is held until both have joined it).
    func controlled(
        _ controls: ChangeControls, method: String, peer: PeerCredentials, now: Date, _ body: () -> Result<[UInt8], VarlinkError>
    ) -> Result<[UInt8], VarlinkError> {
        switch admit(controls, method: method, peer: peer, now: now) {
        case .answer(let reply): return reply
        case .run(nil): return body()
        case .run(let key?):
            holdingCommit = true
            defer { holdingCommit = false }
            let result = body()
            if case .success(let reply) = result { keep(reply, under: key, method: method, now: now) }
            return result
        }
    }

    /// Keeps a change's reply under its key, committed with the next batch; the wake-up stays
    /// where the changes before it left it. Nothing is kept while the database cannot be written:
    /// the change was refused then (`refuseChange`), and a kept reply would claim it was made.
    /// A change asked through a field page's link (its hash `link`) counts the link's use with it.
    func keep(_ reply: [UInt8], under key: String, method: String, now: Date, link: String? = nil) {
        guard outage == nil else { return }
        var effects = Effects()
        effects.change = replies.remember(key, method: method, reply: reply, now: now)
        effects.change.linkUses = link.map { [($0, now)] } ?? []
        effects.nextWakeup = batch.last?.nextWakeup ?? nextWakeup
        execute(effects)
    }
}
