/// Where a hazard is in the closed loop: 挂账 → 整改 → 验收 → 销号.
public enum HazardStatus: String, CaseIterable, Sendable {
    /// On the ledger, nothing reported yet (未整改).
    case open
    /// Progress has been reported (整改中).
    case rectifying
    /// Reported rectified, awaiting verification (已整改, 待验收).
    case rectified
    /// Verified and struck off the ledger (已销号).
    case closed
    /// Verification failed or the hazard came back; rectification continues (重新整改).
    case reopened

    /// The word ledgers use in the 整改情况 column.
    public var chineseName: String {
        switch self {
        case .open: "未整改"
        case .rectifying: "整改中"
        case .rectified: "已整改"
        case .closed: "已销号"
        case .reopened: "重新整改"
        }
    }

    /// The status named by a ledger word (see `LedgerStatusWords`), if any.
    public init?(ledgerWord: String) {
        guard let status = LedgerStatusWords.status(ledgerWord) else { return nil }
        self = status
    }

    /// Whether the hazard still needs rectification work (and can be overdue).
    public var awaitsRectification: Bool {
        self == .open || self == .rectifying || self == .reopened
    }
}
