/// What happened to a hazard, as recorded in its hash-chained history.
public enum HazardAction: String, CaseIterable, Sendable {
    /// Added by a ledger import.
    case imported
    /// Ledger fields changed by a later import.
    case changed
    /// A progress note (整改进展).
    case progress
    /// Reported rectified by the responsible side.
    case rectified
    /// Verified by someone else and closed (验收, 销号).
    case verified
    /// Sent back: verification failed or the hazard came back.
    case reopened
    /// Deadline extended (延期), with a reason and who approved it.
    case extended
    /// A reminder before the deadline.
    case reminded
}
