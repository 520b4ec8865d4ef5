/// The length rule of SMS notifications: at most two 70-character segments, reply code included.
public enum SMSText {
    /// Two segments of 70 UCS-2 characters.
    public static let limit = 140

    /// `text` followed by `suffix`, the text shortened with `…` where both would not fit.
    public static func fitted(_ text: String, suffix: String = "") -> String {
        let room = limit - suffix.utf16.count
        guard text.utf16.count > room else { return text + suffix }
        var kept = ""
        for character in text {
            guard kept.utf16.count + character.utf16.count <= room - 1 else { break }
            kept.append(character)
        }
        return kept + "…" + suffix
    }
}
