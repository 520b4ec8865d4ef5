import Synchronization

/// Something that ends once, cleanly or with an error, and what waits for that end.
final class Completion: Sendable {
    private let state = Mutex<(ended: Result<Void, any Error>?, waiter: CheckedContinuation<Void, any Error>?)>((nil, nil))

    /// Ends it; the first end counts, later ones are ignored.
    func finish(_ result: Result<Void, any Error> = .success(())) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard state.ended == nil else { return nil }
            state.ended = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }

    /// Returns once it has ended, or throws the error it ended with.
    func wait() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let ended = state.withLock { state -> Result<Void, any Error>? in
                if state.ended == nil { state.waiter = continuation }
                return state.ended
            }
            if let ended { continuation.resume(with: ended) }
        }
    }
}
