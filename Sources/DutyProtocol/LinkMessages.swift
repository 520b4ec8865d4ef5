/// Parameters of `io.dutyd.IssueLink`: the person a link acts as (none: a read-only link, such as
/// a wall screen's board) and what it opens (`kind` alert, shift, hazard, board or daily; `subject` its id).
public struct IssueLinkRequest: Codable, Sendable, Equatable {
    public var person: String?
    public var kind: String
    public var subject: String
    /// Refused when present: the reply carries the link once, and a kept reply would store it in clear.
    public var idempotencyKey: String?

    public init(person: String?, kind: String, subject: String) {
        self.person = person
        self.kind = kind
        self.subject = subject
    }

    enum CodingKeys: String, CodingKey {
        case person, kind, subject
        case idempotencyKey = "idempotency_key"
    }
}

/// Reply of `io.dutyd.IssueLink`: the link's address, shown once, and how it is listed.
public struct IssueLinkReply: Codable, Sendable, Equatable {
    public var url: String
    public var link: LinkInfo

    public init(url: String, link: LinkInfo) {
        self.url = url
        self.link = link
    }
}

/// Parameters of `io.dutyd.Links`: every link, or those of one person.
public struct LinksRequest: Codable, Sendable, Equatable {
    public var person: String?

    public init(person: String? = nil) {
        self.person = person
    }
}

/// Parameters of `io.dutyd.RevokeLinks`: a person (all their links), a link, or the prefix of its hash.
public struct RevokeLinksRequest: Codable, Sendable, Equatable {
    public var target: String

    public init(target: String) {
        self.target = target
    }
}

/// Reply of `io.dutyd.Links` and `io.dutyd.RevokeLinks`: the links listed or revoked.
public struct LinksReply: Codable, Sendable, Equatable {
    public var links: [LinkInfo]

    public init(links: [LinkInfo]) {
        self.links = links
    }
}

/// A personal link as dutyd shows it: never the link, only the start of its SHA-256.
public struct LinkInfo: Codable, Sendable, Equatable {
    /// The first 8 hex digits of the link's SHA-256.
    public var hash: String
    /// nil for a read-only link.
    public var person: String?
    public var personName: String?
    /// alert, shift, hazard, board or daily.
    public var kind: String
    public var subject: String
    public var createdAt: String
    /// nil while the link follows an item still open (an alert not resolved, a hazard not closed).
    public var expiresAt: String?
    public var revokedAt: String?
    /// Changes asked through the link.
    public var uses: Int
    public var lastUsedAt: String?

    public init(
        hash: String, person: String?, personName: String?, kind: String, subject: String, createdAt: String, expiresAt: String?,
        revokedAt: String?, uses: Int, lastUsedAt: String?
    ) {
        self.hash = hash
        self.person = person
        self.personName = personName
        self.kind = kind
        self.subject = subject
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.uses = uses
        self.lastUsedAt = lastUsedAt
    }

    enum CodingKeys: String, CodingKey {
        case hash, person, kind, subject, uses
        case personName = "person_name"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case revokedAt = "revoked_at"
        case lastUsedAt = "last_used_at"
    }
}
