import DutyProtocol
import Foundation
import HTTPTypes
import Hummingbird

extension FieldRoutes {
    /// `POST /sms/reply`: the SMS gateway hands in a reply (form fields `from` and `text`) with
    /// `Authorization: Bearer SECRET`. The reply runs exactly as `dutyctl reply` runs it, as the
    /// sender's person `via sms`; the body answered is the Chinese text to send back to the phone,
    /// also when the reply changed nothing (`Dutyd-Reply: refused`). A wrong secret gets 401 and
    /// changes nothing; the client's address is rate-limited as for the pages.
    func smsReply(_ request: Request, _ context: FieldContext, secret: ReplySecret) async -> Response {
        let address = address(of: request, context)
        guard addressLimiter.allow(address, now: Date()) else {
            refusedReply("rate limit", address: address)
            var response = Self.text(.tooManyRequests, "too many requests from \(address): retry in a minute")
            response.headers[.retryAfter] = "60"
            return response
        }
        let presented = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil } ?? ""
        guard secret.matches(presented) else {
            refusedReply("missing or wrong secret", address: address)
            var response = Self.text(.unauthorized, "missing or wrong secret: send the one [web] reply_secret names as \"Authorization: Bearer SECRET\"")
            response.headers[.wwwAuthenticate] = "Bearer realm=\"dutyd\""
            return response
        }
        var body = request
        guard let data = try? await body.collectBody(upTo: Self.maxFormBytes) else {
            return Self.text(.contentTooLarge, "the form is larger than \(Self.maxFormBytes / 1024) KB")
        }
        let fields = FormBody.parse(String(decoding: data.readableBytesView, as: UTF8.self))
        guard let from = fields["from"], let text = fields["text"] else {
            return Self.text(.badRequest, "expected the form fields \"from\" (the sender's number) and \"text\" (the reply)")
        }
        switch await daemon.smsReply(from: from, text: text) {
        case .answered(let reply):
            var response = Self.text(.ok, reply.answer)
            response.headers[HTTPField.Name("Dutyd-Reply")!] = reply.accepted ? "accepted" : "refused"
            return response
        case .failed(let reason):
            return Self.text(.serviceUnavailable, "the reply was not recorded, nothing changed: \(reason)")
        }
    }

    /// Logs a refused gateway request with the client's address.
    private func refusedReply(_ reason: String, address: String) {
        logger.journal(.webRequestRefused, .warning, "SMS reply request refused: \(reason) (client \(address))", fields: ["client": address])
    }

    /// A plain-text response: the answer for the phone, or why the gateway's request was refused.
    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
