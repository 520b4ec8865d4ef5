/// Rewrites the example configuration so that everyone is reached through one test channel.
enum ChannelRewrite {
    /// Adds `channel` (TOML lines after `id`) as a channel with id `id` and makes it the only
    /// channel (besides the journal) of everyone who had the `sms` channel.
    static func everyone(to id: String, _ channel: String) -> (String) -> String {
        { text in
            text.replacingOccurrences(of: "channels = [\"sms\"]", with: "channels = [\"\(id)\"]")
                .replacingOccurrences(of: "[[units]]\nid = \"sd\"", with: "[[channels]]\nid = \"\(id)\"\n\(channel)\n\n[[units]]\nid = \"sd\"")
        }
    }
}
