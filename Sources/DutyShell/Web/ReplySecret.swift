import Crypto
import Foundation

/// The shared secret the SMS gateway proves itself with on `POST /sms/reply`, kept as its
/// SHA-256 digest and compared in constant time.
struct ReplySecret: Sendable {
    /// The shortest secret accepted: shorter ones could be guessed within the rate limits.
    static let minimumLength = 16
    private let digest: [UInt8]

    /// The secret `text`, or nil when it is shorter than `minimumLength`.
    init?(_ text: String) {
        guard text.utf8.count >= Self.minimumLength else { return nil }
        digest = Array(SHA256.hash(data: Data(text.utf8)))
    }

    /// Whether `presented` is the secret; takes the same time whatever it is, or however much of it matches.
    func matches(_ presented: String) -> Bool {
        let other = Array(SHA256.hash(data: Data(presented.utf8)))
        var difference: UInt8 = 0
        for (mine, theirs) in zip(digest, other) { difference |= mine ^ theirs }
        return difference == 0
    }

    /// The secret named in `[web] reply_secret`, read as channel secrets are (a credential or a file).
    static func load(_ name: String, from secrets: SecretStore) throws(WebStartError) -> ReplySecret {
        let text: String
        do {
            text = try secrets.read(name)
        } catch {
            throw .replySecret("\(error)")
        }
        guard let secret = ReplySecret(text) else {
            throw .replySecret("the secret \"\(name)\" is shorter than \(minimumLength) characters: use a long random one, e.g. from `openssl rand -hex 32`")
        }
        return secret
    }
}
