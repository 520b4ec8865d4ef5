/// One part of a dotted key, with where it was written.
struct KeySegment {
    let name: String
    let location: SourceLocation
}

extension DocumentParser {
    /// Parses a possibly dotted key such as `a."b c".d`, allowing whitespace around the dots,
    /// of at most `maximumKeyParts` parts.
    mutating func parseKey() throws(TOMLSyntaxError) -> [KeySegment] {
        var path = [try parseSimpleKey(afterDot: false)]
        while true {
            scanner.skipWhitespace()
            guard scanner.consume(".") else { return path }
            scanner.skipWhitespace()
            guard path.count < Self.maximumKeyParts else {
                throw scanner.error("expected at most \(Self.maximumKeyParts) dotted parts in a key or table name, in \(path.prefix(3).dottedName)…")
            }
            path.append(try parseSimpleKey(afterDot: true))
        }
    }

    /// Parses one bare, basic-quoted or literal-quoted key part.
    private mutating func parseSimpleKey(afterDot: Bool) throws(TOMLSyntaxError) -> KeySegment {
        let location = scanner.location
        if let quote = scanner.peek(), quote == "\"" || quote == "'" {
            guard scanner.peek(1) != quote || scanner.peek(2) != quote else {
                throw scanner.error("multi-line strings cannot be used as keys")
            }
            let name = try quote == "\"" ? parseBasicString() : parseLiteralString()
            return KeySegment(name: name, location: location)
        }
        let name = scanner.peekRun(while: \.isBareKeyCharacter)
        guard !name.isEmpty else {
            throw scanner.error("expected a key\(afterDot ? " after '.'" : ""), found \(scanner.currentDescription)")
        }
        scanner.advance(by: name.unicodeScalars.count)
        return KeySegment(name: name, location: location)
    }
}

extension Collection where Element == KeySegment {
    /// The key in TOML syntax, e.g. `server.'host name'`, for table headers in messages.
    var dottedName: String {
        map(\.name.tomlKeyText).joined(separator: ".")
    }

    /// The key in double quotes, e.g. `"server.port"`, for messages.
    var quotedName: String {
        "\"\(dottedName)\""
    }
}

extension String {
    /// The key as TOML would write it: bare when possible, otherwise quoted.
    var tomlKeyText: String {
        if !isEmpty && unicodeScalars.allSatisfy(\.isBareKeyCharacter) {
            return self
        }
        if !contains("'") && !unicodeScalars.contains(where: \.isForbiddenControl) {
            return "'\(self)'"
        }
        var escaped = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default:
                escaped += scalar.isForbiddenControl
                    ? "\\u" + scalar.codeDescription.dropFirst(2)
                    : String(scalar)
            }
        }
        return escaped + "\""
    }
}
