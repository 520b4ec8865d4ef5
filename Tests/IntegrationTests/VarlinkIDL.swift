import DutyProtocol

/// Reads the field names of types and method replies out of a Varlink interface definition,
/// so tests can hold JSON output to what the interface documents.
struct VarlinkIDL {
    /// A documented field: its name, whether it may be absent (`?type`), and the type it names.
    struct Field: Equatable {
        var name: String
        var optional: Bool
        var type: String
    }

    /// Fields of each `type Name (...)`.
    var types: [String: [Field]] = [:]
    /// Fields of each method's reply.
    var replies: [String: [Field]] = [:]

    init(_ text: String) {
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: " ")
        var rest = Substring(lines)
        while let start = rest.firstMatch(of: /(type|method) (\w+)/) {
            let (_, kind, name) = start.output
            rest = rest[start.range.upperBound...]
            if kind == "method", let arrow = rest.range(of: "->") { rest = rest[arrow.upperBound...] }
            guard let open = rest.firstIndex(of: "(") else { break }
            var depth = 0
            var end = open
            for index in rest[open...].indices {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" { depth -= 1 }
                if depth == 0 { end = index; break }
            }
            let fields = Self.fields(rest[rest.index(after: open)..<end])
            if kind == "type" { types[String(name)] = fields } else { replies[String(name)] = fields }
            rest = rest[end...]
        }
    }

    private static func fields(_ list: Substring) -> [Field] {
        list.split(separator: ",").compactMap { part in
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2 else { return nil }
            let type = pieces[1]
            return Field(name: pieces[0], optional: type.hasPrefix("?"), type: type.replacingOccurrences(of: "?", with: "").replacingOccurrences(of: "[]", with: ""))
        }
    }

    /// Problems with `object` against `fields`: unknown keys and missing required ones, recursing into named types.
    func problems(_ object: [String: JSONValue], against fields: [Field], path: String) -> [String] {
        var problems: [String] = []
        for key in object.keys where !fields.contains(where: { $0.name == key }) {
            problems.append("\(path).\(key) is not documented")
        }
        for field in fields {
            guard let value = object[field.name] else {
                if !field.optional { problems.append("\(path).\(field.name) is documented as required but missing") }
                continue
            }
            guard let nested = types[field.type] else { continue }
            let elements: [JSONValue] = if case .array(let items) = value { items } else { [value] }
            for (index, element) in elements.enumerated() {
                if case .object(let inner) = element {
                    problems += self.problems(inner, against: nested, path: "\(path).\(field.name)[\(index)]")
                }
            }
        }
        return problems
    }
}

import Foundation
