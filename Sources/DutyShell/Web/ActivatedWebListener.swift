import DutyCore
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The field pages on the listening socket systemd passed (`dutyd-web.socket`). Hummingbird's
/// `Application` binds its own address and cannot adopt a socket, so this accepts on it with
/// SwiftNIO and serves every connection with Hummingbird's HTTP/1 channel, the same router,
/// connection cap and idle timeout. At shutdown it stops accepting; open connections end at
/// their idle timeout.
struct ActivatedWebListener: Service {
    let fd: Int32
    let responder: RouterResponder<FieldContext>
    let settings: WebSettings
    let logger: Logger

    func run() async throws {
        let (responder, logger, maxConnections) = (responder, logger, settings.maxConnections)
        let http = HTTP1Channel(
            responder: { request, writer, channel in
                let context = FieldContext(source: .init(channel: channel, logger: logger))
                var response = (try? await responder.respond(to: request, context: context)) ?? Response(status: .internalServerError)
                response.headers[.server] = "dutyd"
                try await writer.write(response: response.head, body: response.body)
            },
            configuration: .init(idleTimeout: .seconds(max(Int64(settings.requestTimeout.components.seconds), 1))))
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(AvailableConnectionsChannelHandler(maxConnections: maxConnections))
                }
            }
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .bind(fd) { channel in http.setup(channel: channel, logger: logger) }
        let address = server.channel.localAddress.map { "\($0)" } ?? "fd \(fd)"
        logger.journal(
            .webListening, .notice, "field pages listening on the socket systemd passed (\(address)) for \(settings.publicURL)",
            fields: ["listen": address, "public_url": settings.publicURL])
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await http.handle(value: connection, logger: logger) }
                    }
                }
            }
        } onGracefulShutdown: {
            server.channel.close(promise: nil)
        }
    }
}
