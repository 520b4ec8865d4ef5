import DutyCore
import Foundation
import Hummingbird

extension FieldRoutes {
    /// The most photos one 已整改 carries.
    static let maxPhotos = 3
    /// The largest form without photos.
    static let maxFormBytes = 16 * 1024

    /// `POST /a/TOKEN/ACTION`: one change as the link's person, once per page.
    ///
    /// The change runs as the engine runs dutyctl's, as the link's person (`via link`, with the
    /// address a trusted proxy reported), keyed by the page's anti-forgery token: a retried POST
    /// gets the first answer and changes nothing again. Photos are stored before the change and
    /// removed unless it is made.
    func change(_ request: Request, _ context: FieldContext) async -> Response {
        let token = context.parameters.get("token") ?? ""
        let (grant, pages): (LinkGrant, FieldPages)
        switch await admit(token: token, request, context) {
        case .refused(let response): return response
        case .granted(let granted, let committed): (grant, pages) = (granted, committed)
        }
        let address = address(of: request, context)
        guard let person = grant.person, let action = context.parameters.get("action").flatMap(FieldAction.init(rawValue:)),
            action.applies(to: grant.subject)
        else {
            refused("action not allowed for this link", token: token, address: address)
            return Self.message(.forbidden, "无权操作", "此链接不能用于该操作。")
        }
        let form: MultipartForm
        switch await readForm(request, allowingPhotos: action == .rectified) {
        case .refused(let response): return response
        case .read(let read): form = read
        }
        let note = form.fields["note"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        if action.needsNote && (note ?? "").isEmpty {
            return Self.message(.badRequest, "请填写说明", "“\(action.doneText)”需要填写说明，请返回填写后再提交。")
        }
        var images: [([UInt8], PhotoStore.ImageType)] = []
        for file in form.files where file.field == "photo" {
            guard let type = PhotoStore.ImageType(file.data) else {
                return Self.message(.unsupportedMediaType, "照片格式不支持", "只接受 JPEG 或 PNG 照片，请重新选择。")
            }
            guard file.data.count <= settings.maxPhotoBytes else {
                return Self.message(.contentTooLarge, "照片过大", "每张照片不能超过 \(settings.maxPhotoBytes / 1024) KB，请压缩后重试。")
            }
            images.append((file.data, type))
        }
        guard images.count <= Self.maxPhotos else {
            return Self.message(.contentTooLarge, "照片过多", "最多上传 \(Self.maxPhotos) 张照片。")
        }
        let actor = ActorIdentity.link(ActorPerson(id: person, name: pages.personName(person)), address: address)
        if action == .verify, case .hazard(let id) = grant.subject, pages.state.hazards.hazards[id]?.rectifiedBy?.party == actor.party {
            return Self.message(.forbidden, "不能验收", "您报告了本次整改，须由其他人验收销号。")
        }
        guard let formToken = form.fields["form"], forms.accepts(formToken, link: token, now: Date()) else {
            refused("anti-forgery token missing, unknown or expired", token: token, address: address)
            return Self.message(.conflict, "请勿重复提交", "此页面已过期，未做任何更改。请返回并刷新页面后再操作。")
        }
        var stored: [String] = []
        var recorded = note?.isEmpty == false ? note : nil
        if case .hazard(let id) = grant.subject, !images.isEmpty {
            do {
                stored = try photos.store(images, hazard: id, at: Date())
            } catch {
                logger.journal(.webRequestRefused, .error, "cannot store photos of hazard \(id) under \(photos.directory): \(error)", fields: ["hazard": id])
                return Self.message(.internalServerError, "照片未能保存", "服务器未能保存照片，未做任何更改。请稍后重试或联系值班室。")
            }
            recorded = [recorded, "附整改照片 \(stored.count) 张"].compactMap { $0 }.joined(separator: "；")
        }
        let outcome = await daemon.perform(action.command(for: grant.subject, person: person, note: recorded, actor: actor), key: "link:" + formToken, method: "web." + action.rawValue, link: grant.hash)
        if case .done = outcome { return Self.done(action, token: token) }
        if case .hazard(let id) = grant.subject { photos.remove(stored, hazard: id) }
        switch outcome {
        case .done, .repeated: return Self.done(action, token: token)
        case .tokenUsedForOther:
            refused("anti-forgery token already used for another action", token: token, address: address)
            return Self.message(.conflict, "请勿重复提交", "此页面已提交过其他操作，未做任何更改。请返回并刷新页面后再操作。")
        case .refused(let error): return Self.message(.conflict, "未能完成", FieldErrorText.describe(error))
        case .storageUnavailable: return Self.storageUnavailable()
        }
    }

    /// The redirect to the link's page saying the action is done: the answer to a POST and to its retries.
    private static func done(_ action: FieldAction, token: String) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = "/a/\(token)?done=\(action.rawValue)"
        return response
    }

    /// The form's fields and files, or the page refusing a body over its limit or not well formed.
    private func readForm(_ request: Request, allowingPhotos: Bool) async -> FormReading {
        let limit = allowingPhotos ? Self.maxPhotos * settings.maxPhotoBytes + Self.maxFormBytes : Self.maxFormBytes
        var body = request
        guard let data = try? await body.collectBody(upTo: limit) else {
            let text = allowingPhotos
                ? "提交的内容超过 \(limit / 1024) KB：最多 \(Self.maxPhotos) 张照片，每张不超过 \(settings.maxPhotoBytes / 1024) KB。"
                : "提交的内容超过 \(Self.maxFormBytes / 1024) KB，请缩短说明后重试。"
            return .refused(Self.message(.contentTooLarge, "内容过长", text))
        }
        let bytes = Array(data.readableBytesView)
        if let boundary = request.headers[.contentType].flatMap(MultipartForm.boundary(of:)) {
            guard let form = MultipartForm(bytes, boundary: boundary) else {
                return .refused(Self.message(.badRequest, "提交内容有误", "表单内容不完整，请返回刷新页面后重试。"))
            }
            return .read(form)
        }
        var form = MultipartForm()
        form.fields = FormBody.parse(String(decoding: bytes, as: UTF8.self))
        return .read(form)
    }
}

/// A form read from a request body, or the page refusing the body.
enum FormReading {
    case read(MultipartForm)
    case refused(Response)
}
