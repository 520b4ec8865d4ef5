import Foundation

/// How a spot check was made.
public enum SpotCheckMethod: String, Sendable, CaseIterable {
    case phone
    case onSite = "on_site"
    case video
}

/// What a spot check found.
public enum SpotCheckOutcome: String, Sendable, CaseIterable {
    /// The person answered, at the post: confirmed at once.
    case answeredAtPost = "answered_at_post"
    /// Nobody answered: the person must call back (confirm) within the callback window.
    case noAnswer = "no_answer"
    /// Someone else answered: the person must call back (confirm) within the callback window.
    case someoneElse = "someone_else"
    /// The person was not at the post (脱岗): an absent_at_spot_check alert at once.
    case offPost = "off_post"
}

/// What the checker recorded of a spot check made by phone, on site or by video (`dutyctl spotcheck --outcome`).
public struct SpotCheckReport: Sendable, Equatable {
    public var method: SpotCheckMethod
    /// The number called; for a phone check, the target's roster phone unless given.
    public var phone: String
    public var outcome: SpotCheckOutcome
    public var note: String?

    public init(method: SpotCheckMethod, phone: String, outcome: SpotCheckOutcome, note: String?) {
        self.method = method
        self.phone = phone
        self.outcome = outcome
        self.note = note
    }

    /// `电话抽查 13906333002：他人接听（门卫代接）`, for history, journal and alerts.
    public var text: String {
        let method = switch method {
        case .phone: "电话抽查"
        case .onSite: "实地抽查"
        case .video: "视频抽查"
        }
        let outcome = switch outcome {
        case .answeredAtPost: "本人在岗接听"
        case .noAnswer: "无人接听"
        case .someoneElse: "他人接听"
        case .offPost: "不在岗（脱岗）"
        }
        let number = phone.isEmpty ? "" : " \(phone)"
        return "\(method)\(number)：\(outcome)" + (note.map { "（\($0)）" } ?? "")
    }
}
