/// The four risk levels of a hazard (and severities of an incident), most severe first.
public enum RiskLevel: String, CaseIterable, Sendable, Comparable {
    /// 重大, shown red.
    case major
    /// 较大, shown orange.
    case high
    /// 一般, shown yellow.
    case general
    /// 低, shown blue.
    case low

    /// The Chinese name used in ledgers.
    public var chineseName: String {
        switch self {
        case .major: "重大"
        case .high: "较大"
        case .general: "一般"
        case .low: "低"
        }
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
