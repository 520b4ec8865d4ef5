/// The validated organisation tree: units by id, with their ancestry.
public struct OrgTree: Sendable, Equatable {
    /// Units in configuration order.
    public let units: [OrgUnit]
    private let index: [String: Int]

    /// Builds the tree; the units must already be validated (unique ids, existing parents, no cycles).
    public init(units: [OrgUnit]) {
        self.units = units
        var index: [String: Int] = [:]
        for (position, unit) in units.enumerated() { index[unit.id] = position }
        self.index = index
    }

    public subscript(id: String) -> OrgUnit? {
        index[id].map { units[$0] }
    }

    /// The unit `steps` levels above `id` (0 is the unit itself), or nil past the root.
    public func ancestor(of id: String, steps: Int) -> OrgUnit? {
        var current = self[id]
        for _ in 0..<steps {
            guard let parent = current?.parent else { return nil }
            current = self[parent]
        }
        return current
    }

    /// The unit itself followed by its ancestors up to the root.
    public func path(toRootFrom id: String) -> [OrgUnit] {
        var result: [OrgUnit] = []
        var current = self[id]
        while let unit = current {
            result.append(unit)
            current = unit.parent.flatMap { self[$0] }
        }
        return result
    }

    /// Whether `id` is `ancestor` or lies below it.
    public func isWithin(_ id: String, ancestor: String) -> Bool {
        path(toRootFrom: id).contains { $0.id == ancestor }
    }

    /// Every unit with its depth, each followed by the units below it, roots and siblings in
    /// configuration order; with `root`, only that unit (at depth 0) and its subtree.
    public func depthFirst(from root: String? = nil) -> [(unit: OrgUnit, depth: Int)] {
        var children: [String: [OrgUnit]] = [:]
        for unit in units { children[unit.parent ?? "", default: []].append(unit) }
        var order: [(unit: OrgUnit, depth: Int)] = []
        func visit(_ unit: OrgUnit, _ depth: Int) {
            order.append((unit, depth))
            for child in children[unit.id] ?? [] { visit(child, depth + 1) }
        }
        let starts = root.map { self[$0].map { [$0] } ?? [] } ?? children[""] ?? []
        for start in starts { visit(start, 0) }
        return order
    }

    /// The units an argument may mean: the unit with that id; else those whose name it is,
    /// ignoring spaces (`东港区 实验小学`); else up to `limit` whose names contain it or lie
    /// within it, as suggestions. Clients resolve names through this instead of the whole tree.
    public func units(matching argument: String, limit: Int = 5) -> [OrgUnit] {
        if let unit = self[argument] { return [unit] }
        let wanted = Self.compact(argument)
        let named = units.filter { Self.compact($0.name) == wanted }
        if !named.isEmpty { return named }
        return Array(units.lazy.filter { $0.name.contains(wanted) || wanted.contains($0.name) }.prefix(limit))
    }

    /// The depth of `id` below its root (0 for a root).
    public func depth(of id: String) -> Int {
        max(path(toRootFrom: id).count - 1, 0)
    }

    private static func compact(_ name: String) -> String {
        String(name.filter { !$0.isWhitespace })
    }
}
