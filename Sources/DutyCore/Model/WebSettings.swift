/// Settings of the field pages' HTTP listener, from the `[web]` table; absent, nothing listens.
public struct WebSettings: Sendable, Equatable {
    /// Host (an IP address or `localhost`) and port the listener binds.
    public var host: String
    public var port: Int
    /// What personal links start with, e.g. `https://duty.rzedu.cn` (no trailing slash).
    public var publicURL: String
    /// Peers whose `X-Forwarded-For` / `X-Real-IP` headers name the client; from anyone else they are ignored.
    public var trustedProxies: [String]
    /// Open connections beyond this wait in the kernel's backlog until one closes.
    public var maxConnections: Int
    /// A connection idle (or a client sending a request slowly) this long is closed.
    public var requestTimeout: Duration
    /// Requests one link may make per minute; more get 429.
    public var tokenRequestsPerMinute: Int
    /// Requests one client address may make per minute; more get 429.
    public var addressRequestsPerMinute: Int
    /// The largest photo accepted, in bytes.
    public var maxPhotoBytes: Int
    /// How long a personal link keeps working after its item ends (an alert resolved, a hazard closed, a shift over).
    public var linkGrace: Duration
    /// The credential name (or file path) of the secret the SMS gateway sends with `POST /sms/reply`;
    /// nil: the route answers 404.
    public var replySecret: String?

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8470
    public static let defaultMaxConnections = 256
    public static let defaultRequestTimeout = Duration.seconds(10)
    public static let defaultTokenRequestsPerMinute = 30
    public static let defaultAddressRequestsPerMinute = 600
    public static let defaultMaxPhotoBytes = 5 * 1024 * 1024
    public static let defaultLinkGrace = Duration.seconds(24 * 3_600)

    public init(
        host: String = defaultHost, port: Int = defaultPort, publicURL: String, trustedProxies: [String] = [],
        maxConnections: Int = defaultMaxConnections, requestTimeout: Duration = defaultRequestTimeout,
        tokenRequestsPerMinute: Int = defaultTokenRequestsPerMinute, addressRequestsPerMinute: Int = defaultAddressRequestsPerMinute,
        maxPhotoBytes: Int = defaultMaxPhotoBytes, linkGrace: Duration = defaultLinkGrace, replySecret: String? = nil
    ) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.trustedProxies = trustedProxies
        self.maxConnections = maxConnections
        self.requestTimeout = requestTimeout
        self.tokenRequestsPerMinute = tokenRequestsPerMinute
        self.addressRequestsPerMinute = addressRequestsPerMinute
        self.maxPhotoBytes = maxPhotoBytes
        self.linkGrace = linkGrace
        self.replySecret = replySecret
    }
}
