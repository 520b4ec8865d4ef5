import DutyCore

/// A chain head written to the journal after a commit: the last history record then, and its MAC.
public struct HistoryAnchor: Sendable, Equatable {
    public var seq: Int64
    public var mac: String

    public init(seq: Int64, mac: String) {
        self.seq = seq
        self.mac = mac
    }
}

/// What `audit verify` found: the chain, the journal's anchors against it, and the rows against the history.
public struct HistoryAudit: Sendable, Equatable {
    /// History records checked.
    public var records = 0
    /// The number of the last record, 0 when there is none.
    public var lastSeq: Int64 = 0
    /// The first record that does not hold, and why.
    public var firstBroken: Int64?
    public var chainProblem: String?
    /// Journal anchors compared with the database.
    public var anchors = 0
    /// The highest record an anchor names.
    public var lastAnchored: Int64?
    /// Records cut from the end or rewritten, as the anchors show.
    public var anchorProblem: String?
    /// The first alert or hazard row that differs from what its history implies.
    public var rowMismatch: RowMismatch?

    public init() {}

    /// Whether nothing was found.
    public var intact: Bool { chainProblem == nil && anchorProblem == nil && rowMismatch == nil }
}
