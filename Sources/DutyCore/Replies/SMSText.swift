/// The length rule of SMS notifications: at most two 70-character segments, reply code included.
public enum SMSText {
    /// Two segments of 70 UCS-2 characters.
    public static let limit = 140

    /// `text` followed by `suffix`, the text shortened with `…` where both would not fit. When
    /// `text` names `kept` (an action link), the link and the sentence leading to it (from the
    /// last `。` before it) stay whole, and what comes before them is shortened.
    public static func fitted(_ text: String, suffix: String = "", keeping kept: String? = nil) -> String {
        guard let kept, let range = text.range(of: kept) else { return shortened(text, to: limit - suffix.utf16.count) + suffix }
        let sentence = text[..<range.lowerBound].lastIndex(of: "。").map(text.index(after:)) ?? range.lowerBound
        let room = limit - suffix.utf16.count - text[sentence...].utf16.count
        let cut = room >= minimumLead ? sentence : range.lowerBound
        return shortened(String(text[..<cut]), to: limit - suffix.utf16.count - text[cut...].utf16.count) + text[cut...] + suffix
    }

    /// The fewest characters of a message kept before the sentence of its link.
    static let minimumLead = 20

    /// `text`, or as much of it as fits in `room` UTF-16 units with `…` after it.
    private static func shortened(_ text: String, to room: Int) -> String {
        guard text.utf16.count > room else { return text }
        var kept = ""
        for character in text {
            guard kept.utf16.count + character.utf16.count <= room - 1 else { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
