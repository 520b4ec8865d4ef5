import DutyCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The field pages' route table: `GET /a/TOKEN` shows what the link opens; `POST
/// /a/TOKEN/ACTION` changes it, spending the page's anti-forgery token. Nothing else is served.
struct FieldRoutes: Sendable {
    let daemon: Daemon
    let links: any ActionLinks
    let settings: WebSettings
    let forms = FormTokens()
    let photos: PhotoStore
    let tokenLimiter: RateLimiter
    let addressLimiter: RateLimiter
    let logger: Logger
    /// The SMS gateway's secret (`[web] reply_secret`); without it `POST /sms/reply` is not served.
    var replySecret: ReplySecret?

    init(daemon: Daemon, links: any ActionLinks, settings: WebSettings, stateDirectory: String, logger: Logger) {
        self.daemon = daemon
        self.links = links
        self.settings = settings
        self.logger = logger
        photos = PhotoStore(directory: stateDirectory)
        tokenLimiter = RateLimiter(perMinute: settings.tokenRequestsPerMinute)
        addressLimiter = RateLimiter(perMinute: settings.addressRequestsPerMinute)
    }

    /// The router with every route of the listener.
    func router() -> Router<FieldContext> {
        let router = Router(context: FieldContext.self)
        router.get("/a/:token") { request, context in await show(request, context) }
        router.post("/a/:token/:action") { request, context in await change(request, context) }
        router.get("/a/:token/photo/:name") { request, context in await photo(request, context) }
        router.get("/a/:token/shifts.ics") { request, context in await calendar(request, context) }
        router.get("/healthz") { _, _ in "ok" }
        if let replySecret { router.post("/sms/reply") { request, context in await smsReply(request, context, secret: replySecret) } }
        return router
    }

    /// `GET /a/TOKEN`: the page of the link's item, with a fresh anti-forgery token.
    func show(_ request: Request, _ context: FieldContext) async -> Response {
        let token = context.parameters.get("token") ?? ""
        let (grant, pages): (LinkGrant, FieldPages)
        switch await admit(token: token, request, context) {
        case .refused(let response): return response
        case .granted(let granted, let committed): (grant, pages) = (granted, committed)
        }
        let form = forms.issue(link: token, now: Date())
        let notice = request.uri.queryParameters.get("done").flatMap(FieldAction.init(rawValue:))?.doneText
        let person = grant.person
        let base = "/a/" + token
        let page: (template: String, view: any Sendable)?
        switch grant.subject {
        case .alert(let id): page = pages.alert(id, person: person).map { ("alert", $0) }
        case .shift(let id): page = pages.shift(id, person: person).map { ("shift", $0) }
        case .hazard(let id): page = pages.hazard(id, person: person, photos: photos, base: base).map { ("hazard", $0) }
        case .board(let unit): page = pages.board(unit, at: Date()).map { ("board", $0) }
        case .daily(let unit): page = pages.daily(unit, person: person, at: Date()).map { ("daily", $0) }
        }
        guard let page else { return Self.message(.notFound, "事项不存在", "链接所指的事项已不存在，可能已被删除。") }
        let html = PageTemplates.render(PageContext(view: page.view, base: base, form: form, notice: notice), template: page.template) ?? ""
        return Self.page(.ok, html)
    }
    /// `GET /a/TOKEN/shifts.ics`: the shifts of a shift link's person as iCalendar, as `dutyctl roster --ical` writes them.
    func calendar(_ request: Request, _ context: FieldContext) async -> Response {
        let token = context.parameters.get("token") ?? ""
        let (grant, pages): (LinkGrant, FieldPages)
        switch await admit(token: token, request, context) {
        case .refused(let response): return response
        case .granted(let granted, let committed): (grant, pages) = (granted, committed)
        }
        let configuration = pages.loaded.configuration
        guard case .shift = grant.subject, let person = grant.person.flatMap(configuration.person) else {
            return Self.message(.forbidden, "无权操作", "只有本人的值班班次链接可以下载值班日历。")
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"shifts.ics\""
        headers[.cacheControl] = "no-store"
        let text = ShiftCalendar(configuration: configuration).ics(person: person, now: Date())
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `GET /a/TOKEN/photo/NAME`: one stored photo of the link's hazard.
    func photo(_ request: Request, _ context: FieldContext) async -> Response {
        let token = context.parameters.get("token") ?? ""
        guard case .granted(let grant, _) = await admit(token: token, request, context), case .hazard(let id) = grant.subject,
            let name = context.parameters.get("name"), let found = photos.photo(id, name: name)
        else { return Self.message(.notFound, "照片不存在", "没有找到这张照片。") }
        let (data, type) = found
        var headers = HTTPFields()
        headers[.contentType] = type.contentType
        headers[.cacheControl] = "private, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The grant of `token` if the client and the token are within their rates and the token is good; else the refusal page.
    func admit(token: String, _ request: Request, _ context: FieldContext) async -> Admission {
        let now = Date()
        let address = address(of: request, context)
        guard addressLimiter.allow(address, now: now), tokenLimiter.allow(token, now: now) else {
            refused("rate limit", token: token, address: address)
            var response = Self.message(.tooManyRequests, "操作过于频繁", "请一分钟后再试。")
            response.headers[.retryAfter] = "60"
            return .refused(response)
        }
        let pages = await daemon.fieldPages()
        switch links.resolve(token, now: now, in: pages.state) {
        case .success(let grant): return .granted(grant, pages)
        case .failure(let refusal):
            refused("link \(refusal)", token: token, address: address)
            switch refusal {
            case .unknown: return .refused(Self.message(.notFound, "链接无效", "此链接无效，请核对短信或消息中的链接是否完整。"))
            case .expired: return .refused(Self.message(.gone, "链接已过期", "此链接已过期。如仍需处理，请联系本单位值班室。"))
            case .revoked: return .refused(Self.message(.gone, "链接已撤销", "此链接已被撤销。如仍需处理，请联系本单位值班室。"))
            case .storageUnavailable: return .refused(Self.storageUnavailable())
            }
        }
    }

    func address(of request: Request, _ context: FieldContext) -> String {
        ClientAddress.of(peer: context.peer, headers: request.headers, trusted: Set(settings.trustedProxies))
    }

    /// Logs a refused request with the link's hash prefix, never the link.
    func refused(_ reason: String, token: String, address: String) {
        let hash = String(LinkToken.hash(token).prefix(8))
        logger.journal(.webRequestRefused, .warning, "field page request refused: \(reason) (link \(hash)…, client \(address))", fields: ["link_hash": hash, "client": address])
    }

    /// An HTML response that no cache keeps and no referrer leaks.
    static func page(_ status: HTTPResponse.Status, _ html: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page saying the database cannot be written now, so nothing changed.
    static func storageUnavailable() -> Response {
        message(.serviceUnavailable, "暂时无法保存", "服务器的数据盘暂时无法写入，未做任何更改。请稍后重试，紧急情况请电话联系值班室。")
    }

    /// A page with one Chinese message.
    static func message(_ status: HTTPResponse.Status, _ title: String, _ text: String) -> Response {
        let style = status.code < 400 ? "notice" : "error"
        let view = MessageView(title: title, text: text, style: style)
        return page(status, PageTemplates.render(PageContext(view: view), template: "message") ?? text)
    }
}

/// A request let through to its link's grant, with what the engine had committed when it was granted; or the page refusing it.
enum Admission {
    case granted(LinkGrant, FieldPages)
    case refused(Response)
}
