/// TOML's rules for where keys and tables may be defined: no duplicates, no redefined tables,
/// no extending inline tables or static arrays.
extension DocumentParser {
    /// Returns the table a `[header]` defines, creating missing parent tables and rejecting
    /// a table that is already defined.
    func defineTable(_ path: [KeySegment], header: SourceLocation) throws(TOMLSyntaxError) -> TableBuilder {
        let parent = try headerParent(of: path)
        let name = path[path.count - 1]
        guard let entry = parent.entry(named: name.name) else {
            let table = TableBuilder(origin: .explicit, location: header)
            parent.add(EntryBuilder(key: name.name, keyLocation: name.location, content: .table(table)))
            return table
        }
        switch entry.content {
        case .table(let table):
            switch table.origin {
            case .implicit:
                table.origin = .explicit
                table.location = header
                entry.keyLocation = name.location
                return table
            case .dotted:
                throw TOMLSyntaxError(
                    location: name.location,
                    message: "duplicate table [\(path.dottedName)] (first defined by dotted keys at line \(table.location.line))")
            case .explicit:
                throw TOMLSyntaxError(
                    location: name.location,
                    message: "duplicate table [\(path.dottedName)] (first defined at line \(table.location.line))")
            }
        case .tableArray(let array):
            throw TOMLSyntaxError(
                location: name.location,
                message: "key \(path.quotedName) is an array of tables, not a table (defined at line \(array.location.line))")
        case .value(let node):
            throw notATable(node, entry: entry, path: path[...])
        }
    }

    /// Returns a new element appended to the array of tables a `[[header]]` names, creating
    /// the array and missing parent tables as needed.
    func appendTableArrayElement(_ path: [KeySegment], header: SourceLocation) throws(TOMLSyntaxError) -> TableBuilder {
        let parent = try headerParent(of: path)
        let name = path[path.count - 1]
        let element = TableBuilder(origin: .explicit, location: header)
        guard let entry = parent.entry(named: name.name) else {
            let array = TableArrayBuilder(location: header, first: element)
            parent.add(EntryBuilder(key: name.name, keyLocation: name.location, content: .tableArray(array)))
            return element
        }
        let definedAt = "(defined at line \(entry.keyLocation.line))"
        switch entry.content {
        case .tableArray(let array):
            array.append(element)
            return element
        case .value(let node) where node.value.arrayValue != nil:
            throw TOMLSyntaxError(
                location: name.location,
                message: "cannot append to static array \(path.quotedName) \(definedAt)")
        case .value(let node):
            throw TOMLSyntaxError(
                location: name.location,
                message: "key \(path.quotedName) is \(node.value.typeNameWithArticle), not an array of tables \(definedAt)")
        case .table:
            throw TOMLSyntaxError(
                location: name.location,
                message: "key \(path.quotedName) is a table, not an array of tables \(definedAt)")
        }
    }

    /// Stores a value under a possibly dotted key relative to `table`, creating the tables
    /// the dots name and rejecting duplicates.
    func assign(_ node: TOMLNode, to path: [KeySegment], in table: TableBuilder) throws(TOMLSyntaxError) {
        var table = table
        for index in path.indices.dropLast() {
            let segment = path[index]
            guard let entry = table.entry(named: segment.name) else {
                let child = TableBuilder(origin: .dotted, location: segment.location)
                table.add(EntryBuilder(key: segment.name, keyLocation: segment.location, content: .table(child)))
                table = child
                continue
            }
            switch entry.content {
            case .table(let child) where child.origin != .explicit:
                table = child
            case .table(let child):
                throw TOMLSyntaxError(
                    location: segment.location,
                    message: "cannot extend table \(path[...index].quotedName) with dotted keys (defined by a header at line \(child.location.line))")
            case .tableArray(let array):
                throw TOMLSyntaxError(
                    location: segment.location,
                    message: "cannot extend array of tables \(path[...index].quotedName) with dotted keys (defined at line \(array.location.line))")
            case .value(let value):
                throw notATable(value, entry: entry, path: path[...index])
            }
        }
        let name = path[path.count - 1]
        if let existing = table.entry(named: name.name) {
            throw TOMLSyntaxError(
                location: name.location,
                message: "duplicate key \(path.quotedName) (first defined at line \(existing.keyLocation.line))")
        }
        table.add(EntryBuilder(key: name.name, keyLocation: name.location, content: .value(node)))
    }

    /// Walks all but the last part of a header from the root, creating implicit tables and
    /// entering the last element of arrays of tables.
    private func headerParent(of path: [KeySegment]) throws(TOMLSyntaxError) -> TableBuilder {
        var table = root
        for index in path.indices.dropLast() {
            let segment = path[index]
            guard let entry = table.entry(named: segment.name) else {
                let child = TableBuilder(origin: .implicit, location: segment.location)
                table.add(EntryBuilder(key: segment.name, keyLocation: segment.location, content: .table(child)))
                table = child
                continue
            }
            switch entry.content {
            case .table(let child):
                table = child
            case .tableArray(let array):
                table = array.last
            case .value(let node):
                throw notATable(node, entry: entry, path: path[...index])
            }
        }
        return table
    }

    /// The error for using a finished value as a table: inline tables cannot be extended,
    /// other values are not tables at all.
    private func notATable(_ node: TOMLNode, entry: EntryBuilder, path: ArraySlice<KeySegment>) -> TOMLSyntaxError {
        let location = path[path.endIndex - 1].location
        let line = entry.keyLocation.line
        if case .table = node.value {
            return TOMLSyntaxError(
                location: location,
                message: "cannot extend inline table \(path.quotedName) (defined at line \(line))")
        }
        return TOMLSyntaxError(
            location: location,
            message: "key \(path.quotedName) is \(node.value.typeNameWithArticle), not a table (defined at line \(line))")
    }
}
