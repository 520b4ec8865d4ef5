import DutyCore

extension Daemon {
    /// Runs `command` like a control-socket change and returns once it is committed.
    func perform(_ command: Command) async -> Result<CommandReply, CommandError> {
        await withCheckedContinuation { continuation in
            runChange { daemon in
                let result = daemon.run(command)
                daemon.whenCommitted { continuation.resume(returning: result) }
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
