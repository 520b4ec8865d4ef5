import DutyTOML

/// Decodes the `[web]` table: the field pages' listener, its public address and its limits.
enum WebSection {
    static let keys = [
        "listen", "public_url", "trusted_proxies", "max_connections", "request_timeout", "token_requests_per_minute",
        "address_requests_per_minute", "max_photo_bytes", "link_grace", "reply_secret",
    ]

    /// The settings, or nil when the table is absent or a present key was invalid (already reported).
    static func decode(_ table: TOMLTable?, log: DiagnosticLog) -> WebSettings?? {
        guard let table else { return .some(nil) }
        let before = log.diagnostics.count
        let reader = TableReader(table, context: "[web]", known: keys, log: log)
        var settings = WebSettings(publicURL: "")
        if let url = reader.requiredString("public_url", expected: "the address links start with, e.g. \"https://duty.rzedu.cn\"") {
            let text = url.value.hasSuffix("/") ? String(url.value.dropLast()) : url.value
            if (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.split(separator: "/").count >= 2 {
                settings.publicURL = text
            } else {
                log.report("invalid \"public_url\" \"\(url.value)\": expected an http:// or https:// address such as \"https://duty.rzedu.cn\"", at: url.location)
            }
        }
        if let listen = reader.string("listen") {
            if let (host, port) = ListenAddress.parse(listen.value) {
                (settings.host, settings.port) = (host, port)
            } else {
                log.report("invalid \"listen\" \"\(listen.value)\": expected an IP address and port such as \"127.0.0.1:8470\" or \"[::1]:8470\"", at: listen.location)
            }
        }
        for proxy in reader.strings("trusted_proxies") ?? [] {
            if ListenAddress.isIPAddress(proxy.value) {
                settings.trustedProxies.append(proxy.value)
            } else {
                log.report("invalid address \"\(proxy.value)\" in \"trusted_proxies\": expected an IP address such as \"127.0.0.1\" or \"::1\"", at: proxy.location)
            }
        }
        let limits: [(String, ClosedRange<Int64>, WritableKeyPath<WebSettings, Int>)] = [
            ("max_connections", 1...100_000, \.maxConnections),
            ("token_requests_per_minute", 1...100_000, \.tokenRequestsPerMinute),
            ("address_requests_per_minute", 1...1_000_000, \.addressRequestsPerMinute),
            ("max_photo_bytes", 1_024...100_000_000, \.maxPhotoBytes),
        ]
        for (key, range, path) in limits {
            guard let value = reader.integer(key) else { continue }
            if range.contains(value.value) {
                settings[keyPath: path] = Int(value.value)
            } else {
                log.report("\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), not \(value.value)", at: value.location)
            }
        }
        if let timeout = reader.duration("request_timeout") {
            settings.requestTimeout = timeout.value
        }
        if let grace = reader.duration("link_grace") {
            settings.linkGrace = grace.value
        }
        settings.replySecret = reader.string("reply_secret")?.value
        return log.diagnostics.count == before ? .some(settings) : nil
    }
}

/// The `host:port` forms `listen` accepts, and IP address literals.
enum ListenAddress {
    /// The host and port of `127.0.0.1:8470` or `[::1]:8470`, or nil.
    static func parse(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65_535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
            return host.contains(":") && isIPAddress(host) ? (host, port) : nil
        }
        return !host.contains(":") && isIPAddress(host) ? (host, port) : nil
    }

    /// Whether `text` is an IPv4 dotted quad or an IPv6 address.
    static func isIPAddress(_ text: String) -> Bool {
        if text.contains(":") {
            let groups = text.split(separator: ":", omittingEmptySubsequences: false)
            return (3...8).contains(groups.count) && groups.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            guard let value = Int(part), part.count <= 3, part.allSatisfy(\.isASCII) else { return false }
            return (0...255).contains(value)
        }
    }
}
