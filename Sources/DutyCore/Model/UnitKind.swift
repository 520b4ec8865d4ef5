/// The level of an organisation unit in the education administration.
public enum UnitKind: String, CaseIterable, Sendable, Comparable {
    case province
    case city
    case county
    case school

    /// 0 for the province, increasing towards schools.
    public var rank: Int {
        switch self {
        case .province: 0
        case .city: 1
        case .county: 2
        case .school: 3
        }
    }

    public static func < (lhs: UnitKind, rhs: UnitKind) -> Bool { lhs.rank < rhs.rank }
}
