/// Levenshtein distance, for "did you mean" suggestions in configuration and spreadsheet errors.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidates within `limit` edits of `text`, nearest first (ties in the candidates' order).
    static func closest(to text: String, among candidates: some Sequence<String>, limit: Int) -> [String] {
        candidates
            .map { ($0, between(text, $0)) }
            .filter { $0.1 <= limit }
            .enumerated()
            .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
            .map(\.element.0)
    }
}
