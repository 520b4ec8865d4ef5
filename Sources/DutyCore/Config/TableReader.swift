import DutyPhrases
import DutyTOML

/// Reads typed fields out of one TOML table, reporting missing keys, wrong types and unknown keys.
struct TableReader {
    let table: TOMLTable
    /// How the table is named in messages, e.g. `[daemon]` or `[[units]] entry 3`.
    let context: String
    let log: DiagnosticLog

    /// Starts reading `table`, reporting at once every key not in `known`.
    init(_ table: TOMLTable, context: String, known: [String], log: DiagnosticLog) {
        self.table = table
        self.context = context
        self.log = log
        for entry in table.entries where !known.contains(entry.key) {
            let phrase = Self.closest(to: entry.key, among: known).map { Phrase("config.unknownKeySuggest", entry.key, context, $0) }
                ?? Phrase("config.unknownKey", entry.key, context, known.joined(separator: ", "))
            log.report(phrase, at: entry.keyLocation)
        }
    }

    /// Reports that a required key is absent, at the table's own position.
    func reportMissing(_ key: String, expected: String) {
        log.report(Phrase("config.missingKey", key, context, expected), at: table.location)
    }

    func string(_ key: String) -> Located<String>? {
        guard let node = table[key]?.node else { return nil }
        guard case .string(let value) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.string"))
        }
        return Located(value, at: node.location)
    }

    func requiredString(_ key: String, expected: String = "a string") -> Located<String>? {
        guard table[key] != nil else {
            reportMissing(key, expected: expected)
            return nil
        }
        guard let value = string(key) else { return nil }
        guard !value.value.trimmingSpaces.isEmpty else {
            log.report(Phrase("config.empty", key, context), at: value.location)
            return nil
        }
        return value
    }

    func integer(_ key: String) -> Located<Int64>? {
        guard let node = table[key]?.node else { return nil }
        guard case .integer(let value) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.integer"))
        }
        return Located(value, at: node.location)
    }

    func boolean(_ key: String) -> Located<Bool>? {
        guard let node = table[key]?.node else { return nil }
        guard case .boolean(let value) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.boolean"))
        }
        return Located(value, at: node.location)
    }

    func duration(_ key: String) -> Located<Duration>? {
        guard let node = table[key]?.node else { return nil }
        guard case .string(let value) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.duration"))
        }
        let text = Located(value, at: node.location)
        guard let duration = DurationSyntax.parse(text.value) else {
            log.report(Phrase("config.invalidDuration", text.value, key), at: text.location)
            return nil
        }
        guard duration > .zero else {
            log.report(Phrase("config.notPositive", "\(key)"), at: text.location)
            return nil
        }
        guard duration <= DurationSyntax.longest else {
            log.report(Phrase("config.durationTooLong", "\(key)", "\(text.value)", "\(DurationSyntax.format(DurationSyntax.longest))"), at: text.location)
            return nil
        }
        return Located(duration, at: text.location)
    }

    func requiredDuration(_ key: String) -> Located<Duration>? {
        guard table[key] != nil else {
            reportMissing(key, expected: "a duration such as \"30m\", \"2h\" or \"1d\"")
            return nil
        }
        return duration(key)
    }

    /// A string that must be one of the raw values of `T`.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> Located<T>? where T.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = T(rawValue: text.value) else {
            let options = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            log.report(Phrase("config.invalidChoice", key, text.value, options), at: text.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    func requiredChoice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> Located<T>? where T.RawValue == String {
        guard table[key] != nil else {
            let options = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            reportMissing(key, expected: "one of \(options)")
            return nil
        }
        return choice(key, as: type)
    }

    /// An array whose elements must all be strings; bad elements are reported and skipped.
    func strings(_ key: String) -> [Located<String>]? {
        guard let node = table[key]?.node else { return nil }
        guard case .array(let elements) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.strings"))
        }
        return elements.compactMap { element in
            guard case .string(let value) = element.value else {
                log.report(Phrase("config.elementsStrings", "\(key)", "\(element.value.typeName)", "\(Phrase("config.type.\(element.value.typeName)").chinese)"), at: element.location)
                return nil
            }
            return Located(value, at: element.location)
        }
    }

    func subtable(_ key: String) -> TOMLTable? {
        guard let node = table[key]?.node else { return nil }
        guard case .table(let value) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.table"))
        }
        return value
    }

    /// An array of tables (`[[key]]` or an array of inline tables); other elements are reported and skipped.
    func tables(_ key: String) -> [TOMLTable] {
        guard let node = table[key]?.node else { return [] }
        guard case .array(let elements) = node.value else {
            return mismatch(key, node, expected: Phrase("config.expected.tables", key)) ?? []
        }
        return elements.compactMap { element in
            guard case .table(let value) = element.value else {
                log.report(Phrase("config.elementsTables", "\(key)", "\(element.value.typeName)", "\(Phrase("config.type.\(element.value.typeName)").chinese)"), at: element.location)
                return nil
            }
            return value
        }
    }

    private func mismatch<T>(_ key: String, _ node: TOMLNode, expected: Phrase) -> T? {
        let type = Phrase("config.type.\(node.value.typeName)")
        log.report(Phrase("config.mismatch", key, context, expected.english, expected.chinese, node.value.typeName, type.chinese), at: node.location)
        return nil
    }

    /// The known key within edit distance 2 of `key`, if any.
    private static func closest(to key: String, among known: [String]) -> String? {
        EditDistance.closest(to: key, among: known, limit: 2).first
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
