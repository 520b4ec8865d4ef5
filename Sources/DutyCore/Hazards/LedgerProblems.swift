/// Every mistake found in one ledger file, each at its row and column; nothing from the file is applied.
public struct LedgerProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [CSVProblem]

    public init(_ problems: [CSVProblem]) {
        self.problems = problems.sorted { ($0.row, $0.column ?? 0) < ($1.row, $1.column ?? 0) }
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
