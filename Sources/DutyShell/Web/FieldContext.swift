import Hummingbird
import NIOCore

/// The request context of the field pages: Hummingbird's core storage and the peer's address.
struct FieldContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connected peer (nginx, when it sits in front), as an IP address.
    let peer: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
    }
}
