/// A unit of the organisation tree as the control interface shows it (`io.dutyd.Unit`).
public struct UnitInfo: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: String
    public var parent: String?
    public var depth: Int

    public init(id: String, name: String, kind: String, parent: String?, depth: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.depth = depth
    }
}

/// Parameters of `io.dutyd.Units`: with `match`, only the units an argument may name.
public struct UnitsRequest: Codable, Sendable, Equatable {
    public var match: String?

    public init(match: String? = nil) {
        self.match = match
    }
}

/// Reply of `io.dutyd.Units`: the whole tree, each unit followed by the units below it.
public struct UnitsReply: Codable, Sendable, Equatable {
    public var units: [UnitInfo]

    public init(units: [UnitInfo]) {
        self.units = units
    }
}
