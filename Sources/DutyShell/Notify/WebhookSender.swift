import DutyCore
import Foundation
import FoundationNetworking
import Synchronization

/// `webhook` channels: an HTTP(S) POST of a JSON body in the generic, WeCom or DingTalk format.
/// A 2xx answer (and, for the robots, `errcode` 0) means delivered.
struct WebhookSender: ChannelSender {
    let format: WebhookFormat
    let urlSecret: String
    let signingSecret: String?
    let timeout: Duration
    let secrets: SecretStore

    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String {
        var address = try secrets.read(urlSecret)
        if format == .dingtalk, let signingSecret {
            address = DingTalkSignature.signedURL(address, secret: try secrets.read(signingSecret), now: Date())
        }
        guard let url = URL(string: address), url.scheme == "http" || url.scheme == "https" else {
            throw DeliveryError("the URL in secret \"\(urlSecret)\" is not an http(s) URL")
        }
        var request = URLRequest(url: url, timeoutInterval: Double(timeout.components.seconds))
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(notification.key, forHTTPHeaderField: "X-Dutyd-Key")
        request.httpBody = Data(body(notification))
        let (status, answer) = try post(request)
        guard (200..<300).contains(status) else { throw DeliveryError("HTTP \(status) from \(url.host ?? "the webhook")") }
        if format != .generic, let reply = try? JSONDecoder().decode(RobotReply.self, from: answer), reply.errcode != 0 {
            throw DeliveryError("\(format.rawValue) robot refused: errcode \(reply.errcode) \(reply.errmsg ?? "")")
        }
        return "HTTP \(status)"
    }

    private func body(_ notification: OutboundNotification) -> [UInt8] {
        switch format {
        case .generic: NotificationJSON.encoded(NotificationJSON.body(notification))
        case .wecom, .dingtalk: NotificationJSON.encoded(RobotText(text: .init(content: notification.text)))
        }
    }

    private func post(_ request: URLRequest) throws(DeliveryError) -> (Int, Data) {
        let result = Mutex<Result<(Int, Data), DeliveryError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = request.timeoutInterval
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request) { data, response, error in
            let outcome: Result<(Int, Data), DeliveryError> =
                if let error { .failure(DeliveryError("cannot reach \(request.url?.host ?? "the webhook"): \(error.localizedDescription)")) }
                else { .success(((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data())) }
            result.withLock { $0 = outcome }
            done.signal()
        }.resume()
        if done.wait(timeout: .now() + .seconds(Int(timeout.components.seconds) + 5)) == .timedOut {
            throw DeliveryError("no answer from \(request.url?.host ?? "the webhook") within \(DurationText.short(timeout))")
        }
        return try result.withLock { $0! }.get()
    }
}

/// The text message both robot formats accept.
private struct RobotText: Encodable {
    struct Content: Encodable { var content: String }
    var msgtype = "text"
    var text: Content
}

/// What the robots answer.
private struct RobotReply: Decodable {
    var errcode: Int
    var errmsg: String?
}
