extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending in `…` when anything was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let next = used + of(character)
            guard next < width else { break }
            kept.append(character)
            used = next
        }
        return kept + "…"
    }
}
