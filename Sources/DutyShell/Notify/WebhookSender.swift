import DutyCore
import Foundation
import FoundationNetworking

/// `webhook` channels: an HTTP(S) POST of a JSON body in the generic, WeCom or DingTalk format.
/// A 2xx answer (and, for the robots, `errcode` 0) means delivered.
///
/// One sender per channel, kept by the outbox worker until a reload: its session keeps up to
/// `concurrency` connections open for the next deliveries. Each request still fails after `timeout`.
final class WebhookSender: ChannelSender {
    let format: WebhookFormat
    let urlSecret: String
    let signingSecret: String?
    let timeout: Duration
    let secrets: SecretStore
    private let session: URLSession

    init(format: WebhookFormat, urlSecret: String, signingSecret: String?, timeout: Duration, concurrency: Int, secrets: SecretStore) {
        self.format = format
        self.urlSecret = urlSecret
        self.signingSecret = signingSecret
        self.timeout = timeout
        self.secrets = secrets
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout.timeInterval
        configuration.httpMaximumConnectionsPerHost = concurrency
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    func deliver(
        _ notification: OutboundNotification, to person: Person?, on queue: DispatchQueue,
        completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void
    ) {
        let request: URLRequest
        do { request = try self.request(notification) } catch { return completion(.failure(error)) }
        let host = request.url?.host ?? "the webhook"
        let format = format
        // The session fails the request after `timeout` (the request's and the session's timeout).
        session.dataTask(with: request) { data, response, error in
            if let error { return completion(.failure(DeliveryError("cannot reach \(host): \(error.localizedDescription)"))) }
            completion(Self.outcome(status: (response as? HTTPURLResponse)?.statusCode ?? 0, answer: data ?? Data(), host: host, format: format))
        }.resume()
    }

    private func request(_ notification: OutboundNotification) throws(DeliveryError) -> URLRequest {
        var address = try secrets.read(urlSecret)
        if format == .dingtalk, let signingSecret {
            address = DingTalkSignature.signedURL(address, secret: try secrets.read(signingSecret), now: Date())
        }
        guard let url = URL(string: address), url.scheme == "http" || url.scheme == "https" else {
            throw DeliveryError("the URL in secret \"\(urlSecret)\" is not an http(s) URL")
        }
        var request = URLRequest(url: url, timeoutInterval: timeout.timeInterval)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(notification.key, forHTTPHeaderField: "X-Dutyd-Key")
        request.httpBody = Data(body(notification))
        return request
    }

    private static func outcome(status: Int, answer: Data, host: String, format: WebhookFormat) -> Result<String, DeliveryError> {
        guard (200..<300).contains(status) else { return .failure(DeliveryError("HTTP \(status) from \(host)")) }
        if format != .generic, let reply = try? JSONDecoder().decode(RobotReply.self, from: answer), reply.errcode != 0 {
            return .failure(DeliveryError("\(format.rawValue) robot refused: errcode \(reply.errcode) \(reply.errmsg ?? "")"))
        }
        return .success("HTTP \(status)")
    }

    private func body(_ notification: OutboundNotification) -> [UInt8] {
        switch format {
        case .generic: NotificationJSON.encoded(NotificationJSON.body(notification))
        case .wecom: NotificationJSON.encoded(RobotPayload.weCom(notification))
        case .dingtalk: NotificationJSON.encoded(RobotPayload.dingTalk(notification))
        }
    }
}

/// What the robots answer.
private struct RobotReply: Decodable {
    var errcode: Int
    var errmsg: String?
}
