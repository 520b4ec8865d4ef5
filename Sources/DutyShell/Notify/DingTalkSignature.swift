import Crypto
import DutyCore
import Foundation

/// The signature DingTalk custom robots require: HMAC-SHA256 of "timestamp\nsecret" keyed
/// with the secret, base64-encoded, then percent-encoded for the URL.
enum DingTalkSignature {
    static func sign(timestampMilliseconds: Int64, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestampMilliseconds)\n\(secret)".utf8), using: key)
        let base64 = Data(mac).base64EncodedString()
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return base64.addingPercentEncoding(withAllowedCharacters: allowed) ?? base64
    }

    /// `url` with `timestamp` and `sign` appended.
    static func signedURL(_ url: String, secret: String, now: Date) -> String {
        let timestamp = now.milliseconds
        let separator = url.contains("?") ? "&" : "?"
        return url + separator + "timestamp=\(timestamp)&sign=\(sign(timestampMilliseconds: timestamp, secret: secret))"
    }
}
