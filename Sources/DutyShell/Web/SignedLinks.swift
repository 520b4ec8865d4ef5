import Crypto
import Foundation

/// Personal links signed with a key kept in the state directory: the token carries its
/// grant and an HMAC-SHA256 over it, so a changed character makes it unknown.
struct SignedLinks: ActionLinks {
    let key: SymmetricKey

    /// The key in `directory`/web-link.key, made (mode 0600) on first use.
    static func load(directory: String) throws -> SignedLinks {
        let path = directory + "/web-link.key"
        if let data = FileManager.default.contents(atPath: path), data.count == 32 {
            return SignedLinks(key: SymmetricKey(data: data))
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw WebStartError.linkKey(path)
        }
        return SignedLinks(key: SymmetricKey(data: data))
    }

    /// A token granting `grant`.
    func issue(_ grant: LinkGrant) -> String {
        let subject: String
        switch grant.subject {
        case .alert(let id): subject = "a\(id)"
        case .shift(let id): subject = "s\(id)"
        case .hazard(let id): subject = "h\(id)"
        case .board(let unit): subject = "b\(unit)"
        }
        let payload = Data("\(grant.person)\u{1F}\(subject)\u{1F}\(Int(grant.expiresAt.timeIntervalSince1970))".utf8)
        return Self.base64URL(payload) + "." + Self.base64URL(signature(payload))
    }

    /// The grant of `token`; a token in any but its one canonical spelling is unknown, so a
    /// changed character never opens the same grant.
    func resolve(_ token: String, now: Date) -> Result<LinkGrant, LinkRefusal> {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Self.data(base64URL: parts[0]), let mac = Self.data(base64URL: parts[1]),
            mac == signature(payload), Self.base64URL(payload) == parts[0], Self.base64URL(mac) == parts[1],
            let text = String(data: payload, encoding: .utf8)
        else { return .failure(.unknown) }
        let fields = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3, let seconds = Int(fields[2]), let kind = fields[1].first else { return .failure(.unknown) }
        let id = String(fields[1].dropFirst())
        let subject: LinkSubject
        switch kind {
        case "a": guard let number = Int64(id) else { return .failure(.unknown) }; subject = .alert(number)
        case "s": subject = .shift(id)
        case "h": subject = .hazard(id)
        case "b": subject = .board(id)
        default: return .failure(.unknown)
        }
        let grant = LinkGrant(person: fields[0], subject: subject, expiresAt: Date(timeIntervalSince1970: Double(seconds)))
        return now < grant.expiresAt ? .success(grant) : .failure(.expired)
    }

    private func signature(_ payload: Data) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: payload, using: key)).prefix(16)
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func data(base64URL text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
