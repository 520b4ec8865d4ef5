/// Maps logical fields to header columns by accepted names (aliases), e.g. `.init(field: "date", names: ["日期", "值班日期"], required: true)`.
public struct CSVColumn<Field: Hashable & Sendable>: Sendable {
    public let field: Field
    /// The header names accepted for this field; the first is the one shown in messages.
    public let names: [String]
    /// Whether the header must have this column.
    public let required: Bool
    /// The column this one belongs to when a header repeats a name: in `值班人员,联系电话,带班领导,联系电话`
    /// the second `联系电话` is the leader's phone because it follows `带班领导`.
    public let follows: Field?

    public init(field: Field, names: [String], required: Bool = true, follows: Field? = nil) {
        precondition(!names.isEmpty, "a CSV column needs at least one accepted name")
        self.field = field
        self.names = names
        self.required = required
        self.follows = follows
    }

    /// The accepted names for messages: `"日期" (or "值班日期")`.
    var acceptedNames: String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted[0] }
        return "\(quoted[0]) (or \(quoted.dropFirst().joined(separator: ", ")))"
    }

    /// The accepted names for a Chinese message: `"值班人员"（或 "值班员"、"值班人"）`.
    var chineseAcceptedNames: String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted[0] }
        return "\(quoted[0])（或 \(quoted.dropFirst().joined(separator: "、"))）"
    }
}
