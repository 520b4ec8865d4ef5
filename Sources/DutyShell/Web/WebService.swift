import DutyCore
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// The field pages' HTTP listener (a Hummingbird `Application`, itself a `Service`), built when
/// `[web]` is configured; a listener that cannot bind stops dutyd with the reason. When systemd
/// passed a socket named `web` (`dutyd-web.socket`), the pages are served on it instead of `listen`.
public enum WebService {
    /// The listener's service for the daemon's group, or nil without `[web]`.
    public static func make(daemon: Daemon, logger: Logger) async throws -> (any Service)? {
        let loaded = await daemon.fieldPages().loaded
        guard let web = loaded.configuration.web else { return nil }
        let links = LinkStore(store: daemon.store, grace: web.linkGrace)
        var routes = FieldRoutes(daemon: daemon, links: links, settings: web, stateDirectory: loaded.stateDirectory, logger: logger)
        if let name = web.replySecret { routes.replySecret = try ReplySecret.load(name, from: loaded.secrets) }
        if let fd = SocketActivation.webSocket() {
            return ActivatedWebListener(fd: fd, responder: routes.router().buildResponder(), settings: web, logger: logger)
        }
        let seconds = Int64(web.requestTimeout.components.seconds)
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        return Application(
            router: routes.router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(max(seconds, 1)))),
            configuration: ApplicationConfiguration(
                address: .hostname(web.host, port: web.port), serverName: "dutyd",
                availableConnectionsDelegate: MaximumAvailableConnections(web.maxConnections)),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? web.host):\($0.port ?? web.port)" } ?? "\(web.host):\(web.port)"
                logger.journal(
                    .webListening, .notice, "field pages listening on \(address) for \(web.publicURL)",
                    fields: ["listen": address, "public_url": web.publicURL])
            },
            logger: quiet)
    }
}

/// Why the field pages could not start.
enum WebStartError: Error, CustomStringConvertible {
    case replySecret(String)

    var description: String {
        switch self {
        case .replySecret(let reason): "[web] reply_secret: \(reason)"
        }
    }
}
