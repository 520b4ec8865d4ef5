/// The English and Chinese templates of every `Phrase` code, shared by dutyd and dutyctl.
public enum Phrasebook {
    /// One sentence in both languages, its arguments marked `{0}`, `{1}`, ….
    public struct Entry: Sendable {
        public let english: String
        public let chinese: String
    }

    /// Every code, from the tables of each area.
    public static let entries: [String: Entry] = [commands, configuration, configurationDetails, spreadsheets, ledgers, values, dutyOffice, swaps, links].reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }

    /// The sentence of `code` with its arguments, or nil for a code this build does not know.
    /// Arguments are put in as they are: a `{1}` inside an argument stays as written.
    public static func render(code: String, arguments: [String], chinese: Bool) -> String? {
        guard let entry = entries[code] else { return nil }
        let template = chinese ? entry.chinese : entry.english
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                text += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// Builds a table from `code: (English, Chinese)` pairs.
    static func table(_ pairs: KeyValuePairs<String, (String, String)>) -> [String: Entry] {
        Dictionary(pairs.map { ($0.key, Entry(english: $0.value.0, chinese: $0.value.1)) }, uniquingKeysWith: { first, _ in first })
    }
}
