/// Rewrites the example configuration so that incidents climb in seconds, for tests that watch
/// escalations happen in real time.
enum FastPolicies {
    /// Incidents at a school climb to the district duty office, its head, then the city's duty office,
    /// one level per `step`; re-notified every `repeat` at the top; `resolve` after an acknowledgement.
    static func incidents(step: String = "1s", repeat: String = "2s", resolve: String = "3s") -> (String) -> String {
        { text in
            let marker = "[[policies]]\nkind = \"incident\""
            let kept = text.range(of: marker).map { String(text[..<$0.lowerBound]) } ?? text
            return kept + """
                [[policies]]
                kind = "incident"
                levels = [
                  { role = "duty_office", up = 1, timeout = "\(step)" },
                  { role = "head", up = 1, timeout = "\(step)" },
                  { role = "duty_office", up = 2, timeout = "\(step)" },
                ]
                repeat = "\(`repeat`)"
                resolve_within = "\(resolve)"

                """
        }
    }
}
