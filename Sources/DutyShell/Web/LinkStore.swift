import DutyCore
import Foundation

/// The personal links of the state database (`StateStore+Links.swift`), read by token hash;
/// their expiry follows the engine's books (`LinkExpiry`).
struct LinkStore: ActionLinks {
    let store: StateStore
    let grace: Duration

    /// The grant of `token`: unknown unless a stored link's hash matches, then revoked or expired as `LinkExpiry`
    /// says of its item in `state`.
    func resolve(_ token: String, now: Date, in state: DutyState) -> Result<LinkGrant, LinkRefusal> {
        guard LinkToken.isWellFormed(token) else { return .failure(.unknown) }
        let stored: StoredLink?
        do {
            stored = try store.link(hash: LinkToken.hash(token))
        } catch {
            return .failure(.storageUnavailable(StorageUnavailable(error) ?? StorageUnavailable(cause: "\(error)")))
        }
        guard let stored else { return .failure(.unknown) }
        let ended = stored.expiresAt == nil ? LinkExpiry.ended(stored.subject, in: state) : nil
        return LinkExpiry.grant(stored, itemEndedAt: ended, grace: grace, now: now)
    }
}
