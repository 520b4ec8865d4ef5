import Dispatch
import DutyCore
import Foundation

/// Anchors in the journal: after a commit that appended history, the chain head (last record and
/// its MAC) is written to the journal, an append-only store beside the database, so that
/// `audit verify` can tell records cut from the end or rewritten. Coalesced: at most one anchor
/// per `anchorInterval` (the records of the last interval before a crash stay unanchored), and
/// one when dutyd stops.
extension Daemon {
    /// The shortest time between two anchors: a burst of commits writes one anchor, not one each.
    static let anchorInterval = Duration.seconds(1)

    /// Takes the chain head after a commit: anchors it now, or when the current interval ends.
    func anchor(_ head: HistoryAnchor) {
        pendingAnchor = head
        guard anchorTimer == nil else { return }
        let elapsed = lastAnchorAt.map { ContinuousClock.now - $0 } ?? Self.anchorInterval
        guard elapsed < Self.anchorInterval else { return writeAnchor() }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + (Self.anchorInterval - elapsed).timeInterval, leeway: .milliseconds(50))
        timer.setEventHandler { [weak self] in self?.assumeIsolated { $0.writeAnchor() } }
        timer.resume()
        anchorTimer = timer
    }

    /// Writes the pending chain head, if any, to the journal.
    func writeAnchor() {
        anchorTimer?.cancel()
        anchorTimer = nil
        guard let head = pendingAnchor else { return }
        pendingAnchor = nil
        lastAnchorAt = ContinuousClock.now
        anchorLogger.journal(
            .historyAnchored, .info, "history chain anchored at record \(head.seq), MAC \(head.mac)",
            fields: ["seq": "\(head.seq)", "mac": head.mac, "state_database": store.path])
    }
}
