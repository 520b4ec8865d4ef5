extension TableReader {
    /// A span of local hours written `"12:00-14:00"` (or across midnight, `"22:00-07:00"`); two equal times are refused.
    func hours(_ key: String) -> Located<(from: TimeOfDay, to: TimeOfDay)>? {
        guard let text = string(key) else { return nil }
        let parts = text.value.split(separator: "-", omittingEmptySubsequences: false).map { TimeOfDay(String(String($0).trimmingSpaces)) }
        guard parts.count == 2, let from = parts[0], let to = parts[1], from != to else {
            log.report("\"\(key)\" must be two different times of day such as \"12:00-14:00\" or \"22:00-07:00\", not \"\(text.value)\"", at: text.location)
            return nil
        }
        return Located((from, to), at: text.location)
    }
}
