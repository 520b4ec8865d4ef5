import DutyCore

/// What a change asked through a field page came to.
enum FieldOutcome: Sendable {
    /// Made and committed now.
    case done
    /// Made before under the same anti-forgery token (a retried POST): nothing changed again.
    case repeated
    /// The form's token was spent on another action of the page: nothing changed.
    case tokenUsedForOther
    /// Refused by the core: nothing changed.
    case refused(CommandError)
    /// The database could not be written (`io.dutyd.StorageUnavailable`): nothing changed.
    case storageUnavailable(StorageUnavailable)
}

extension Daemon {
    /// Runs a field page's `command` as a control-socket change runs (`RouteCall.change`): under an
    /// idempotency key (the page's anti-forgery token, kept in the change's transaction, so a
    /// retried POST changes nothing twice) and answered once committed, or known lost. A change made
    /// counts a use of the link of hash `link` in the same transaction.
    func perform(_ command: Command, key: String, method: String, link: String) async -> FieldOutcome {
        await withCheckedContinuation { continuation in
            runChange { daemon in
                let now = daemon.clock.wall()
                switch daemon.replies.lookup(key, method: method, now: now) {
                case .answered: return daemon.whenCommitted { continuation.resume(returning: .repeated) }
                case .usedFor: return continuation.resume(returning: .tokenUsedForOther)
                case .unknown: break
                }
                let ticket = daemon.changeCount
                daemon.holdingCommit = true
                let result = daemon.run(command)
                if case .success = result { daemon.keep(Array(method.utf8), under: key, method: method, now: now, link: link) }
                daemon.holdingCommit = false
                daemon.whenCommitted(changesAfter: ticket) { lost in
                    switch (lost, result) {
                    case (let lost?, _): continuation.resume(returning: .storageUnavailable(lost))
                    case (nil, .success): continuation.resume(returning: .done)
                    case (nil, .failure(let error)): continuation.resume(returning: .refused(error))
                    }
                }
            }
        }
    }

    /// What the field pages read of the engine, taken on it: the configuration, the books and the store.
    func fieldPages() async -> FieldPages {
        await withCheckedContinuation { continuation in
            enqueue { daemon in
                continuation.resume(returning: FieldPages(loaded: daemon.loaded, state: daemon.state, store: daemon.store))
            }
        }
    }
}
